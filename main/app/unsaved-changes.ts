// Applies unload-policy.ts to the main window: when the page refuses to unload (its beforeunload
// handler says there are unsaved changes), ask Leave / Stay natively. Calling preventDefault() on
// 'will-prevent-unload' is Electron's way to ignore the page's refusal and let the window go.
import { dialog, type BrowserWindow } from 'electron';
import type { Locale } from '../../shared/i18n/catalog';
import { shouldLeave, unloadPrompt } from './unload-policy';

export function guardUnsavedChanges(window: BrowserWindow, locale: () => Locale): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const response = dialog.showMessageBoxSync(window, unloadPrompt(locale()));
    if (shouldLeave(response)) event.preventDefault();
  });
}
