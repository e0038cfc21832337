// The month-end pack's files are recorded (issue 17, migration 11): each employee's payslip (a row
// per file, naming the employee), the combined payslips, the summary, the journal, the payment list
// and README.txt, in the same run as the upload files, with their path and sha256 — and nothing
// that reads the runs takes one of them for an upload file (what was filed, "out of date",
// "changed on disk", the unlock's warning). Careless and hostile: packing twice, a month someone
// cannot be paid in, ID numbers another program wrote ("../..", "A-1" beside "A1"), a full disk.
// Real services over a real SQLite file and real folders; figures worked by hand.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../../helpers/records';
import { storeRefusedMonth } from '../payroll/setup';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { runCaruman } from '../../helpers/cli';
import { createServices } from '../../../main/services';
import { nodeFs, type DurableFs } from '../../../main/services/fs';
import type { DashboardRow } from '../../../shared/api/channels/month-end';
import type { UnlockResult } from '../../../shared/payroll/month';

const MONTH = '2026-07';
const TODAY = '2026-08-10';
const CODE = 'A1';
const ASSIST = `SOCSO-EIS-LINDUNG_${CODE}_072026.txt`;
const FORM_A = 'EPF_23456789_082026.txt';
const ALI_ID = '900314145671';
const SITI_ID = '950520105682';

const app = useRecordsApp(TODAY);
const tempDir = tempDirsPerTest();
let out: { dir: string };

/** Ali and Siti, RM2,000 basic each, both with a bank account: the whole pack, payment list included. */
async function shop() {
  out = { dir: tempDir() };
  const company = await app.call<{ id: number }>('companies:create', { name: 'Kedai Runcit A1', employerCode: CODE });
  await app.call('companies:update', { id: company.id, epfEmployerNumber: '23456789' });
  const hire = (name: string, idNumber: string, account: string) =>
    app.call<{ id: number }>('employees:create', { companyId: company.id, employee: { name, idNumber, hireDate: '2020-01-06', bankName: 'Maybank', bankAccount: account } });
  const ali = await hire('Ali bin Abu', '900314-14-5671', '114011223344');
  const siti = await hire('Siti binti Ahmad', '950520-10-5682', '114055667788');
  await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [ali, siti].map((e) => ({ employeeId: e.id, items: { basic: '2000' } })) });
  return { companyId: company.id, ali, siti };
}

const pack = (companyId: number, overwrite = false) => app.services.monthEnd.pack({ month: MONTH, outDir: out.dir, companyIds: [companyId], overwrite, t: (key) => key });
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const folder = () => path.join(out.dir, MONTH);
const packRows = () => app.services.db.prepare("SELECT count(*) AS n FROM file_run_files WHERE kind NOT IN ('socso', 'eis', 'lindung', 'epf', 'epf-csv', 'pcb')").get() as { n: number };

