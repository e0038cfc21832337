// A receipt from the portal ends up in the right company's month folder and in the month's
// record. Chromium drives a local stand-in of the ASSIST portal (tests/fixtures/portal, served by
// Playwright routing as https://assist.perkeso.gov.my so the policies see the real origin; nothing
// goes to the network). Its download goes through the same handler the Electron app's
// will-download uses (main/app/portal/download-handler.ts), here fed Playwright's download
// instead of Electron's DownloadItem, into the real receipts service over real SQLite.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Download, Page } from '@playwright/test';
import { expect, queryDatabase, test, type AppHandle } from './harness';
import { handlePortalDownload, type DownloadLike, type DownloadOutcome, type DownloadState } from '../../main/app/portal/download-handler';
import { DEFAULT_PORTAL_CONFIG, PORTAL_LOGIN_URL, decidePortalUrl } from '../../main/app/portal/portal-policy';
import type { Company } from '../../shared/domain/company';
import type { MonthStatusInfo, ReceiptList } from '../../shared/api/channels/receipts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'portal');
const RECEIPT_PATHS: Record<string, string> = {
  '/employer/login': 'index.html',
  '/employer/payment/receipt/2026080012345': 'resit-2026080012345.html',
  '/employer/contribution/acr/000123456': 'resit-2026080012345.html',
};

async function call<T>(app: AppHandle, channel: string, input: unknown): Promise<T> {
  const result = await app.router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A browser context that only knows the stand-in portal; every other request is refused. */
async function standInPortal(browser: Browser, refused: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === 'https://assist.perkeso.gov.my' ? RECEIPT_PATHS[url.pathname] : undefined;
    if (!file) {
      refused.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fs.readFileSync(path.join(fixtures, file)),
    });
  });
  return context;
}

interface CdpFrameTree {
  frame: { id: string; securityOrigin: string };
  childFrames?: CdpFrameTree[];
}

/**
 * The origin of the frame that starts each download, as Chromium reports it (the DevTools
 * protocol's Page.downloadWillBegin names the frame): what Electron's
 * DownloadItem.getInitiatorOrigin() gives the app's will-download handler.
 */
async function watchDownloadInitiators(page: Page): Promise<(url: string) => Promise<string>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  const frames = new Map<string, string>();
  cdp.on('Page.downloadWillBegin', (event: { frameId: string; url: string }) => {
    frames.set(event.url, event.frameId);
  });
  const find = (tree: CdpFrameTree, id: string): string | null =>
    tree.frame.id === id ? tree.frame.securityOrigin : ((tree.childFrames ?? []).map((child) => find(child, id)).find((o) => o !== null) ?? null);
  return async (url) => {
    await expect.poll(() => frames.has(url)).toBe(true);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: CdpFrameTree };
    return find(frameTree, frames.get(url)!) ?? '';
  };
}

/** Playwright's download seen through the interface Electron's DownloadItem also fits. */
function asDownloadItem(download: Download, mimeType: string, initiatorOrigin: string) {
  let savePath: string | null = null;
  let cancelled = false;
  let done: ((event: unknown, state: DownloadState) => void) | null = null;
  const item: DownloadLike = {
    getURL: () => download.url(),
    getInitiatorOrigin: () => initiatorOrigin,
    getFilename: () => download.suggestedFilename(),
    getMimeType: () => mimeType,
    setSavePath: (target) => {
      savePath = target;
    },
    cancel: () => {
      cancelled = true;
    },
    once: (_event, listener) => {
      done = listener;
    },
  };
  return {
    item,
    get cancelled() {
      return cancelled;
    },
    /** What Chromium does after will-download: write the file where it was told, then 'done'. */
    async finish() {
      if (cancelled) {
        await download.cancel();
        return;
      }
      if (!savePath) throw new Error('no save path was set: Electron would have shown a dialog');
      await download.saveAs(savePath);
      done?.({}, 'completed');
    },
  };
}

/** Ali's shop, its files in <data>/files/Ali: the company every test here files receipts for. */
async function alisShop(app: AppHandle): Promise<{ ali: Company; aliFolder: string }> {
  const ali = await call<Company>(app, 'companies:create', { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'F9702103813F' });
  const aliFolder = path.join(app.dataDir, 'files', 'Ali');
  app.services.companies.update({ id: ali.id, outputFolder: aliFolder });
  return { ali, aliFolder };
}

