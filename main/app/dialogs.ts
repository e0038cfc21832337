// The DialogPort (main/services/dialog-port.ts) with Electron's native dialogs, modal to the main
// window. What the dialog shows is decided in pure modules (dialog-requests.ts, dialog-options.ts).
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DialogPort } from '../services/dialog-port';
import { nativeDialogOptions } from './dialog-options';

export function createNativeDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    available: true,
    async choose(request) {
      const native = nativeDialogOptions(request);
      const parent = window();
      const modal = parent && !parent.isDestroyed() ? parent : null;
      if (native.method === 'save') {
        const options: SaveDialogOptions = native.options;
        const result = modal ? await dialog.showSaveDialog(modal, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }
      const options: OpenDialogOptions = native.options;
      const result = modal ? await dialog.showOpenDialog(modal, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
