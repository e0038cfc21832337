// The one IPC handler: checks who is calling, then hands the call to the router (which validates
// the input and never throws). Refused callers get a FORBIDDEN ApiResult.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Router } from '../api/router';
import type { Locale } from '../../shared/i18n/catalog';
import { IPC_INVOKE_CHANNEL } from './ipc-channel';
import { forbiddenSenderResult, isTrustedSender } from './ipc-sender';

function isMainWindowTopFrame(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  const frame = event.senderFrame;
  if (event.sender !== contents || !frame || frame.parent !== null) return false;
  const top = contents.mainFrame;
  return frame.processId === top.processId && frame.routingId === top.routingId;
}

export function registerIpc(router: Router, mainWindow: () => BrowserWindow | null, locale: () => Locale): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, isMainWindowTopFrame(event, mainWindow()))) {
      console.warn('[caruman] refused an IPC call from', frame?.url ?? '(unknown frame)');
      return forbiddenSenderResult(locale());
    }
    return router.invoke(channel, input);
  });
}
