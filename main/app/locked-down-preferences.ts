// The web preferences every Caruman web contents shares, the app's own window and the ASSIST
// portal view alike (Electron security checklist): sandboxed, context isolation, no Node in any
// frame or worker, no <webview>, web security on, no insecure content, no experimental features,
// no spellcheck service, no navigation by drag and drop, no plugins or WebSQL, no autoplay
// without a click, and a page's dialogs can be suppressed. Declared once, so the two cannot drift.
export const LOCKED_DOWN_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  safeDialogs: true,
  spellcheck: false,
  navigateOnDragDrop: false,
  plugins: false,
  enableWebSQL: false,
  autoplayPolicy: 'document-user-activation-required',
} as const;

export type LockedDownPreferences = typeof LOCKED_DOWN_PREFERENCES;
