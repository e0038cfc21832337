// The one place that hands a link to the user's browser (shell.openExternal), for the app window,
// the ASSIST portal view and its popups. Every webContents is watched for user input (hardening.ts
// calls trackUserActivation); a request opens only right after a gesture in that page, and only
// once the user has seen the address in a native dialog and chosen Open. The decisions are pure
// functions in external-link-policy.ts.
import { dialog, shell, type BrowserWindow, type WebContents } from 'electron';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/catalog';
import { decideExternalOpen, externalOpenPrompt, isActivatingInput, openChosen } from './external-link-policy';

export interface ExternalLinkDeps {
  /** The user's language, for the dialog. */
  locale: () => Locale;
  /** The window the dialog belongs to (modal to it). */
  window: () => BrowserWindow | null;
  now: () => number;
  log: (message: string, error?: unknown) => void;
}

let deps: ExternalLinkDeps = {
  locale: () => DEFAULT_LOCALE,
  window: () => null,
  now: () => Date.now(),
  log: (message, error) => console.warn(`[caruman] ${message}`, error ?? ''),
};
const lastActivation = new WeakMap<WebContents, number>();
let promptOpen = false;

/** main.ts passes the language and the window once they exist. */
export function configureExternalLinks(options: Partial<ExternalLinkDeps>): void {
  deps = { ...deps, ...options };
}

/** Remembers when the user last clicked, typed or tapped in this page. */
export function trackUserActivation(contents: WebContents): void {
  contents.on('input-event', (_event, input) => {
    if (isActivatingInput(input.type)) lastActivation.set(contents, deps.now());
  });
}

/**
 * A page asked to open url (already normalised to https by a navigation policy) in the browser.
 * Resolves true when the browser was asked to open it.
 */
export async function requestOpenExternal(contents: WebContents, url: string | null | undefined): Promise<boolean> {
  const decision = decideExternalOpen(url, { lastActivationAt: lastActivation.get(contents) ?? null, promptOpen }, deps.now());
  if (decision.action !== 'ask') {
    if (decision.reason !== 'not-https') deps.log(`not opening ${String(url)} in the browser (${decision.reason})`);
    return false;
  }
  lastActivation.delete(contents); // one gesture, one prompt
  promptOpen = true;
  try {
    const options = externalOpenPrompt(deps.locale(), decision.url);
    const window = deps.window();
    const { response } = window && !window.isDestroyed() ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    if (!openChosen(response)) return false;
    await shell.openExternal(decision.url);
    return true;
  } catch (error) {
    deps.log('could not open a link in the browser', error);
    return false;
  } finally {
    promptOpen = false;
  }
}
