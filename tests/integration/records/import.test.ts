import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { employeeCsv } from '../../helpers/generate';
import type { ExportedFile, ImportReportView } from '../../../shared/api/channels/records';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => ({ app, companyId } = await appWithCompany()));
afterEach(() => app.dispose());

const count = (table: string) => (app.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const importEmployees = (content: string, dryRun = false, fileName = 'staff.csv') =>
  app.call<ImportReportView>('import:employees', { companyId, fileName, content, dryRun });

describe('employee import', () => {
  it('reads Malay headers and day-first dates, and a 12-digit ID means MyKad and citizen', async () => {
    const csv = 'Nama,No KP,Tarikh Mula,Jantina,Tarikh Daftar PERKESO\r\n"Abu, bin Ali",800101-14-5677,1/3/2024,lelaki,05/03/2024\r\n';
    const report = await importEmployees(csv);
    expect(report).toMatchObject({ committed: true, created: 1, errors: [] });
    const [e] = await app.call<{ name: string; hireDate: string; nationality: string; idType: string }[]>('employees:list', { companyId });
    expect(e).toMatchObject({ name: 'Abu, bin Ali', hireDate: '2024-03-01', nationality: 'citizen', idType: 'mykad' });
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const report = await importEmployees(employeeCsv(5), true);
    expect(report).toMatchObject({ dryRun: true, committed: false, created: 5, rows: 5 });
    expect(count('employees')).toBe(0);
    expect(report.backup).toBeNull();
  });

  it('one bad row changes nothing, and the error names the row and the column', async () => {
    await importEmployees('name,id_number\nExisting,800101-14-5677\n');
    const csv = 'name,id_number,gender,hire_date\nAli,900101-14-5671,male,2024-01-01\nSiti,850202-14-5678,perempuan,2024-02-30\nRaju,800101-14-5677,,\n';
    const report = await importEmployees(csv);
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'hire_date',
        message: '“2024-02-30” is not a date. Write it as DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD, e.g. 01/03/2025.',
      }),
    ]);
    expect(count('employees')).toBe(1);
    expect((app.services.db.prepare('SELECT name FROM employees').get() as { name: string }).name).toBe('Existing');
  });

  it.each([
    ['name,id_number\nAli,12345\n', 2, 'id_number', 'employees.error.idType'],
    ['name,id_number,gender\nAli,800101-14-5677,x\n', 2, 'gender', 'import.error.value.gender'],
    ['name,id_number,nationality\nAli,800101-14-5677,mars\n', 2, 'nationality', 'import.error.value.nationality'],
    ['name,id_number\nAli,800101-14-5677\nAli again,800101145677\n', 3, 'id_number', 'import.error.duplicateInFile'],
    ['name,id_number,pays_lindung\nAli,800101-14-5677,maybe\n', 2, 'pays_lindung', 'import.error.value.flag'],
    ['id_number\n800101-14-5677\n', 1, 'Name', 'import.error.missingColumn'],
    ['name,id_number,nama\nA,800101-14-5677,B\n', 1, 'nama', 'import.error.duplicateColumn'],
    ['name,id_number\n"Ali,800101-14-5677\n', null, null, 'import.error.csv.unterminated_quote'],
  ])('reports %j at row %s, column %s (%s)', async (csv, row, column, key) => {
    const result = await app.router.invoke('import:employees', { companyId, fileName: 'x.csv', content: csv, dryRun: false });
    if (result.ok) {
      expect((result.value as ImportReportView).errors[0]).toMatchObject({ row, column, key });
    } else {
      expect(result.error).toMatchObject({ code: 'VALIDATION', key });
    }
    expect(count('employees')).toBe(0);
  });

  it('updates known ID numbers, keeps what the file leaves out, and records the changes', async () => {
    await importEmployees('name,id_number,hire_date,notes\nAli,800101-14-5677,2024-01-01,first\n');
    const report = await importEmployees('name,id_number,leave_date,leave_reason\nAli bin Abu,800101145677,2025-01-31,resigned\n');
    expect(report).toMatchObject({ committed: true, created: 0, updated: 1 });
    expect(report.changes[0]!.fields.sort()).toEqual(['leaveDate', 'leaveReason', 'name']);
    const [e] = await app.call<{ name: string; hireDate: string; leaveDate: string; notes: string }[]>('employees:list', { companyId });
    expect(e).toMatchObject({ name: 'Ali bin Abu', hireDate: '2024-01-01', leaveDate: '2025-01-31', notes: 'first' });
    const sources = app.services.db.prepare("SELECT DISTINCT source FROM change_log WHERE entity = 'employee'").all();
    expect(sources).toEqual([{ source: 'import' }]);
  });

  it('takes a backup before a committed import', async () => {
    const report = await importEmployees(employeeCsv(3));
    expect(report.backup).toMatch(/before-import/);
    expect(fs.existsSync(report.backup!)).toBe(true);
  });

  it('reads .xlsx workbooks, keeping ID numbers typed as numbers whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pekerja');
    sheet.addRow(['Nama', 'No KP', 'Tarikh Mula']);
    sheet.addRow(['Ali', 800101145677, new Date(Date.UTC(2024, 2, 1))]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = await importEmployees(content, false, 'pekerja.xlsx');
    expect(report).toMatchObject({ committed: true, created: 1 });
    const [e] = await app.call<{ idNumber: string; hireDate: string }[]>('employees:list', { companyId });
    expect(e).toMatchObject({ idNumber: '800101145677', hireDate: '2024-03-01' });
  });

  it('exports employees and wages in shapes that import again unchanged', async () => {
    await importEmployees('name,id_number,hire_date,pays_lindung,gender\nAli,800101-14-5677,2024-01-01,no,\nSiti,850202-14-5678,2024-02-01,,\n');
    await app.call('import:wages', { companyId, month: '2024-03', fileName: 'w.csv', dryRun: false, content: 'ic,gaji,ot,event\n800101145677,2500.50,100,S\n850202145678,1800,,\n' });
    const employees = await app.call<ExportedFile>('export:employees', { companyId });
    const wages = await app.call<ExportedFile>('export:wages', { companyId, month: '2024-03' });
    expect(wages.content).toContain('800101145677,2500.50,100.00,');

    const again = await importEmployees(employees.content, true);
    expect(again).toMatchObject({ unchanged: 2, created: 0, updated: 0, errors: [] });
    const wagesAgain = await app.call<ImportReportView>('import:wages', { companyId, month: '2024-03', fileName: 'w.csv', dryRun: true, content: wages.content });
    expect(wagesAgain).toMatchObject({ unchanged: 2, errors: [] });
  });
});

