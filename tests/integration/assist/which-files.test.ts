// Which file to upload is unambiguous (issue 12 item 2, STATUTORY.md §2.2 corrected): from 2026-06
// the one SOCSO + EIS + LINDUNG file alone; the 223-character files are a fallback that the
// service and the CLI refuse to make together with it. A month that cannot be made says why in
// the user's words (item 3): no wages, no employees, nobody to pay; never a raw message key.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/api/router';
import { ServiceError } from '../../../main/services/service-error';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { makeTempDir } from '../../helpers/temp-dir';
import { runCaruman } from '../../helpers/cli';
import { CODE, setUpScenario } from './scenario';
import type { GenerationReportView } from '../../../shared/api/channels/assist';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
afterEach(() => {
  app?.dispose();
  out?.remove();
});

const malay = () => createRouter(app.services, { locale: () => 'ms', logError: () => {} });

describe('which files a month is made with', () => {
  it('from June 2026 the one 278-character file alone; the 223 files on their own as a fallback; never both', async () => {
    app = createRecordsApp('2026-07-10');
    out = makeTempDir();
    const { companyId } = await setUpScenario(app);

    const one = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2026-06', folder: out.dir });
    expect(one.files.map((f) => f.fileName)).toEqual([`SOCSO-EIS-LINDUNG_${CODE}_062026.txt`]);

    for (const formats of [['socso', 'lindung'], ['eis', 'lindung'], ['socso', 'eis', 'lindung']]) {
      const refused = await app.router.invoke('assist:generate', { companyId, month: '2026-06', folder: out.dir, formats, overwrite: true });
      expect(refused, formats.join(',')).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'assist.error.combinedWithSeparate', field: 'formats' } });
      if (!refused.ok) expect(refused.error.message).toContain('the same contributions twice');
    }
    const inMalay = await malay().invoke('assist:preview', { companyId, month: '2026-06', formats: ['socso', 'lindung'] });
    expect(inMalay).toMatchObject({ ok: false, error: { message: expect.stringContaining('Jun 2026 akan menghantar caruman yang sama dua kali') } });
    // Nothing was written by the refusals: only the one file of the first generation.
    expect(fs.readdirSync(out.dir)).toEqual([`SOCSO-EIS-LINDUNG_${CODE}_062026.txt`]);

    const fallback = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2026-06', folder: out.dir, formats: ['socso', 'eis'] });
    expect(fallback.files.map((f) => f.kind)).toEqual(['socso', 'eis']);
  });

  it('before June 2026 the SOCSO and EIS files, two uploads', async () => {
    app = createRecordsApp('2026-07-10');
    out = makeTempDir();
    const { companyId } = await setUpScenario(app);
    const two = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2025-03', folder: out.dir });
    expect(two.files.map((f) => f.kind)).toEqual(['socso', 'eis']);
  });

  it('the CLI makes the one file by default, says "upload this one file", and refuses the combination in both languages', async () => {
    app = createRecordsApp('2026-07-10');
    out = makeTempDir();
    await setUpScenario(app);
    const run = await runCaruman(['export', '--company', CODE, '--month', '2026-06', '--out', out.dir], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${CODE} June 2026: 1 file written to ${out.dir}`);
    expect(run.stdout).toContain(`Next: upload this one file in the ASSIST portal: SOCSO-EIS-LINDUNG_${CODE}_062026.txt.`);
    expect(fs.readdirSync(out.dir)).toEqual([`SOCSO-EIS-LINDUNG_${CODE}_062026.txt`]);

    const refused = await runCaruman(['export', '--company', CODE, '--month', '2026-06', '--out', out.dir, '--format', 'socso,lindung', '--force'], app.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^caruman: Make either the SOCSO \+ EIS \+ LINDUNG file or the SOCSO and EIS files, not both/);
    const ms = await runCaruman(['export', '--company', CODE, '--month', '2026-06', '--out', out.dir, '--format', 'eis,lindung', '--force'], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(ms.code).toBe(1);
    expect(ms.stderr).toMatch(/^caruman: Buat sama ada fail PERKESO \+ SIP \+ LINDUNG atau fail PERKESO dan SIP, bukan kedua-duanya/);
    const msRun = await runCaruman(['export', '--company', CODE, '--month', '2026-06', '--out', out.dir, '--force'], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(msRun.stdout).toContain(`${CODE} Jun 2026: 1 fail ditulis ke ${out.dir}`);
    expect(msRun.stdout).toContain('Seterusnya: muat naik satu fail ini di portal ASSIST');
  });
});

describe('a month that cannot be made says why, never a raw key', () => {
  it('no wages saved: "No wages saved for November 2026 yet", in both languages', async () => {
    app = createRecordsApp('2026-12-01');
    const company = await app.company();
    await app.call('employees:create', { companyId: company.id, employee: { name: 'Ali bin Abu', idNumber: '900315-14-5671', hireDate: '2020-01-06' } });
    const en = await app.router.invoke('assist:preview', { companyId: company.id, month: '2026-11' });
    expect(en).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'assist.error.noWages', field: 'month', message: 'No wages saved for November 2026 yet. Enter them in Wages first.' } });
    const ms = await malay().invoke('assist:preview', { companyId: company.id, month: '2026-11' });
    expect(ms).toMatchObject({ ok: false, error: { message: 'Belum ada gaji disimpan untuk November 2026. Masukkannya di Gaji dahulu.' } });
    // The CLI says the same.
    const run = await runCaruman(['export', '--company', company.employerCode, '--month', '2026-11'], app.dataDir);
    expect(run.stderr).toBe('caruman: No wages saved for November 2026 yet. Enter them in Wages first.\n');
  });

  it('no employees, and nobody to pay in the files chosen', async () => {
    app = createRecordsApp('2026-07-10');
    const company = await app.company();
    expect(await app.router.invoke('assist:preview', { companyId: company.id, month: '2025-03' })).toMatchObject({
      ok: false,
      error: { key: 'assist.error.noEmployees', message: 'No employees are on the payroll of March 2025. Add them in Employees first.' },
    });
    // Only a foreign worker: no one is in EIS. The SOCSO file is made; the empty EIS file is not.
    const rahim = await app.call<{ id: number }>('employees:create', {
      companyId: company.id,
      employee: { name: 'Rahim Uddin', idType: 'passport', idNumber: 'A12345678', nationality: 'foreign', dateOfBirth: '1995-07-01', hireDate: '2023-01-01' },
    });
    await app.call('wages:set', { companyId: company.id, month: '2025-03', entries: [{ employeeId: rahim.id, items: { basic: '1800' } }] });
    const preview = await app.call<GenerationReportView>('assist:preview', { companyId: company.id, month: '2025-03' });
    expect(preview.files.map((f) => f.kind)).toEqual(['socso']);
    expect(preview.warnings.map((w) => w.message)).toContain('EIS_A3700012345B_032025.txt would have no records, so it is not made.');
    expect(await app.router.invoke('assist:preview', { companyId: company.id, month: '2025-03', formats: ['eis'] })).toMatchObject({
      ok: false,
      error: { key: 'assist.error.nothingToWrite', message: expect.stringContaining('for March 2025 in the files chosen') },
    });
  });

  it('a message key without text is said by its error code, not shown raw', async () => {
    app = createRecordsApp();
    const failingList = () => {
      throw new ServiceError('STORAGE', 'no.such.key' as never);
    };
    const services = { ...app.services, companies: { ...app.services.companies, list: failingList } };
    const router = createRouter(services as typeof app.services, { locale: () => 'ms', logError: () => {} });
    expect(await router.invoke('companies:list', {})).toMatchObject({
      ok: false,
      error: { code: 'STORAGE', key: 'error.code.STORAGE', message: 'Data atau cakera tidak dapat dibaca atau ditulis. Tiada apa-apa yang diubah.' },
    });
  });
});
