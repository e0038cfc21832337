// The ASSIST portal view in the real Electron runtime: two companies' portal sessions never mix,
// the portal page has no window.api, and a download lands in the company's month folder.
//
// The portal is a local stand-in (tests/fixtures/portal) served over HTTP on 127.0.0.1; the app
// is pointed at it with CARUMAN_PORTAL_URL, which it accepts only together with
// CARUMAN_PORTAL_TEST=1 and only for 127.0.0.1/localhost (main/app/portal/portal-policy.ts).
//
// Never require('electron') here (on Electron 45 that downloads the runtime): the binary is looked
// up on disk; without one the whole file is skipped and says why.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repo, useElectronApp } from './electron-runtime';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';

const fixtures = path.join(repo, 'tests', 'fixtures', 'portal');

const electron = useElectronApp('portal');
const newDir = electron.newDir;
let server: http.Server | null = null;
let portalUrl = '';
let sessionsServed = 0;

test.beforeAll(async () => {
  // The stand-in portal: every visit to the login page starts a new session cookie.
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/employer/login') {
      sessionsServed += 1;
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Set-Cookie': `assist_sid=session-${sessionsServed}; Path=/; HttpOnly`,
      });
      response.end(fs.readFileSync(path.join(fixtures, 'index.html')));
      return;
    }
    if (url.pathname === '/employer/contribution/acr/000123456' || url.pathname === '/employer/payment/receipt/2026080012345') {
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Disposition': 'attachment; filename="Resit_2026080012345.html"',
      });
      response.end(fs.readFileSync(path.join(fixtures, 'resit-2026080012345.html')));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/employer/login`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const launch = (dataDir: string, filesDir: string) =>
  electron.launch(dataDir, { CARUMAN_FILES_DIR: filesDir, CARUMAN_PORTAL_URL: portalUrl, CARUMAN_PORTAL_TEST: '1' });

type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c as string, i),
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface Made {
  id: number;
  /** The portal partition is keyed on it (persist:portal-<uuid>), never on the row id. */
  uuid: string;
}

/** The cookies of a company's portal partition, read in the main process. */
async function cookiesOf(app: ElectronApplication, company: Made): Promise<string[]> {
  return app.evaluate(async ({ session }, uuid) => {
    const cookies = await session.fromPartition(`persist:portal-${uuid}`).cookies.get({});
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).sort();
  }, company.uuid);
}

/** Runs script in the portal page (the WebContentsView showing the stand-in). */
async function inPortal(app: ElectronApplication, company: Made, script: string): Promise<unknown> {
  return app.evaluate(async ({ session, webContents }, [uuid, code]) => {
    const partition = session.fromPartition(`persist:portal-${uuid}`);
    const target = webContents
      .getAllWebContents()
      .find((contents) => contents.session.storagePath === partition.storagePath && contents.getURL().startsWith('http://127.0.0.1'));
    if (!target) throw new Error(`no portal view for company ${uuid}`);
    return target.executeJavaScript(code as string);
  }, [company.uuid, script] as const);
}

const bounds = { x: 240, y: 120, width: 800, height: 560 };

test('each company has its own portal session; logging one out leaves the other logged in', async () => {
  const { app, page } = await launch(newDir('caruman-portal-data-'), newDir('caruman-portal-files-'));
  try {
    const a = await invoke<Made>(page, 'companies:create', { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'F9702103813F' });
    const b = await invoke<Made>(page, 'companies:create', { name: 'Bengkel Siti Enterprise', employerCode: 'B1234567890X' });

    expect(await invoke(page, 'portal:status', {})).toMatchObject({ available: true });
    await invoke(page, 'portal:show', { companyId: a.id, month: '2026-07', bounds });
    await expect.poll(() => cookiesOf(app, a)).toHaveLength(1);
    await invoke(page, 'portal:show', { companyId: b.id, month: '2026-07', bounds });
    await expect.poll(() => cookiesOf(app, b)).toHaveLength(1);

    const cookiesA = await cookiesOf(app, a);
    const cookiesB = await cookiesOf(app, b);
    expect(cookiesA).not.toEqual(cookiesB);
    // A cookie set in one company's session is not seen in the other's.
    await app.evaluate(async ({ session }, [uuid, url]) => {
      await session.fromPartition(`persist:portal-${uuid}`).cookies.set({ url: url as string, name: 'only_a', value: '1' });
    }, [a.uuid, portalUrl] as const);
    expect(await cookiesOf(app, a)).toContain('only_a=1');
    expect(await cookiesOf(app, b)).not.toContain('only_a=1');
    expect(await cookiesOf(app, b)).toEqual(cookiesB);

    // The portal page never gets the app's bridge, nor Node.
    expect(await inPortal(app, b, 'JSON.stringify([typeof window.api, typeof require, typeof process])')).toBe(
      JSON.stringify(['undefined', 'undefined', 'undefined']),
    );

    await invoke(page, 'portal:logout', { companyId: a.id });
    expect((await cookiesOf(app, a)).filter((c) => c.startsWith('only_a'))).toEqual([]);
    expect(await cookiesOf(app, b)).toEqual(cookiesB);
  } finally {
    await app.close();
  }
});

test('a portal download is saved without a dialog into the company’s month receipts folder', async () => {
  const filesDir = newDir('caruman-portal-files-');
  const { app, page } = await launch(newDir('caruman-portal-data-'), filesDir);
  try {
    const a = await invoke<Made>(page, 'companies:create', { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'F9702103813F' });
    await invoke(page, 'companies:create', { name: 'Bengkel Siti Enterprise', employerCode: 'B1234567890X' });
    await invoke(page, 'portal:show', { companyId: a.id, month: '2026-07', bounds });
    await expect.poll(() => cookiesOf(app, a)).toHaveLength(1);
    await inPortal(app, a, "document.getElementById('download-acr').click(); true");

    const folder = path.join(filesDir, 'F9702103813F', '2026-07', 'receipts');
    await expect.poll(() => (fs.existsSync(folder) ? fs.readdirSync(folder) : []), { timeout: 15_000 }).toEqual([
      '2026-07-RESIT-Resit_2026080012345.html',
    ]);
    await expect
      .poll(async () => (await invoke<{ receipts: { kind: string }[] }>(page, 'receipts:list', { companyId: a.id, month: '2026-07' })).receipts)
      .toEqual([expect.objectContaining({ kind: 'payment', source: 'portal' })]);
    expect(fs.existsSync(path.join(filesDir, 'B1234567890X'))).toBe(false);
  } finally {
    await app.close();
  }
});
