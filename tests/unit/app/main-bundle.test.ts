// Boots the real main-process bundle (main/app/main.ts built by esbuild exactly as
// scripts/build.mjs does) in plain Node with a stand-in 'electron', then drives it like Electron
// would: app ready, a request to app://, an IPC call from the main window, a call from elsewhere.
// This checks the wiring in main.ts (data folder, services, router, IPC, protocol) without an
// Electron binary; the Playwright Electron tests do the same against the real runtime.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-main-bundle-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// Runs inside the child: a fake electron module, then main.cjs, then a scripted session.
const driver = String.raw`
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const log = [];
const handlers = { protocol: new Map(), ipc: new Map(), app: new Map() };
let readyResolve;
const ready = new Promise((r) => (readyResolve = r));
const windows = [];
class BrowserWindow {
  constructor(options) {
    this.options = options;
    const mainFrame = { url: 'app://caruman/index.html', parent: null, processId: 7, routingId: 1 };
    this.webContents = { mainFrame, on: (name) => log.push(['webContents.on', name]) };
    windows.push(this);
  }
  once() {} on() {}
  isDestroyed() { return false; }
  loadURL(url) { log.push(['loadURL', url]); return Promise.resolve(); }
  static getAllWindows() { return windows; }
}
const electron = {
  app: {
    isPackaged: false,
    getAppPath: () => process.env.FAKE_APP_ROOT,
    setPath: (name, value) => log.push(['setPath', name, value]),
    getPath: (name) => path.join(process.env.CARUMAN_DATA_DIR, 'electron-profile'),
    enableSandbox: () => log.push(['enableSandbox']),
    requestSingleInstanceLock: () => true,
    on: (name, fn) => handlers.app.set(name, fn),
    whenReady: () => ready,
    isReady: () => true,
    quit: () => log.push(['quit']),
    exit: (code) => { log.push(['exit', code]); },
  },
  BrowserWindow,
  dialog: { showErrorBox: (t, m) => log.push(['errorBox', m]) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => log.push(['menu', m.length]) },
  protocol: {
    registerSchemesAsPrivileged: (s) => log.push(['privileged', s[0].scheme]),
    handle: (scheme, fn) => handlers.protocol.set(scheme, fn),
  },
  ipcMain: { handle: (channel, fn) => handlers.ipc.set(channel, fn) },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {} } },
  shell: { openExternal: async () => {} },
};
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};
require(process.env.MAIN_BUNDLE);
(async () => {
  readyResolve();
  await new Promise((r) => setTimeout(r, 50));
  const win = windows[0];
  const invoke = handlers.ipc.get('app:invoke');
  const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const created = await invoke(trusted, 'companies:create', { name: 'Syarikat Contoh', employerCode: 'A123' });
  const listed = await invoke(trusted, 'companies:list', {});
  const foreign = await invoke({ sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } }, 'companies:list', {});
  const typedPath = await invoke(trusted, 'backups:create', { to: '/etc/caruman-backup.sqlite' });
  const page = await handlers.protocol.get('app')(new Request('app://caruman/'));
  const result = {
    log,
    webPreferences: win.options.webPreferences,
    created, listed, foreign, typedPath,
    page: { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() },
    dbExists: fs.existsSync(path.join(process.env.CARUMAN_DATA_DIR, 'caruman.sqlite')),
  };
  handlers.app.get('will-quit')();
  console.log('RESULT ' + JSON.stringify(result));
})();
`;

describe('the main-process bundle', () => {
  it('boots, serves the UI and routes trusted IPC to real SQLite', async () => {
    const appRoot = path.join(work, 'app');
    const dataDir = path.join(work, 'data');
    fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Caruman test</title>');
    const bundle = path.join(work, 'main.cjs');
    await build({
      entryPoints: [path.join(repo, 'main', 'app', 'main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      logLevel: 'silent',
      nodePaths: [path.join(repo, 'node_modules')],
    });
    const driverFile = path.join(work, 'driver.cjs');
    fs.writeFileSync(driverFile, driver);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MAIN_BUNDLE: bundle,
      FAKE_APP_ROOT: appRoot,
      CARUMAN_DATA_DIR: dataDir,
      NODE_PATH: path.join(repo, 'node_modules'),
    };
    delete env.CARUMAN_SQLITE_BINDING; // Node's own better-sqlite3 build
    const run = spawnSync(process.execPath, [driverFile], { env, encoding: 'utf8', timeout: 30_000 });
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
    const result = JSON.parse(line!.slice('RESULT '.length));

    expect(result.log).toContainEqual(['privileged', 'app']);
    expect(result.log).toContainEqual(['enableSandbox']);
    expect(result.log).toContainEqual(['setPath', 'userData', path.join(dataDir, 'electron-profile')]);
    expect(result.log).toContainEqual(['loadURL', 'app://caruman/index.html']);
    expect(result.log.some((entry: unknown[]) => entry[0] === 'errorBox' || entry[0] === 'exit')).toBe(false);
    // The renderer names only paths chosen in a dialog (issue 11 item 15): a typed one is refused.
    expect(result.typedPath).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'desktop.path.notChosen', field: 'to' } });
    // Closing the window with unsaved changes asks (issue 12 item 1).
    expect(result.log).toContainEqual(['webContents.on', 'will-prevent-unload']);

    expect(result.webPreferences).toMatchObject({
      preload: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true,
    });
    expect(result.created).toMatchObject({ ok: true, value: { name: 'Syarikat Contoh', employerCode: 'A123' } });
    expect(result.listed.value.map((c: { name: string }) => c.name)).toEqual(['Syarikat Contoh']);
    expect(result.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'error.forbidden.sender' } });
    expect(result.page.status).toBe(200);
    expect(result.page.csp).toContain("default-src 'none'");
    expect(result.page.body).toContain('Caruman test');
    expect(result.dbExists).toBe(true);
  });
});
