// Creates the main window from the pure, unit-tested options and loads the app's entry page.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { buildMainWindowOptions, type MainWindowInput } from './window-options';

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  // Assigning to Electron's own type makes the compiler check the pure options against it.
  const options: BrowserWindowConstructorOptions = buildMainWindowOptions(input);
  const window = new BrowserWindow(options);
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[caruman] could not load the user interface:', error);
  });
  return window;
}