describe('wage import', () => {
  it('refuses unknown employees and bad amounts, row by row, writing nothing', async () => {
    await importEmployees('name,id_number\nAli,800101-14-5677\n');
    const result = await app.call<ImportReportView>('import:wages', {
      companyId,
      month: '2024-03',
      fileName: 'w.csv',
      dryRun: false,
      content: 'id_number,basic,overtime,event\n800101-14-5677,2500,,\n990101-14-5671,100,,\n800101145677,-5,,\n',
    });
    expect(result.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, 'id_number', 'import.error.unknownEmployee'],
      [4, 'basic', 'import.error.money.negative'],
    ]);
    expect(count('wages')).toBe(0);
  });

  it('keeps two companies apart: the same ID number in another company is not touched', async () => {
    const other = (await app.company('B2', 'Other')).id;
    await importEmployees('name,id_number\nAli,800101-14-5677\n');
    await app.call('import:employees', { companyId: other, fileName: 'x.csv', dryRun: false, content: 'name,id_number\nAli at B,800101-14-5677\n' });
    await app.call('import:wages', { companyId: other, month: '2024-03', fileName: 'w.csv', dryRun: false, content: 'id_number,basic\n800101145677,999\n' });
    const rows = app.services.db.prepare('SELECT company_id, basic FROM wages').all();
    expect(rows).toEqual([{ company_id: other, basic: 99900 }]);
  });
});

describe('an import killed in the middle of writing', () => {
  it('leaves a database that passes integrity_check with all or none of the rows', async () => {
    const csvFile = path.join(app.dataDir, 'big.csv');
    fs.writeFileSync(csvFile, employeeCsv(20_000));
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/helpers/import-child.ts'), app.dataDir, String(companyId), csvFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    const killedAt = await new Promise<number | 'finished'>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const progress = [...output.matchAll(/progress (\d+)/g)].map((m) => Number(m[1]));
        const latest = progress.at(-1) ?? 0;
        if (latest >= 5000 && latest < 20_000) {
          child.kill('SIGKILL');
          resolve(latest);
        }
      });
      void exited.then(() => resolve('finished'));
      child.on('error', reject);
    });
    await exited;
    // Progress is reported from inside the write transaction, so the kill landed mid-write.
    expect(killedAt).toBeGreaterThanOrEqual(5000);

    const db = new Database(path.join(app.dataDir, 'caruman.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
    expect([0, 20_000]).toContain(n);
    expect(n).toBe(0); // killed before commit: none
    db.close();
  }, 120_000);
});
