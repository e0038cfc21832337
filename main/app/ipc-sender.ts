// Who may call the router over IPC: only the main window's top frame showing app://caruman.
// Pure, unit-tested; main/app/ipc.ts works out `isMainFrame` from the event.
import type { ApiResult } from '../../shared/api/errors';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { isAppUrl } from './app-origin';

/**
 * @param senderUrl the URL of the frame that sent the message (event.senderFrame.url)
 * @param isMainFrame true only when that frame is the top frame of the main window's webContents
 */
export function isTrustedSender(senderUrl: unknown, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(senderUrl);
}

const FORBIDDEN_KEY = 'error.forbidden.sender';

/** What a refused caller gets back: a FORBIDDEN ApiResult in the user's language. */
export function forbiddenSenderResult(locale: Locale): ApiResult<never> {
  return {
    ok: false,
    error: { code: 'FORBIDDEN', key: FORBIDDEN_KEY, message: translate(locale, FORBIDDEN_KEY), params: {} },
  };
}