/**
 * Hands a browser download to the app's will-download handler as the portal view of this
 * company's July 2026, then lets Chromium finish (or cancel) it as the handler decided.
 */
async function handOver(app: AppHandle, companyId: number, download: Download, mimeType: string, initiator: string) {
  const adapted = asDownloadItem(download, mimeType, initiator);
  const outcomes: DownloadOutcome[] = [];
  handlePortalDownload(adapted.item, {
    companyId,
    month: '2026-07',
    receipts: app.services.receipts,
    config: DEFAULT_PORTAL_CONFIG,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  const cancelled = adapted.cancelled;
  await adapted.finish();
  return { cancelled, outcomes };
}

test('a receipt downloaded from the portal is filed in that company’s month folder and record', async ({ app, browser }) => {
  const { ali, aliFolder } = await alisShop(app);
  const siti = await call<Company>(app, 'companies:create', { name: 'Bengkel Siti Enterprise', employerCode: 'B1234567890X' });
  const sitiFolder = path.join(app.dataDir, 'files', 'Siti');
  app.services.companies.update({ id: siti.id, outputFolder: sitiFolder });

  const refused: string[] = [];
  const context = await standInPortal(browser, refused);
  try {
    const page = await context.newPage();
    const initiatorOf = await watchDownloadInitiators(page);
    await page.goto(PORTAL_LOGIN_URL);
    expect(decidePortalUrl(page.url())).toBe('allow-in-view');
    await expect(page.getByRole('heading', { name: /PERKESO ASSIST/ })).toBeVisible();

    // The stand-in fetches the receipt and hands it to the browser as a blob: download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Muat turun resit' }).click()]);
    expect(download.url()).toMatch(/^blob:https:\/\/assist\.perkeso\.gov\.my\//);
    const initiator = await initiatorOf(download.url());
    expect(initiator).toBe('https://assist.perkeso.gov.my');
    // Ali's portal view is showing July 2026: the download belongs to Ali's July.
    const { cancelled, outcomes } = await handOver(app, ali.id, download, 'text/html', initiator);
    expect(cancelled).toBe(false);

    const receiptsFolder = path.join(aliFolder, '2026-07', 'receipts');
    const expectedName = '2026-07-RESIT-Resit_2026080012345.html';
    expect(outcomes).toEqual([expect.objectContaining({ ok: true, fileName: expectedName, path: path.join(receiptsFolder, expectedName) })]);
    expect(fs.readdirSync(receiptsFolder)).toEqual([expectedName]);
    expect(fs.readFileSync(path.join(receiptsFolder, expectedName), 'utf8')).toContain('RESIT RASMI');
    // The other company's folder stays empty.
    expect(fs.existsSync(sitiFolder) ? fs.readdirSync(sitiFolder) : []).toEqual([]);

    const list = await call<ReceiptList>(app, 'receipts:list', { companyId: ali.id, month: '2026-07' });
    expect(list.folder).toBe(receiptsFolder);
    expect(list.receipts).toEqual([
      expect.objectContaining({
        kind: 'payment',
        source: 'portal',
        fileName: expectedName,
        receiptNumber: '2026080012345',
        detectedMonth: '2026-07',
        employerCode: 'F9702103813F',
        totalSen: 31845,
      }),
    ]);
    expect((await call<ReceiptList>(app, 'receipts:list', { companyId: siti.id, month: '2026-07' })).receipts).toEqual([]);
    expect(await call<MonthStatusInfo>(app, 'monthStatus:get', { companyId: ali.id, month: '2026-07' })).toMatchObject({
      status: 'receipt_filed',
      source: 'auto',
    });

    const rows = queryDatabase<{ company_id: number; month: string; kind: string; path: string }>(
      app.databaseFile,
      'SELECT company_id, month, kind, path FROM receipts',
    );
    expect(rows).toEqual([{ company_id: ali.id, month: '2026-07', kind: 'payment', path: path.join(receiptsFolder, expectedName) }]);
    expect(refused).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a download that does not come from the portal is refused and leaves nothing behind', async ({ app, browser }) => {
  const { ali, aliFolder } = await alisShop(app);

  const context = await browser.newContext({ acceptDownloads: true });
  try {
    // A look-alike host serving a "receipt" (routed locally, never reaching the network).
    await context.route('**/*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<a href="#" download="resit.html">Muat turun resit</a>',
      }),
    );
    const page = await context.newPage();
    const initiatorOf = await watchDownloadInitiators(page);
    // The look-alike page makes its "receipt" a blob:, which carries the look-alike's origin.
    await page.goto('https://assist.perkeso.gov.my.evil.example/');
    await page.evaluate(() => {
      const link = document.querySelector('a')!;
      link.href = URL.createObjectURL(new Blob(['RESIT RASMI'], { type: 'text/html' }));
    });
    expect(decidePortalUrl(page.url())).toBe('open-external');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Muat turun resit' }).click()]);
    const { cancelled, outcomes } = await handOver(app, ali.id, download, 'text/html', await initiatorOf(download.url()));
    expect(cancelled).toBe(true);
    expect(outcomes).toEqual([{ fileName: 'resit.html', ok: false }]);
    expect(fs.existsSync(aliFolder)).toBe(false);
    expect((await call<ReceiptList>(app, 'receipts:list', { companyId: ali.id, month: '2026-07' })).receipts).toEqual([]);
  } finally {
    await context.close();
  }
});

test('issue 11 item 14: a data: "receipt" from an https frame inside the portal page is not filed and does not move the month', async ({
  app,
  playwright,
}) => {
  const { ali, aliFolder } = await alisShop(app);
  const statusBefore = await call<MonthStatusInfo>(app, 'monthStatus:get', { companyId: ali.id, month: '2026-07' });

  // With site isolation the embedded frame runs in a renderer of its own, whose events this page's
  // DevTools session does not see; in one process Chromium still names the frame (and its origin)
  // that started the download.
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-site-isolation-trials'],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    // The real portal's origin with an embedded https frame (an advert, a compromised widget)
    // whose link is a data: PDF named like a PERKESO receipt. Routed locally; nothing leaves.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const body =
        url.origin === 'https://assist.perkeso.gov.my'
          ? '<h1>PERKESO ASSIST (stand-in)</h1><iframe title="widget" src="https://widget.example/frame.html"></iframe>'
          : url.origin === 'https://widget.example'
            ? '<a href="data:application/pdf;base64,JVBERi0xLjQKUkVTSVQgUkFTTUk=" download="Resit_2026080012345.pdf">Muat turun resit</a>'
            : null;
      return body === null ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    const page = await context.newPage();
    const initiatorOf = await watchDownloadInitiators(page);
    await page.goto(PORTAL_LOGIN_URL);
    expect(decidePortalUrl(page.url())).toBe('allow-in-view');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.frameLocator('iframe[title="widget"]').getByRole('link', { name: 'Muat turun resit' }).click(),
    ]);
    expect(download.url()).toMatch(/^data:application\/pdf/);
    const initiator = await initiatorOf(download.url());
    expect(initiator).toBe('https://widget.example');

    const { cancelled, outcomes } = await handOver(app, ali.id, download, 'application/pdf', initiator);
    expect(cancelled).toBe(true);
    expect(outcomes).toEqual([{ fileName: 'Resit_2026080012345.pdf', ok: false }]);
    expect(fs.existsSync(aliFolder)).toBe(false);
    expect((await call<ReceiptList>(app, 'receipts:list', { companyId: ali.id, month: '2026-07' })).receipts).toEqual([]);
    expect(await call<MonthStatusInfo>(app, 'monthStatus:get', { companyId: ali.id, month: '2026-07' })).toEqual(statusBefore);
    expect(queryDatabase(app.databaseFile, 'SELECT * FROM receipts')).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the Portal screen in the browser build: a link out, the guide, the receipts filed by the portal and by hand, the status', async ({
  app,
  page,
  gotoApp,
}) => {
  const { ali } = await alisShop(app);
  // A receipt the desktop app's portal view filed earlier.
  app.services.receipts.fileReceipt({
    companyId: ali.id,
    month: '2026-07',
    suggestedName: 'ACR000123456-07-2026.pdf',
    bytes: new TextEncoder().encode('%PDF-1.4 ACR'),
    source: 'portal',
  });

  app.services.settings.setLocale('en');
  await gotoApp(page, '#/portal');
  await expect(page.getByRole('heading', { level: 1, name: 'PERKESO ASSIST portal' })).toBeVisible();
  const browserOnly = page.getByTestId('portal-browser-only');
  await expect(browserOnly).toContainText('The portal opens inside the desktop app');
  await expect(browserOnly.getByRole('link', { name: 'Open ASSIST in the browser' })).toHaveAttribute(
    'href',
    'https://assist.perkeso.gov.my/employer/login',
  );

  await page.getByLabel('Contribution month').fill('2026-07');
  await expect(page.getByRole('heading', { name: 'Receipts for July 2026' })).toBeVisible();
  await expect(page.getByTestId('portal-receipts')).toContainText('2026-07-ACR-ACR000123456-07-2026.pdf');
  await expect(page.getByLabel('Status of the month')).toHaveValue('submitted');
  await expect(page.getByText('Pay by 15/08/2026', { exact: false })).toBeVisible();
  await expect(page.getByText('Corporate internet banking: RM2 to RM1,000,000 per transaction.')).toBeVisible();
  // July 2026 has the one SOCSO + EIS + LINDUNG file; the separate files' steps are the other choice.
  await expect(page.getByRole('radio', { name: 'One file: SOCSO + EIS + LINDUNG' })).toBeChecked();
  await page.getByRole('radio', { name: 'Separate SOCSO and EIS files' }).check();
  await expect(page.getByText('My Sites → “SIP - Caruman”.')).toBeVisible();

  // Attach the payment receipt by hand.
  // The receipt is chosen in the (stand-in) file dialog and read by the main process.
  const downloads = path.join(app.dataDir, 'Downloads');
  fs.mkdirSync(downloads);
  const resit = path.join(downloads, 'resit-julai.html');
  fs.copyFileSync(path.join(fixtures, 'resit-2026080012345.html'), resit);
  app.dialogs.willChoose(resit);
  await page.getByRole('button', { name: 'Attach a receipt…' }).click();
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', purpose: 'receipt', title: 'Choose the receipt to attach' });
  await expect(page.getByRole('status').filter({ hasText: 'Receipt filed: 2026-07-RESIT-resit-julai.html' })).toBeVisible();
  await expect(page.getByTestId('portal-receipts')).toContainText('2026-07-RESIT-resit-julai.html');
  await expect(page.getByTestId('portal-receipts')).toContainText('Paid RM318.45');
  await expect(page.getByLabel('Status of the month')).toHaveValue('receipt_filed');
  expect(fs.readdirSync(path.join(app.dataDir, 'files', 'Ali', '2026-07', 'receipts')).sort()).toEqual([
    '2026-07-ACR-ACR000123456-07-2026.pdf',
    '2026-07-RESIT-resit-julai.html',
  ]);

  await expect(page.getByText('not this company')).toHaveCount(0);

  // The same receipt attached under August is flagged: it pays July.
  await page.getByLabel('Contribution month').fill('2026-08');
  await expect(page.getByRole('heading', { name: 'Receipts for August 2026' })).toBeVisible();
  app.dialogs.willChoose(resit);
  await page.getByRole('button', { name: 'Attach a receipt…' }).click();
  await expect(page.getByText('This receipt pays the contributions for July 2026.', { exact: false })).toBeVisible();
  await page.getByLabel('Contribution month').fill('2026-07');
  await expect(page.getByRole('heading', { name: 'Receipts for July 2026' })).toBeVisible();

  // The user corrects the status by hand.
  await page.getByLabel('Status of the month').selectOption('paid');
  await expect(page.getByText('set by you')).toBeVisible();
  expect(await call<MonthStatusInfo>(app, 'monthStatus:get', { companyId: ali.id, month: '2026-07' })).toMatchObject({ status: 'paid', source: 'user' });
});

test('screenshots of the Portal screen in both languages', async ({ app, page, gotoApp }) => {
  const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
  fs.mkdirSync(dir, { recursive: true });
  const { ali } = await alisShop(app);
  app.services.receipts.fileReceipt({
    companyId: ali.id,
    month: '2026-07',
    suggestedName: 'resit.html',
    bytes: fs.readFileSync(path.join(fixtures, 'resit-2026080012345.html')),
    source: 'portal',
  });
  for (const locale of ['ms', 'en'] as const) {
    app.services.settings.setLocale(locale);
    await gotoApp(page, '#/portal');
    await page.locator('#portal-month').fill('2026-07');
    await expect(page.getByTestId('portal-receipts')).toContainText('2026-07-RESIT-resit.html');
    await page.screenshot({ path: path.join(dir, `portal-${locale}.png`), fullPage: true });
  }
});
