// The main window's options, as a pure function so every security-relevant value is unit-tested
// (Electron security checklist: context isolation, sandbox, no Node in any frame or worker, no
// <webview>, web security on, no insecure content, no experimental or extra Blink features).
// window.ts checks at compile time that the result fits BrowserWindowConstructorOptions.

import { LOCKED_DOWN_PREFERENCES, type LockedDownPreferences } from './locked-down-preferences';

export const MIN_WINDOW_WIDTH = 1024;
export const MIN_WINDOW_HEIGHT = 640;
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;
export const WINDOW_BACKGROUND = '#f4f7f7';

export interface MainWindowInput {
  /** Absolute path of dist/preload/preload.cjs. */
  preloadPath: string;
  /** Window icon (used on Linux and Windows in development; packaged apps use the bundle's). */
  iconPath?: string;
  title?: string;
  /** DevTools are available in development only. */
  devTools?: boolean;
}

export interface MainWindowWebPreferences extends LockedDownPreferences {
  preload: string;
  enableBlinkFeatures?: undefined;
  devTools: boolean;
}

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: false;
  backgroundColor: string;
  title: string;
  icon?: string;
  autoHideMenuBar: false;
  webPreferences: MainWindowWebPreferences;
}

export function buildMainWindowOptions(input: MainWindowInput): MainWindowOptions {
  if (!input.preloadPath) throw new Error('buildMainWindowOptions: preloadPath is required');
  const options: MainWindowOptions = {
    width: DEFAULT_WINDOW_WIDTH,
    height: DEFAULT_WINDOW_HEIGHT,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: input.title ?? 'Caruman',
    autoHideMenuBar: false,
    webPreferences: { preload: input.preloadPath, ...LOCKED_DOWN_PREFERENCES, devTools: input.devTools ?? false },
  };
  if (input.iconPath) options.icon = input.iconPath;
  return options;
}
