// The thin Electron glue (protocol.ts, ipc.ts, hardening.ts) driven against a stand-in 'electron'
// module: vi.mock replaces it before anything loads, so the real package (which would try to
// download the runtime) is never required.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
    opened: [] as string[],
    privileged: [] as unknown[],
    prompts: [] as Record<string, unknown>[],
  };
  return state;
});

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
  },
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => fake.ipcHandlers.set(channel, handler),
  },
  app: {
    on: (name: string, listener: (...args: unknown[]) => unknown) => {
      fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
    },
    whenReady: () => new Promise(() => undefined),
  },
  session: { defaultSession: {} },
  shell: {
    openExternal: async (url: string) => {
      fake.opened.push(url);
    },
  },
  // The "open in your browser?" prompt: the user always chooses Open here.
  dialog: {
    showMessageBox: async (options: Record<string, unknown>) => {
      fake.prompts.push(options);
      return { response: 0 };
    },
  },
}));

const { registerAppSchemePrivileges, serveAppProtocol } = await import('../../../main/app/protocol');
const { registerIpc } = await import('../../../main/app/ipc');
const { applyAppHardening, hardenSession, setContentsPolicy } = await import('../../../main/app/hardening');
const { allowPortalSubFrame } = await import('../../../main/app/portal/portal-policy');
const { CONTENT_SECURITY_POLICY } = await import('../../../main/app/csp');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-glue-'));
fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Caruman</title>');
fs.writeFileSync(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  serveAppProtocol(path.join(root, 'renderer'));
  const handler = fake.protocolHandlers.get('app')!;
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('registers app as a standard, secure, fetch-capable scheme that does not bypass CSP', () => {
    registerAppSchemePrivileges();
    expect(fake.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }),
      }),
    ]);
  });

  it('serves files with their type and the CSP', async () => {
    const index = await get('app://caruman/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Caruman</title>');
    const script = await get('app://caruman/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers refusals and missing files with 404, still with the CSP', async () => {
    for (const url of ['app://caruman/%2e%2e/secret.txt', 'app://caruman/missing.js', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://caruman/index.html', 'POST')).status).toBe(405);
    expect((await get('app://caruman/index.html', 'HEAD')).status).toBe(200);
  });
});

describe('IPC handler', () => {
  const calls: [unknown, unknown][] = [];
  const router = {
    invoke: async (channel: unknown, input: unknown) => {
      calls.push([channel, input]);
      return { ok: true as const, value: 'routed' };
    },
  };
  const mainFrame = { url: 'app://caruman/index.html', parent: null, processId: 4, routingId: 1 };
  const contents = { mainFrame };
  const mainWindow = { webContents: contents, isDestroyed: () => false };
  registerIpc(router, () => mainWindow as never, () => 'ms');
  const handler = fake.ipcHandlers.get('app:invoke')!;

  beforeEach(() => {
    calls.length = 0;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('routes calls from the main window top frame', async () => {
    const result = await handler({ sender: contents, senderFrame: mainFrame }, 'companies:list', {});
    expect(result).toEqual({ ok: true, value: 'routed' });
    expect(calls).toEqual([['companies:list', {}]]);
  });

  it.each([
    ['another webContents', { sender: {}, senderFrame: mainFrame }],
    ['a sub-frame', { sender: contents, senderFrame: { ...mainFrame, parent: mainFrame, routingId: 2 } }],
    ['a different frame', { sender: contents, senderFrame: { ...mainFrame, routingId: 9 } }],
    ['a foreign page', { sender: contents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } }],
    ['a destroyed frame', { sender: contents, senderFrame: null }],
  ])('refuses %s with a translated FORBIDDEN result', async (_name, event) => {
    const result = (await handler(event, 'companies:list', {})) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('FORBIDDEN');
    expect(result.error.message).toMatch(/Permintaan/); // the 'ms' locale
    expect(calls).toEqual([]);
  });
});

describe('app-wide hardening', () => {
  applyAppHardening();

  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    return {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      /** The user clicks or types in the page. */
      input: (type: string) => listeners.get('input-event')?.({}, { type }),
      setWindowOpenHandler: (h: typeof openHandler) => {
        openHandler = h;
      },
      fire(name: string, url: string, extra: Record<string, unknown> = {}) {
        let prevented = false;
        listeners.get(name)?.({ url, ...extra, preventDefault: () => (prevented = true) });
        return prevented;
      },
      open: (url: string) => openHandler?.({ url }),
    };
  }

  it('applies the navigation policy to every new webContents', async () => {
    const contents = fakeContents();
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    fake.opened.length = 0;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    expect(contents.fire('will-navigate', 'app://caruman/index.html')).toBe(false);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    contents.input('mouseDown');
    expect(contents.fire('will-navigate', 'https://www.perkeso.gov.my/')).toBe(true);
    await settle();
    expect(contents.fire('will-frame-navigate', 'http://example.com/')).toBe(true);
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-attach-webview', 'app://caruman/index.html')).toBe(true);
    contents.input('keyDown');
    expect(contents.open('https://example.com/help')).toEqual({ action: 'deny' });
    await settle();
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    // Without a gesture (issue 11 item 14): refused in the app, and not handed to the browser.
    expect(contents.open('https://example.com/no-click')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.opened).toEqual(['https://www.perkeso.gov.my/', 'https://example.com/help']);
    expect(fake.prompts.map((p) => p.detail)).toEqual(['https://www.perkeso.gov.my/', 'https://example.com/help']);
  });

  it('lets a contents policy allow embedded https frames while its main frame stays on its own rule', () => {
    const contents = fakeContents();
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    setContentsPolicy(contents as never, {
      navigation: (url) => ({ allow: url.startsWith('https://assist.perkeso.gov.my/') }),
      windowOpen: () => ({ action: 'deny' }),
      subFrame: allowPortalSubFrame,
    });
    expect(contents.fire('will-frame-navigate', 'https://www.google.com/recaptcha/api2/anchor', { isMainFrame: false })).toBe(false);
    expect(contents.fire('will-frame-navigate', 'http://www.google.com/recaptcha', { isMainFrame: false })).toBe(true);
    expect(contents.fire('will-frame-navigate', 'https://user:pw@evil.example/', { isMainFrame: false })).toBe(true);
    expect(contents.fire('will-frame-navigate', 'https://www.google.com/', { isMainFrame: true })).toBe(true);
    expect(contents.fire('will-frame-navigate', 'https://assist.perkeso.gov.my/employer/login', { isMainFrame: true })).toBe(false);
    // The app's own window has no such rule: an embedded frame follows the app navigation rule.
    const appContents = fakeContents();
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, appContents);
    expect(appContents.fire('will-frame-navigate', 'https://www.google.com/', { isMainFrame: false })).toBe(true);
  });

  it('denies every permission on every session', () => {
    const handlers: Record<string, Listener> = {};
    const ses = {
      setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
      setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    };
    hardenSession(ses as never);
    const granted: boolean[] = [];
    handlers.request!({}, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://caruman/' });
    handlers.request!({}, 'notifications', (ok: boolean) => granted.push(ok), { requestingUrl: 'app://caruman/' });
    expect(granted).toEqual([false, false]);
    expect(handlers.check!({}, 'clipboard-read', 'app://caruman', {})).toBe(false);
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://caruman' })).toBe(false);
    expect(fake.appListeners.get('session-created')).toHaveLength(1);
  });
});
