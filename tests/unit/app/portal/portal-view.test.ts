// The portal view glue (portal-view.ts) against a stand-in 'electron' module, with the real
// receipts service over SQLite in a temp folder: views per company, partitions, permissions,
// requests, popups, navigation, downloads into the month's receipts folder, offline, logout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron as fake } from '../../../helpers/fake-electron';

type Listener = (...args: unknown[]) => unknown;

vi.mock('electron', async () => (await import('../../../helpers/fake-electron')).electronModule);

const { applyAppHardening } = await import('../../../../main/app/hardening');
const { configureExternalLinks } = await import('../../../../main/app/external-links');
const { createPortalController } = await import('../../../../main/app/portal/portal-view');
const { DEFAULT_PORTAL_CONFIG, PORTAL_LOGIN_URL } = await import('../../../../main/app/portal/portal-policy');
const { createServices } = await import('../../../../main/services');

applyAppHardening();
let clock = 1_000_000;
configureExternalLinks({ now: () => clock, locale: () => 'en', log: () => undefined });
/** Lets the dialog and openExternal promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface FakeView {
  options: { webPreferences: Record<string, unknown> };
  webContents: {
    url: string;
    loaded: string[];
    openHandler?: (details: { url: string }) => { action: string; overrideBrowserWindowOptions?: { webPreferences: Record<string, unknown> } };
    emit(name: string, ...args: unknown[]): void;
    history: { back: number; cleared: number };
  };
  bounds: unknown;
  visible: boolean;
}
interface FakeSession {
  partition: string;
  handlers: Record<string, Listener>;
  cleared: string[];
  userAgent: string;
  emit(name: string, ...args: unknown[]): void;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-portal-view-'));
const filesDir = path.join(root, 'files');
const services = createServices({ dataDir: path.join(root, 'data'), filesDir });
const ali = services.companies.create({ name: 'Kedai Ali', employerCode: 'F9702103813F', ssmNumber: null });
const siti = services.companies.create({ name: 'Bengkel Siti', employerCode: 'B1234567890X', ssmNumber: null });
afterAll(() => {
  services.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const added: unknown[] = [];
const mainWindow = {
  isDestroyed: () => false,
  once: () => undefined,
  getContentBounds: () => ({ x: 0, y: 0, width: 1280, height: 800 }),
  webContents: { getZoomFactor: () => 1 },
  contentView: { addChildView: (view: unknown) => added.push(view) },
};
const portal = createPortalController({
  window: () => mainWindow as never,
  receipts: () => services.receipts,
  config: DEFAULT_PORTAL_CONFIG,
  log: () => undefined,
});
const bounds = { x: 300, y: 80, width: 900, height: 650 };
const view = (i: number) => fake.views[i] as FakeView;
const sessionOf = (company: { uuid: string }) => fake.sessions.get(`persist:portal-${company.uuid}`) as FakeSession;
const at = (company: { id: number; uuid: string }) => ({ companyId: company.id, companyUuid: company.uuid });

function fakeDownload(url: string, filename: string, mime = 'application/pdf', initiator = 'https://assist.perkeso.gov.my') {
  const listeners: Record<string, Listener> = {};
  const item = {
    savePath: null as string | null,
    cancelled: false,
    getURL: () => url,
    getInitiatorOrigin: () => initiator,
    getFilename: () => filename,
    getMimeType: () => mime,
    setSavePath(p: string) { item.savePath = p; },
    cancel() { item.cancelled = true; },
    once(name: string, l: Listener) { listeners[name] = l; },
    finish(state: string, body?: string) {
      if (body !== undefined && item.savePath) fs.writeFileSync(item.savePath, body);
      listeners.done?.({}, state);
    },
  };
  return item;
}

beforeEach(() => {
  fake.opened.length = 0;
});

describe('the portal view', () => {
  it('opens the company portal in its own partition, with no preload, over the placeholder', async () => {
    const state = await portal.show({ ...at(ali), month: '2026-07', bounds });
    expect(fake.views).toHaveLength(1);
    expect(view(0).options.webPreferences).toMatchObject({ partition: `persist:portal-${ali.uuid}`, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect('preload' in view(0).options.webPreferences).toBe(false);
    expect(view(0).webContents.loaded).toEqual([PORTAL_LOGIN_URL]);
    expect(view(0).bounds).toEqual({ x: 300, y: 80, width: 900, height: 650 });
    expect(added).toContain(fake.views[0]);
    expect(state).toMatchObject({ available: true, companyId: ali.id, month: '2026-07', url: PORTAL_LOGIN_URL });
    expect(sessionOf(ali).userAgent).not.toMatch(/Electron|caruman/);
  });

  it('keeps a second company in a second partition and hides the first', async () => {
    await portal.show({ ...at(siti), month: '2026-07', bounds });
    expect(fake.views).toHaveLength(2);
    expect(view(1).options.webPreferences.partition).toBe(`persist:portal-${siti.uuid}`);
    expect(view(0).visible).toBe(false);
    expect(view(1).visible).toBe(true);
    expect(sessionOf(ali)).not.toBe(sessionOf(siti));
    // Back to the first company: the same view, not a new one.
    await portal.show({ ...at(ali), month: '2026-07', bounds });
    expect(fake.views).toHaveLength(2);
    expect(view(0).visible).toBe(true);
    expect(view(1).visible).toBe(false);
  });

  it('denies every permission and every non-https request in the partition', () => {
    const ses = sessionOf(ali);
    const granted: boolean[] = [];
    ses.handlers.request!({}, 'media', (ok: boolean) => granted.push(ok), { requestingUrl: PORTAL_LOGIN_URL });
    ses.handlers.request!({}, 'geolocation', (ok: boolean) => granted.push(ok), { requestingUrl: PORTAL_LOGIN_URL });
    expect(granted).toEqual([false, false]);
    expect(ses.handlers.check!({}, 'clipboard-read', 'https://assist.perkeso.gov.my')).toBe(false);
    expect(ses.handlers.device!({ deviceType: 'usb', origin: 'https://assist.perkeso.gov.my' })).toBe(false);
    const verdicts: unknown[] = [];
    for (const url of ['https://assist.perkeso.gov.my/app.js', 'http://assist.perkeso.gov.my/app.js', 'file:///etc/passwd']) {
      ses.handlers.beforeRequest!({ url }, (response: unknown) => verdicts.push(response));
    }
    expect(verdicts).toEqual([{ cancel: false }, { cancel: true }, { cancel: true }]);
  });

  it('applies the portal navigation policy, not the app one', () => {
    const contents = view(0).webContents;
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://assist.perkeso.gov.my/employer/home')).toBe(false);
    expect(navigate('https://www.mepsfpx.com.my/FPXMain/sellerNBRedirect.jsp')).toBe(false);
    expect(navigate('app://caruman/index.html')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('https://www.perkeso.gov.my/faq')).toBe(true);
    // Refused in the view; not handed to the browser either without a gesture (item 14 below).
    expect(fake.opened).toEqual([]);
  });

  it('opens payment popups in the same partition, other https in the browser, and refuses the rest', () => {
    const open = view(0).webContents.openHandler!;
    const fpx = open({ url: 'https://www.mepsfpx.com.my/FPXMain/seller2DReceiver.jsp' });
    expect(fpx.action).toBe('allow');
    expect(fpx.overrideBrowserWindowOptions?.webPreferences).toMatchObject({ partition: `persist:portal-${ali.uuid}`, sandbox: true, contextIsolation: true });
    expect('preload' in (fpx.overrideBrowserWindowOptions?.webPreferences ?? {})).toBe(false);
    expect(open({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open({ url: 'about:blank' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual([]);
  });

  it('issue 11 item 14: https popups and navigations reach the browser only after a gesture, once the user saw the URL and chose Open', async () => {
    const contents = view(0).webContents;
    const open = contents.openHandler!;
    const navigate = (url: string) => contents.emit('will-navigate', { url, preventDefault: () => undefined });
    fake.dialogCalls.length = 0;

    // A page acting on its own (a timer, a hidden frame): nothing opens, nothing is even asked.
    expect(open({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    navigate('https://www.perkeso.gov.my/faq');
    await settle();
    expect(fake.opened).toEqual([]);
    expect(fake.dialogCalls).toEqual([]);
    // A mouse move is not a gesture; a click more than 5 s ago is stale.
    contents.emit('input-event', {}, { type: 'mouseMove' });
    contents.emit('input-event', {}, { type: 'mouseDown' });
    clock += 5_001;
    open({ url: 'https://example.com/help' });
    await settle();
    expect(fake.dialogCalls).toEqual([]);

    // A click, then the user reads the address and chooses Open.
    contents.emit('input-event', {}, { type: 'mouseDown' });
    fake.dialogAnswers.push({ response: 0 });
    open({ url: 'https://example.com/help?x=1' });
    // The same gesture cannot open a second prompt.
    open({ url: 'https://example.com/second' });
    await settle();
    expect(fake.dialogCalls).toHaveLength(1);
    expect(fake.dialogCalls[0]!.options).toMatchObject({ detail: 'https://example.com/help?x=1', message: expect.stringContaining('example.com'), cancelId: 1, defaultId: 1 });
    expect(fake.opened).toEqual(['https://example.com/help?x=1']);

    // Another click, and Cancel: nothing opens.
    contents.emit('input-event', {}, { type: 'keyDown' });
    fake.dialogAnswers.push({ response: 1 });
    navigate('https://www.perkeso.gov.my/faq');
    await settle();
    expect(fake.dialogCalls).toHaveLength(2);
    expect(fake.dialogCalls[1]!.options).toMatchObject({ detail: 'https://www.perkeso.gov.my/faq' });
    expect(fake.opened).toEqual(['https://example.com/help?x=1']);
  });

  it('saves a portal download into the company month receipts folder, without a dialog, and records it', () => {
    const item = fakeDownload('https://assist.perkeso.gov.my/employer/payment/receipt?id=9', 'Resit_2026080012345.pdf');
    sessionOf(ali).emit('will-download', {}, item);
    const folder = path.join(filesDir, 'F9702103813F', '2026-07', 'receipts');
    expect(item.cancelled).toBe(false);
    expect(item.savePath).toBe(path.join(folder, '2026-07-RESIT-Resit_2026080012345.pdf'));
    item.finish('completed', '%PDF-1.4 resit');
    const listed = services.receipts.list(ali.id, '2026-07');
    expect(listed.receipts).toMatchObject([{ kind: 'payment', source: 'portal', fileName: '2026-07-RESIT-Resit_2026080012345.pdf' }]);
    expect(services.receipts.monthStatus.get(ali.id, '2026-07')).toMatchObject({ status: 'receipt_filed', source: 'auto' });
    expect(portal.status().lastDownload).toMatchObject({ fileName: '2026-07-RESIT-Resit_2026080012345.pdf', ok: true });
    expect(services.receipts.list(siti.id, '2026-07').receipts).toEqual([]);
  });

  it('issue 11 item 14: a data: download started by an https subframe is not filed and does not move the month', () => {
    const month = '2026-09';
    portal.show({ ...at(ali), month, bounds });
    const before = services.receipts.monthStatus.get(ali.id, month);
    for (const initiator of ['https://captcha.example', 'https://www.maybank2u.com.my', 'null', '']) {
      const item = fakeDownload('data:application/pdf;base64,JVBERi0xLjQ=', 'Resit_2026090012345.pdf', 'application/pdf', initiator);
      sessionOf(ali).emit('will-download', {}, item);
      expect(item.cancelled, initiator).toBe(true);
      expect(item.savePath, initiator).toBeNull();
    }
    expect(services.receipts.list(ali.id, month).receipts).toEqual([]);
    expect(services.receipts.monthStatus.get(ali.id, month)).toEqual(before);
    expect(fs.existsSync(path.join(filesDir, 'F9702103813F', month))).toBe(false);
    // The same file started by the portal page itself is filed.
    const own = fakeDownload('data:application/pdf;base64,JVBERi0xLjQ=', 'Resit_2026090012345.pdf');
    sessionOf(ali).emit('will-download', {}, own);
    expect(own.cancelled).toBe(false);
    own.finish('completed', '%PDF-1.4');
    expect(services.receipts.list(ali.id, month).receipts).toHaveLength(1);
    portal.show({ ...at(ali), month: '2026-07', bounds });
  });

  it('cancels downloads from elsewhere and programs, and cleans up a failed one', () => {
    const foreign = fakeDownload('https://evil.example/resit.pdf', 'resit.pdf');
    sessionOf(ali).emit('will-download', {}, foreign);
    expect(foreign.cancelled).toBe(true);
    const program = fakeDownload('https://assist.perkeso.gov.my/x', 'resit.pdf.exe', 'application/octet-stream');
    sessionOf(ali).emit('will-download', {}, program);
    expect(program.cancelled).toBe(true);
    expect(portal.status().lastDownload).toMatchObject({ ok: false });

    const interrupted = fakeDownload('https://assist.perkeso.gov.my/acr', 'ACR.pdf');
    sessionOf(ali).emit('will-download', {}, interrupted);
    expect(interrupted.savePath).toBeTruthy();
    interrupted.finish('interrupted');
    expect(fs.existsSync(interrupted.savePath!)).toBe(false);
    expect(services.receipts.list(ali.id, '2026-07').receipts).toHaveLength(1);
  });

  it('reports offline when the portal cannot be reached, and tries again on reload', () => {
    view(0).webContents.emit('did-fail-load', {}, -106, 'ERR_INTERNET_DISCONNECTED', PORTAL_LOGIN_URL, true);
    expect(portal.status()).toMatchObject({ state: 'offline', offlineReason: 'ERR_INTERNET_DISCONNECTED' });
    expect(view(0).visible).toBe(false);
    // A sub-frame failing, or an aborted load, is not "offline".
    view(0).webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', PORTAL_LOGIN_URL, true);
    const state = portal.reload();
    expect(state.offlineReason).toBeNull();
    expect(view(0).visible).toBe(true);
    expect(view(0).webContents.loaded.at(-1)).toBe(`reload:${PORTAL_LOGIN_URL}`);
  });

  it('hides under app dialogs and comes back', async () => {
    expect(portal.hide().state).toBe('hidden');
    expect(view(0).visible).toBe(false);
    await portal.show({ ...at(ali), month: '2026-07', bounds });
    expect(view(0).visible).toBe(true);
    // A placeholder too small to show anything hides the view.
    await portal.show({ ...at(ali), month: '2026-07', bounds: { x: 0, y: 0, width: 10, height: 10 } });
    expect(view(0).visible).toBe(false);
  });

  it('logs one company out by clearing only its session', async () => {
    await portal.logout(at(siti));
    expect(sessionOf(siti).cleared).toEqual(['storage', 'cache', 'auth']);
    expect(sessionOf(ali).cleared).toEqual([]);
    expect(view(1).webContents.loaded.at(-1)).toBe(PORTAL_LOGIN_URL);
    expect(view(1).webContents.history.cleared).toBe(1);
  });

  it('reveals and copies through the shell and the clipboard', () => {
    portal.reveal('/x/y.pdf');
    portal.copyText('/x/y.pdf');
    expect(fake.revealed).toEqual(['/x/y.pdf']);
    expect(fake.copied).toEqual(['/x/y.pdf']);
  });
});
