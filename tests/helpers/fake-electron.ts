// A stand-in for the parts of the 'electron' module that main/app uses, for tests that drive the
// real glue (portal view, hardening, dialogs, window) in plain Node. Electron's own objects are the
// only fakes: services, SQLite and files stay real.
//
//   vi.mock('electron', async () => (await import('../../helpers/fake-electron')).electronModule);
//   import { fakeElectron } from '../../helpers/fake-electron';   // the same instance: inspect it
//
// Never require the real 'electron' in a test: on Electron 45 that downloads the runtime.
type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener) {
    const wrapped: Listener = (...args) => {
      this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== wrapped));
      return listener(...args);
    };
    return this.on(name, wrapped);
  }
  emit(name: string, ...args: unknown[]) {
    for (const listener of [...(this.listeners.get(name) ?? [])]) listener(...args);
  }
}

export class FakeSession extends Emitter {
  handlers: Record<string, Listener> = {};
  /** What was cleared, in order ('storage', 'cache', 'auth'). */
  cleared: string[] = [];
  /** Stands for everything the portal keeps in the partition (cookies, storage). */
  cookies = new Map<string, string>();
  userAgent = 'Mozilla/5.0 Chrome/140.0.0.0 Electron/45.5.0 caruman/0.1.0 Safari/537.36';
  constructor(readonly partition: string) {
    super();
  }
  setPermissionRequestHandler(h: Listener) { this.handlers.request = h; }
  setPermissionCheckHandler(h: Listener) { this.handlers.check = h; }
  setDevicePermissionHandler(h: Listener) { this.handlers.device = h; }
  webRequest = { onBeforeRequest: (h: Listener) => { this.handlers.beforeRequest = h; } };
  getUserAgent() { return this.userAgent; }
  setUserAgent(ua: string) { this.userAgent = ua; }
  async clearStorageData() { this.cleared.push('storage'); this.cookies.clear(); }
  async clearCache() { this.cleared.push('cache'); }
  async clearAuthCache() { this.cleared.push('auth'); }
}

export class FakeContents extends Emitter {
  url = '';
  loaded: string[] = [];
  openHandler: ((details: { url: string }) => unknown) | undefined;
  destroyed = false;
  history = { back: 0, cleared: 0 };
  navigationHistory = {
    canGoBack: () => this.loaded.length > 1,
    goBack: () => { this.history.back += 1; },
    clear: () => { this.history.cleared += 1; },
  };
  zoom = 1;
  setWindowOpenHandler(h: (details: { url: string }) => unknown) { this.openHandler = h; }
  async loadURL(url: string) { this.url = url; this.loaded.push(url); }
  reload() { this.loaded.push(`reload:${this.url}`); }
  getURL() { return this.url; }
  getZoomFactor() { return this.zoom; }
  isDestroyed() { return this.destroyed; }
  close() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class FakeWebContentsView {
  webContents = new FakeContents();
  bounds: unknown = null;
  visible = true;
  constructor(readonly options: { webPreferences: { partition: string } & Record<string, unknown> }) {
    fakeElectron.views.push(this);
    // Electron announces every new webContents; app-wide hardening listens.
    for (const listener of fakeElectron.appListeners.get('web-contents-created') ?? []) listener({}, this.webContents);
  }
  setBounds(bounds: unknown) { this.bounds = bounds; }
  setVisible(visible: boolean) { this.visible = visible; }
}

/** The main window as the glue uses it: content bounds, zoom, child views, close events. */
export class FakeWindow extends Emitter {
  destroyed = false;
  children: unknown[] = [];
  webContents = new FakeContents();
  contentView = {
    addChildView: (view: unknown) => {
      this.children = [...this.children.filter((v) => v !== view), view];
    },
    removeChildView: (view: unknown) => {
      this.children = this.children.filter((v) => v !== view);
    },
  };
  isDestroyed() { return this.destroyed; }
  getContentBounds() { return { x: 0, y: 0, width: 1280, height: 800 }; }
}

export interface DialogCall {
  kind: 'open' | 'save' | 'message';
  window: unknown;
  options: Record<string, unknown>;
}

export const fakeElectron = {
  appListeners: new Map<string, Listener[]>(),
  sessions: new Map<string, FakeSession>(),
  views: [] as FakeWebContentsView[],
  opened: [] as string[],
  revealed: [] as string[],
  copied: [] as string[],
  dialogCalls: [] as DialogCall[],
  /** What the next native dialogs answer, in order (open/save: a result object; message: { response }). */
  dialogAnswers: [] as unknown[],
  userDataDir: '',
  sessionOf(partition: string): FakeSession | undefined {
    return this.sessions.get(partition);
  },
  reset() {
    this.appListeners.clear();
    this.sessions.clear();
    this.views.length = 0;
    this.opened.length = 0;
    this.revealed.length = 0;
    this.copied.length = 0;
    this.dialogCalls.length = 0;
    this.dialogAnswers.length = 0;
  },
};

/** Electron's dialogs take (window, options) or just (options). */
function nextAnswer(kind: DialogCall['kind'], first: unknown, second: unknown): unknown {
  const [window, options] = second === undefined ? [null, first as Record<string, unknown>] : [first, second as Record<string, unknown>];
  fakeElectron.dialogCalls.push({ kind, window, options });
  if (fakeElectron.dialogAnswers.length === 0) throw new Error(`fake-electron: no answer queued for a ${kind} dialog`);
  return fakeElectron.dialogAnswers.shift();
}

export const electronModule = {
  app: {
    on: (name: string, listener: Listener) => {
      fakeElectron.appListeners.set(name, [...(fakeElectron.appListeners.get(name) ?? []), listener]);
    },
    whenReady: () => new Promise(() => undefined),
    getPath: () => fakeElectron.userDataDir,
  },
  session: {
    defaultSession: {},
    fromPartition: (partition: string) => {
      if (!fakeElectron.sessions.has(partition)) fakeElectron.sessions.set(partition, new FakeSession(partition));
      return fakeElectron.sessions.get(partition);
    },
  },
  shell: {
    openExternal: async (url: string) => { fakeElectron.opened.push(url); },
    showItemInFolder: (file: string) => { fakeElectron.revealed.push(file); },
  },
  clipboard: { writeText: (text: string) => { fakeElectron.copied.push(text); } },
  dialog: {
    showOpenDialog: async (window: unknown, options?: unknown) => nextAnswer('open', window, options),
    showSaveDialog: async (window: unknown, options?: unknown) => nextAnswer('save', window, options),
    showMessageBox: async (window: unknown, options?: unknown) => nextAnswer('message', window, options),
    showMessageBoxSync: (window: unknown, options?: unknown) => (nextAnswer('message', window, options) as { response: number }).response,
  },
  WebContentsView: FakeWebContentsView,
};