describe('the month-end pack’s files are recorded with the run', () => {
  it('records every file with its path and sha256 — a payslip per employee, naming them — apart from the upload files', async () => {
    const { companyId, ali, siti } = await shop();
    const report = await pack(companyId);
    expect(report.results[0]?.outcome).toBe('generated');
    const [run, ...older] = app.services.monthFiles.status(companyId, MONTH).runs;
    expect(older).toEqual([]);
    expect(run!.folder).toBe(folder());
    expect(run!.files.map((f) => [f.kind, f.fileName])).toEqual([
      ['lindung', ASSIST],
      ['epf', FORM_A],
    ]);
    // RM2,000: EPF 220.00, SOCSO 9.75, EIS 3.90, LINDUNG 14.65 → net 1,751.70 each; 3,503.40 for both.
    expect(run!.packFiles.map((f) => [f.kind, f.fileName, f.employeeId, f.records, f.totalSen, f.onDisk])).toEqual([
      ['payslip', `payslip-${MONTH}-${ALI_ID}.pdf`, ali.id, 1, 175170, 'same'],
      ['payslip', `payslip-${MONTH}-${SITI_ID}.pdf`, siti.id, 1, 175170, 'same'],
      ['payslips', `payslips-${MONTH}-${CODE}.pdf`, null, 2, 350340, 'same'],
      ['payroll-summary', `payroll-summary-${MONTH}-${CODE}-DRAFT.csv`, null, 2, 350340, 'same'],
      ['payroll-journal', `payroll-journal-${MONTH}-${CODE}-DRAFT.csv`, null, expect.any(Number), 350340, 'same'],
      ['payment-list', `payment-list-${MONTH}-${CODE}.csv`, null, 2, 350340, 'same'],
      ['readme', 'README.txt', null, 0, 0, 'same'],
    ]);
    // Every file of the folder is recorded, where it is, with the sha256 it has.
    const recorded = [...run!.files, ...run!.packFiles];
    expect(recorded.map((f) => f.fileName).sort()).toEqual(fs.readdirSync(folder()).sort());
    for (const f of recorded) {
      expect(f.path).toBe(path.join(folder(), f.fileName));
      expect(f.sha256).toBe(sha(f.path));
    }
    // A recorded pack file is the company's to open (the Files screen's "open" and "show in folder").
    expect(app.services.receipts.isCompanyFile(companyId, path.join(folder(), `payslip-${MONTH}-${ALI_ID}.pdf`))).toBe(true);

    // Nothing that reads the runs takes them for upload files.
    expect(app.services.monthFiles.latestFiles(companyId, MONTH).map((f) => f.kind)).toEqual(['lindung', 'epf']);
    expect(app.services.monthFiles.lastRun(companyId, MONTH)?.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
    const row = (await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH }))[0]!;
    expect(row.filesGenerated).toBe(true);
    expect(row.kwsp.file?.fileName).toBe(FORM_A);
    expect(row.lhdn.file).toBeNull();
    expect(row.pack).toMatchObject({ folder: folder(), files: 7, draft: true });

    // A payslip changed or removed on disk is said so; the month's upload files are not out of date for it.
    fs.appendFileSync(path.join(folder(), `payslip-${MONTH}-${ALI_ID}.pdf`), 'x');
    fs.rmSync(path.join(folder(), 'README.txt'));
    const after = app.services.monthFiles.status(companyId, MONTH);
    expect(after.outOfDate).toBe(false);
    expect(after.runs[0]!.files.map((f) => f.onDisk)).toEqual(['same', 'same']);
    expect(after.runs[0]!.packFiles.filter((f) => f.onDisk !== 'same').map((f) => [f.fileName, f.onDisk])).toEqual([
      [`payslip-${MONTH}-${ALI_ID}.pdf`, 'changed'],
      ['README.txt', 'missing'],
    ]);
  });

  it('twice: refused unasked (nothing recorded), then replaced — the old records of replaced files go, a finalised pack is no DRAFT', async () => {
    const { companyId } = await shop();
    await pack(companyId);
    const again = await pack(companyId);
    expect(again.results[0]).toMatchObject({ outcome: 'failed', reason: { key: 'assist.error.fileExists' } });
    expect(app.services.monthFiles.status(companyId, MONTH).runs).toHaveLength(1);
    expect(packRows().n).toBe(7);

    expect((await pack(companyId, true)).results[0]?.outcome).toBe('generated');
    let runs = app.services.monthFiles.status(companyId, MONTH).runs;
    expect(runs).toHaveLength(2);
    expect(runs[0]!.packFiles).toHaveLength(7);
    // The first run's pack files were all replaced: none of them is recorded twice. Its upload files stay (the history).
    expect(runs[1]!.packFiles).toEqual([]);
    expect(runs[1]!.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
    expect(packRows().n).toBe(7);

    // Finalised and packed again: the final summary and journal are new files; the DRAFT ones stay on disk, recorded by the run that wrote them.
    await app.call('payroll:finalise', { companyId, month: MONTH });
    expect((await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH }))[0]!.pack?.draft).toBe(true);
    expect((await pack(companyId, true)).results[0]?.outcome).toBe('generated');
    runs = app.services.monthFiles.status(companyId, MONTH).runs;
    expect(runs[0]!.packFiles.map((f) => f.fileName)).toContain(`payroll-summary-${MONTH}-${CODE}.csv`);
    expect(runs[1]!.packFiles.map((f) => f.fileName)).toEqual([`payroll-summary-${MONTH}-${CODE}-DRAFT.csv`, `payroll-journal-${MONTH}-${CODE}-DRAFT.csv`]);
    expect(runs[2]!.packFiles).toEqual([]);
    expect((await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH }))[0]!.pack).toMatchObject({ files: 7, draft: false });

    // Unlocking warns of the upload files written, never of payslips or reports.
    const unlocked = await app.call<UnlockResult>('payroll:unlock', { companyId, month: MONTH, reason: 'Overtime was left out' });
    const filed = unlocked.notices.find((n) => n.key === 'payroll.unlock.filesGenerated');
    expect(String(filed?.params.files).split(', ').sort()).toEqual([ASSIST, FORM_A].sort());
  });

  it('`caruman status` shows when the month was packed and how many files, in English and in Malay', async () => {
    const { companyId } = await shop();
    await pack(companyId);
    const en = await runCaruman(['status', '--month', MONTH], app.dataDir);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('PACK');
    expect(en.stdout).toMatch(/7 files, DRAFT/);
    const ms = await runCaruman(['status', '--month', MONTH], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(ms.stdout).toContain('PAKEJ');
    expect(ms.stdout).toMatch(/7 fail, DRAF/);
  });

  it('a month someone cannot be paid in: the upload files and README are packed and recorded, no payslip, saying who', async () => {
    const { companyId, siti } = await shop();
    // Stored as a database can hold it (saved before saves were checked): a save now refuses it.
    storeRefusedMonth(app, companyId, MONTH, [{ employeeId: siti.id, items: { basic: '500' }, deductions: { loan_repayment: '900' } }]);
    const report = await pack(companyId);
    expect(report.results[0]?.outcome).toBe('generated');
    // What was not made, as README.txt says it: the CP39 (this shop has no LHDN employer number), then who is not paid.
    expect(report.results[0]?.notes?.map((n) => [n.key, n.params.names])).toEqual([
      ['monthFiles.pcb.notMadeNoNumber', undefined],
      ['payrollReports.pack.refusals', `Siti binti Ahmad (${SITI_ID})`],
    ]);
    const run = app.services.monthFiles.status(companyId, MONTH).runs[0]!;
    expect(run.packFiles.map((f) => f.kind)).toEqual(['readme']);
    expect(fs.readdirSync(folder()).sort()).toEqual([ASSIST, FORM_A, 'README.txt'].sort());
  });

  it('ID numbers another program wrote ("../..", "CON", "A-1" beside "A1") never become paths nor replace each other’s payslip', async () => {
    const { companyId, ali, siti } = await shop();
    const third = await app.call<{ id: number }>('employees:create', { companyId, employee: { name: 'Chong', idNumber: '880808-08-5888', hireDate: '2020-01-06', bankName: 'Maybank', bankAccount: '114099990000' } });
    const fourth = await app.call<{ id: number }>('employees:create', { companyId, employee: { name: 'Devi', idNumber: '870707-07-5777', hireDate: '2020-01-06', bankName: 'Maybank', bankAccount: '114099991111' } });
    await app.call('wages:set', { companyId, month: MONTH, entries: [third, fourth].map((e) => ({ employeeId: e.id, items: { basic: '2000' } })) });
    const setId = app.services.db.prepare('UPDATE employees SET id_number = ? WHERE id = ?');
    setId.run('../..', ali.id);
    setId.run('CON', siti.id);
    setId.run('A-1', third.id);
    setId.run('A1', fourth.id);
    const report = await pack(companyId);
    expect(report.results[0]?.outcome).toBe('generated');
    const slips = app.services.monthFiles.status(companyId, MONTH).runs[0]!.packFiles.filter((f) => f.kind === 'payslip');
    expect(slips.map((f) => [f.employeeId, f.fileName]).sort()).toEqual(
      [
        [ali.id, `payslip-${MONTH}-employee-${ali.id}.pdf`], // "../.." has no letter or digit: the row id names it
        [siti.id, `payslip-${MONTH}-CON.pdf`],
        [third.id, `payslip-${MONTH}-A1.pdf`],
        [fourth.id, `payslip-${MONTH}-A1-${fourth.id}.pdf`],
      ].sort(),
    );
    for (const f of slips) expect(path.dirname(f.path)).toBe(folder());
    expect(fs.readdirSync(out.dir)).toEqual([MONTH]);
  });

  it('a full disk half-way through: no file, no empty folder, no run and no record', async () => {
    const { companyId } = await shop();
    const summaryFds = new Set<number>();
    const full: DurableFs = {
      ...nodeFs,
      openSync(file, flags, mode) {
        const fd = nodeFs.openSync(file, flags, mode);
        if (file.includes('payroll-summary')) summaryFds.add(fd);
        return fd;
      },
      writeSync(fd, buffer, offset, length) {
        if (summaryFds.has(fd)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.writeSync(fd, buffer, offset, length);
      },
    };
    const services = createServices({ dataDir: app.dataDir, filesDir: `${app.dataDir}/files`, today: () => TODAY, monthFilesFs: full });
    try {
      const report = await services.monthEnd.pack({ month: MONTH, outDir: out.dir, companyIds: [companyId], t: (key) => key });
      expect(summaryFds.size).toBeGreaterThan(0);
      expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: { key: 'assist.error.diskFull' } });
      expect(fs.readdirSync(out.dir)).toEqual([]);
      expect(services.monthFiles.status(companyId, MONTH).runs).toEqual([]);
      expect(services.db.prepare('SELECT count(*) AS n FROM file_run_files').get()).toEqual({ n: 0 });
    } finally {
      services.close();
    }
  });
});
