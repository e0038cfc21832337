// Receipts and the month's status over real SQLite and real files: attach by hand through the
// router, the portal download path (plan → Electron writes → complete), status automation, the
// company folder rules and the portal channels outside Electron.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { makeTempDir } from '../helpers/temp-dir';
import { nextAutoStatus, statusImpliedBy } from '../../main/services/receipts/status';
import type { Company } from '../../shared/domain/company';
import type { MonthStatusInfo, ReceiptInfo, ReceiptList } from '../../shared/api/channels/receipts';

const RESIT = `<html><body><h1>RESIT RASMI</h1>
<p>No. Resit : 2026080012345</p><p>Tarikh Bayaran : 14/08/2026</p>
<p>Jenis Bayaran : 1. Caruman Bulanan (ACR000123456-07/2026) (RM300.00) 2. SKBBK / LINDUNG 24 Jam (RM18.45)</p>
<p>Kod Majikan : F9702103813F</p><p>Jumlah Bayaran : RM318.45</p></body></html>`;

let temp: { dir: string; remove: () => void };
let services: Services;
let router: Router;
let filesDir: string;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.key} ${result.error.message}`);
  return result.value as T;
}

async function fail(channel: string, input: unknown) {
  const result = await router.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeEach(() => {
  temp = makeTempDir('caruman-receipts-');
  filesDir = path.join(temp.dir, 'Documents', 'Caruman');
  services = createServices({ dataDir: path.join(temp.dir, 'data'), filesDir });
  router = createRouter(services, { locale: () => 'en', logError: () => {} });
});

afterEach(() => {
  services.close();
  temp.remove();
});

async function twoCompanies(): Promise<[Company, Company]> {
  const a = await call<Company>('companies:create', { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'F9702103813F' });
  const b = await call<Company>('companies:create', { name: 'Bengkel Siti Enterprise', employerCode: 'B1234567890X' });
  return [a, b];
}

describe('receipts:attach and receipts:list', () => {
  it('files a receipt into <company folder>/<YYYY-MM>/receipts and records it', async () => {
    const [ali, siti] = await twoCompanies();
    const receipt = await call<ReceiptInfo>('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.html', content: b64(RESIT) });

    const folder = path.join(filesDir, 'F9702103813F', '2026-07', 'receipts');
    expect(receipt).toMatchObject({
      companyId: ali.id,
      month: '2026-07',
      kind: 'payment',
      fileName: '2026-07-RESIT-resit.html',
      path: path.join(folder, '2026-07-RESIT-resit.html'),
      source: 'user',
      receiptNumber: '2026080012345',
      detectedMonth: '2026-07',
      employerCode: 'F9702103813F',
      totalSen: 31845,
      size: Buffer.byteLength(RESIT),
    });
    expect(fs.readFileSync(receipt.path, 'utf8')).toBe(RESIT);
    expect(fs.readdirSync(folder)).toEqual(['2026-07-RESIT-resit.html']); // no temp or placeholder left

    const listed = await call<ReceiptList>('receipts:list', { companyId: ali.id, month: '2026-07' });
    expect(listed.folder).toBe(folder);
    expect(listed.receipts.map((r) => r.id)).toEqual([receipt.id]);
    expect((await call<ReceiptList>('receipts:list', { companyId: siti.id, month: '2026-07' })).receipts).toEqual([]);
    expect((await call<ReceiptList>('receipts:list', { companyId: ali.id, month: '2026-08' })).receipts).toEqual([]);
    expect(fs.existsSync(path.join(filesDir, 'B1234567890X'))).toBe(false);
  });

  it('uses the company output folder when it has one', async () => {
    const [ali] = await twoCompanies();
    const chosen = path.join(temp.dir, 'Ali files');
    await call('companies:update', { id: ali.id, outputFolder: chosen });
    const receipt = await call<ReceiptInfo>('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'ACR-july.pdf', content: b64('%PDF-1.4 acr') });
    expect(receipt.path).toBe(path.join(chosen, '2026-07', 'receipts', '2026-07-ACR-ACR-july.pdf'));
    expect(receipt.kind).toBe('acr');
  });

  it('never overwrites: the same name twice gets a second file', async () => {
    const [ali] = await twoCompanies();
    const first = await call<ReceiptInfo>('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf', content: b64('%PDF one') });
    const second = await call<ReceiptInfo>('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf', content: b64('%PDF two') });
    expect(second.fileName).toBe('2026-07-RESIT-resit (2).pdf');
    expect(fs.readFileSync(first.path, 'utf8')).toBe('%PDF one');
    expect(fs.readFileSync(second.path, 'utf8')).toBe('%PDF two');
  });

  it('keeps a hostile name inside the folder', async () => {
    const [ali] = await twoCompanies();
    const receipt = await call<ReceiptInfo>('receipts:attach', {
      companyId: ali.id,
      month: '2026-07',
      fileName: '../../../../outside/resit.pdf',
      content: b64('%PDF'),
    });
    expect(path.dirname(receipt.path)).toBe(path.join(filesDir, 'F9702103813F', '2026-07', 'receipts'));
    expect(fs.existsSync(path.join(temp.dir, 'outside'))).toBe(false);
  });

  it('refuses programs, empty files, bad base64, bad months and unknown companies', async () => {
    const [ali] = await twoCompanies();
    expect(await fail('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf.exe', content: b64('MZ') })).toMatchObject({
      code: 'FORBIDDEN',
      key: 'portal.receipts.error.refusedType',
    });
    expect(await fail('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf', content: '' })).toMatchObject({
      code: 'VALIDATION',
      key: 'portal.receipts.error.empty',
    });
    expect(await fail('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf', content: 'not base64!' })).toMatchObject({
      code: 'VALIDATION',
      field: 'content',
    });
    expect(await fail('receipts:list', { companyId: ali.id, month: '2026-13' })).toMatchObject({ code: 'VALIDATION', field: 'month' });
    expect(await fail('receipts:list', { companyId: 999, month: '2026-07' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.existsSync(path.join(filesDir, 'F9702103813F', '2026-07', 'receipts')) ? fs.readdirSync(path.join(filesDir, 'F9702103813F', '2026-07', 'receipts')) : []).toEqual([]);
  });
});

describe('the portal download path (what the Electron will-download handler does)', () => {
  it('reserves a unique name, records the finished file, and cleans up an abandoned one', async () => {
    const [ali] = await twoCompanies();
    const first = services.receipts.planDownload({ companyId: ali.id, month: '2026-07', suggestedName: 'download', mimeType: 'text/html' });
    const second = services.receipts.planDownload({ companyId: ali.id, month: '2026-07', suggestedName: 'download', mimeType: 'text/html' });
    expect(first.fileName).toBe('2026-07-DOC-download.html');
    expect(second.fileName).toBe('2026-07-DOC-download (2).html');
    expect(fs.statSync(first.path).size).toBe(0); // the placeholder

    fs.writeFileSync(first.path, RESIT); // Electron saves the download here
    const receipt = services.receipts.completeDownload({ companyId: ali.id, month: '2026-07', path: first.path });
    expect(receipt).toMatchObject({ kind: 'payment', source: 'portal', totalSen: 31845 });
    // Recording the same file twice gives the same receipt.
    expect(services.receipts.completeDownload({ companyId: ali.id, month: '2026-07', path: first.path }).id).toBe(receipt.id);

    services.receipts.abandonDownload(second.path);
    expect(fs.existsSync(second.path)).toBe(false);
    expect(services.receipts.list(ali.id, '2026-07').receipts).toHaveLength(1);
  });

  it('refuses to record a file outside the month folder and a program download', async () => {
    const [ali] = await twoCompanies();
    const elsewhere = path.join(temp.dir, 'x.pdf');
    fs.writeFileSync(elsewhere, '%PDF');
    expect(() => services.receipts.completeDownload({ companyId: ali.id, month: '2026-07', path: elsewhere })).toThrow(/outsideFolder/);
    expect(() => services.receipts.planDownload({ companyId: ali.id, month: '2026-07', suggestedName: 'setup.exe' })).toThrow(/refusedType/);
  });
});

describe('month status', () => {
  it('implies and only moves forward automatically', () => {
    expect(statusImpliedBy('acr')).toBe('submitted');
    expect(statusImpliedBy('ecr')).toBe('submitted');
    expect(statusImpliedBy('payment')).toBe('receipt_filed');
    expect(statusImpliedBy('other')).toBeNull();
    expect(nextAutoStatus(null, 'submitted')).toBe('submitted');
    expect(nextAutoStatus('paid', 'submitted')).toBeNull();
    expect(nextAutoStatus('submitted', 'receipt_filed')).toBe('receipt_filed');
    expect(nextAutoStatus('receipt_filed', 'receipt_filed')).toBeNull();
  });

  it('moves with filed receipts and lets the user set it', async () => {
    const [ali, siti] = await twoCompanies();
    const get = (companyId: number) => call<MonthStatusInfo>('monthStatus:get', { companyId, month: '2026-07' });
    expect(await get(ali.id)).toMatchObject({ status: null, source: null });

    await call('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'ACR.pdf', content: b64('%PDF') });
    expect(await get(ali.id)).toMatchObject({ status: 'submitted', source: 'auto' });

    await call('monthStatus:set', { companyId: ali.id, month: '2026-07', status: 'paid' });
    expect(await get(ali.id)).toMatchObject({ status: 'paid', source: 'user' });

    // An ACR filed later does not move a paid month back.
    await call('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'ECR.pdf', content: b64('%PDF') });
    expect(await get(ali.id)).toMatchObject({ status: 'paid', source: 'user' });

    await call('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.html', content: b64(RESIT) });
    expect(await get(ali.id)).toMatchObject({ status: 'receipt_filed', source: 'auto' });

    // The user may move it back (a mistaken click), or clear it.
    expect(await call('monthStatus:set', { companyId: ali.id, month: '2026-07', status: 'submitted' })).toMatchObject({ status: 'submitted', source: 'user' });
    expect(await call('monthStatus:set', { companyId: ali.id, month: '2026-07', status: null })).toMatchObject({ status: null });
    expect(await get(siti.id)).toMatchObject({ status: null });

    // A receipt that says it pays July moves neither August nor another company's July.
    await call('receipts:attach', { companyId: ali.id, month: '2026-08', fileName: 'resit.html', content: b64(RESIT) });
    expect(await call('monthStatus:get', { companyId: ali.id, month: '2026-08' })).toMatchObject({ status: null });
    await call('receipts:attach', { companyId: siti.id, month: '2026-07', fileName: 'resit.html', content: b64(RESIT) });
    expect(await get(siti.id)).toMatchObject({ status: null });
    expect(await fail('monthStatus:set', { companyId: ali.id, month: '2026-07', status: 'done' })).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('portal channels outside the desktop app', () => {
  it('say the portal is unavailable', async () => {
    const [ali] = await twoCompanies();
    expect(await call('portal:status', {})).toMatchObject({ available: false, state: 'hidden' });
    expect(await call('portal:hide', {})).toMatchObject({ available: false });
    const bounds = { x: 0, y: 0, width: 800, height: 600 };
    expect(await fail('portal:show', { companyId: ali.id, month: '2026-07', bounds })).toMatchObject({
      code: 'UNSUPPORTED',
      key: 'portal.error.unavailable',
      message: 'The ASSIST portal opens only in the Caruman desktop app.',
    });
    expect(await fail('portal:logout', { companyId: ali.id })).toMatchObject({ code: 'UNSUPPORTED' });
    expect(await fail('portal:show', { companyId: 999, month: '2026-07', bounds })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuse to reveal or copy a file outside the company folder', async () => {
    const [ali, siti] = await twoCompanies();
    const receipt = await call<ReceiptInfo>('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'resit.pdf', content: b64('%PDF') });
    expect(await fail('portal:reveal', { companyId: siti.id, path: receipt.path })).toMatchObject({ code: 'FORBIDDEN', key: 'portal.error.notCompanyFile' });
    expect(await fail('portal:copyPath', { companyId: ali.id, path: '/etc/passwd' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fail('portal:reveal', { companyId: ali.id, path: 'relative.pdf' })).toMatchObject({ code: 'VALIDATION' });
    // Its own file passes the check and reaches the controller, which is unavailable here.
    expect(await fail('portal:reveal', { companyId: ali.id, path: receipt.path })).toMatchObject({ code: 'UNSUPPORTED' });
  });
});

describe('the default files folder', () => {
  it('is Documents/Caruman unless CARUMAN_FILES_DIR says otherwise', async () => {
    const { resolveFilesDir } = await import('../../main/services/receipts');
    expect(resolveFilesDir({}, '/home/ali')).toBe(path.join('/home/ali', 'Documents', 'Caruman'));
    expect(resolveFilesDir({}, '/home/ali', '/home/ali/OneDrive/Documents')).toBe(path.join('/home/ali/OneDrive/Documents', 'Caruman'));
    expect(resolveFilesDir({ CARUMAN_FILES_DIR: '/tmp/x' }, '/home/ali', '/d')).toBe(path.resolve('/tmp/x'));
  });
});

describe('what the month status and path checks know of generated files', () => {
  it('a generation of the month counts as "generated"; its files may be revealed even outside the company folder', async () => {
    const [ali, siti] = await twoCompanies();
    const elsewhere = path.join(temp.dir, 'uploads', 'SOCSO_F9702103813F_072026.txt');
    fs.mkdirSync(path.dirname(elsewhere), { recursive: true });
    fs.writeFileSync(elsewhere, 'x');
    const run = services.db
      .prepare('INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
      .get(ali.id, '2026-07', path.dirname(elsewhere), 'socso', '{}', 'a'.repeat(64)) as { id: number };
    services.db
      .prepare('INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(run.id, 'socso', path.basename(elsewhere), elsewhere, 'b'.repeat(64), 3, 30000, 'a'.repeat(64));

    expect(await call('monthStatus:get', { companyId: ali.id, month: '2026-07' })).toMatchObject({ status: 'generated', source: 'auto' });
    expect(await call('monthStatus:get', { companyId: ali.id, month: '2026-06' })).toMatchObject({ status: null });
    expect(services.receipts.isCompanyFile(ali.id, elsewhere)).toBe(true);
    expect(services.receipts.isCompanyFile(siti.id, elsewhere)).toBe(false);
    // A filed ACR moves it on.
    await call('receipts:attach', { companyId: ali.id, month: '2026-07', fileName: 'ACR.pdf', content: b64('%PDF') });
    expect(await call('monthStatus:get', { companyId: ali.id, month: '2026-07' })).toMatchObject({ status: 'submitted', source: 'auto' });
  });
});
