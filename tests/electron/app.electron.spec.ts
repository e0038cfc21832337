// The packaged shape of the app, end to end: Electron main process, app:// protocol with its CSP,
// the sandboxed preload bridge, the router and a real SQLite file in a temporary data folder.
//
// Never require('electron') here: on Electron 45 that downloads the runtime. Instead the binary is
// looked up on disk (ELECTRON_PATH, or node_modules/electron/path.txt + dist/); without one the
// whole file is skipped and says why.
import fs from 'node:fs';
import path from 'node:path';
import { useElectronApp } from './electron-runtime';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../main/app/csp';

const { launch, newDir: newDataDir, sqliteBinding } = useElectronApp('end-to-end');

test.beforeAll(() => {
  expect(fs.existsSync(sqliteBinding())).toBe(true);
});

test('serves the UI from app://caruman with no Node in the page', async () => {
  const { app, page } = await launch(newDataDir());
  try {
    expect(page.url()).toMatch(/^app:\/\/caruman\//);
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        apiKeys: Object.keys((w.api ?? {}) as object),
        invoke: typeof (w.api as { invoke?: unknown } | undefined)?.invoke,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      apiKeys: ['invoke'],
      invoke: 'function',
    });
  } finally {
    await app.close();
  }
});

test('runs the window with the hardened options (as far as they show at runtime)', async () => {
  // Electron 45 has no getter for a window's webPreferences; the pure options are unit-tested
  // (tests/unit/app/window-options.test.ts) and here we check their visible effects.
  const { app, page } = await launch(newDataDir());
  try {
    const fromMain = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      const pid = window?.webContents.getOSProcessId();
      const metric = electronApp.getAppMetrics().find((m) => m.pid === pid);
      return { minimumSize: window?.getMinimumSize(), visible: window?.isVisible(), sandboxed: metric?.sandboxed };
    });
    expect(fromMain.minimumSize).toEqual([1024, 640]);
    expect(fromMain.visible).toBe(true);
    // Reported on Windows and macOS only.
    if (fromMain.sandboxed !== undefined) expect(fromMain.sandboxed).toBe(true);

    const fromPage = await page.evaluate(() => ({
      // contextBridge refuses to work without context isolation, so a working window.api proves it.
      api: typeof (window as unknown as { api?: { invoke?: unknown } }).api?.invoke,
      // With webviewTag off, <webview> is just an unknown element.
      webview: Object.prototype.toString.call(document.createElement('webview')),
      secure: window.isSecureContext,
      origin: window.location.origin,
    }));
    expect(fromPage).toEqual({
      api: 'function',
      webview: '[object HTMLUnknownElement]',
      secure: true,
      origin: 'app://caruman',
    });
  } finally {
    await app.close();
  }
});

test('sends the CSP, refuses traversal, eval, popups and foreign navigation', async () => {
  const { app, page } = await launch(newDataDir());
  try {
    const response = await page.evaluate(async () => {
      const index = await fetch('app://caruman/index.html');
      const traversal = await fetch('app://caruman/%2e%2e/package.json');
      return { status: index.status, csp: index.headers.get('content-security-policy'), traversal: traversal.status };
    });
    expect(response).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, traversal: 404 });

    const evalResult = await page.evaluate(() => {
      try {
        return String((0, eval)('1 + 1'));
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(evalResult).toBe('EvalError');

    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('app://caruman/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);

    for (const target of ['file:///etc/passwd', 'http://example.com/', 'app://caruman.evil/index.html']) {
      await page.evaluate((url) => {
        window.location.href = url;
      }, target);
      await page.waitForTimeout(300);
      expect(page.url()).toMatch(/^app:\/\/caruman\//);
    }
  } finally {
    await app.close();
  }
});

test('keeps a company across a restart', async () => {
  const dataDir = newDataDir();
  const first = await launch(dataDir);
  try {
    const created = await first.page.evaluate(() =>
      (window as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke(
        'companies:create',
        { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'E1234567890' },
      ),
    );
    expect(created).toMatchObject({ ok: true, value: { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'E1234567890' } });
  } finally {
    await first.app.close();
  }
  expect(fs.existsSync(path.join(dataDir, 'caruman.sqlite'))).toBe(true);

  const second = await launch(dataDir);
  try {
    const listed = (await second.page.evaluate(() =>
      (window as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke('companies:list', {}),
    )) as { ok: boolean; value: { name: string }[] };
    expect(listed.ok).toBe(true);
    expect(listed.value.map((company) => company.name)).toContain('Kedai Runcit Ali Sdn Bhd');
  } finally {
    await second.app.close();
  }
});
