// The payroll records' import and export columns (EPF, income tax, bank, payslip): Malay and
// English headers and values, real files written to disk and read back, an exact round trip
// through CSV and .xlsx, and wrong values refused with the row and the user's own header, in the
// user's language, writing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/api/router';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { importReport, writeUserFile } from '../../helpers/import-files';
import { EMPLOYEE_COLUMNS, normalizeHeader } from '../../../shared/domain/import-columns';
import { PAYROLL_FIELD_NAMES, type EmployeePayrollFields } from '../../../shared/domain/employee-payroll';
import type { Employee } from '../../../shared/domain/employee';
import type { ExportedFile } from '../../../shared/api/channels/records';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => ({ app, companyId } = await appWithCompany()));
afterEach(() => app.dispose());

const list = (id = companyId) => app.call<Employee[]>('employees:list', { companyId: id, filter: 'all' });
const payrollOf = (e: Employee) => Object.fromEntries(PAYROLL_FIELD_NAMES.map((name) => [name, e[name]])) as unknown as EmployeePayrollFields;
const stored = (sql: string) => app.services.db.prepare(sql).all();

const MALAY_FILE = [
  'Nama,Jenis ID,No KP,Kewarganegaraan,No ahli KWSP,Status KWSP,Kekal 11 % KWSP,Tarikh kekal 11 %,No cukai pendapatan,Pemastautin cukai,Taraf perkahwinan,Pasangan bekerja,OKU,Pasangan OKU,Anak bawah 18,Anak pengajian tinggi,Anak OKU,Anak OKU pengajian tinggi,Nama bank,No akaun bank,Bahasa slip gaji,Jawatan,No pekerja,Kadar bulanan (RM)',
  'Ali bin Ahmad,,850505-10-5151,warganegara,1234 5678,,ya,4/5/2020,IG 531367-080,ya,berkahwin,tidak,tidak,ya,2,1,0,0,Maybank,5140-1234-5678,bm,Juruwang,S-0012,"2,500.00"',
  'Rahman Hossain,pasport,A1234567,asing,,memilih,tidak,,,tidak,bujang,,,,,,,,,,en,Tukang masak,S-0013,1800',
].join('\r\n');

describe('payroll columns', () => {
  it('no header or alias names two columns, and every payroll field has its column', () => {
    const owner = new Map<string, string>();
    for (const column of EMPLOYEE_COLUMNS) {
      for (const written of [column.name, column.header.en, column.header.ms, ...column.aliases]) {
        const key = normalizeHeader(written);
        expect(owner.get(key) ?? column.name, `${written} names ${owner.get(key)} and ${column.name}`).toBe(column.name);
        owner.set(key, column.name);
      }
    }
    const names = EMPLOYEE_COLUMNS.map((c) => c.name as string);
    const snake = (field: string) => field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`).replace(/(\d+)/, '_$1');
    for (const field of PAYROLL_FIELD_NAMES) expect(names).toContain(snake(field));
  });

  it('are read from a Malay file on disk: headers, yes/no, dates DD/MM/YYYY and words in Malay', async () => {
    const file = writeUserFile(app, 'pekerja.csv', MALAY_FILE);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report).toMatchObject({ committed: true, created: 2, errors: [] });
    const [ali, rahman] = await list();
    expect(payrollOf(ali!)).toEqual({
      epfMemberNumber: '12345678',
      epfStatus: null,
      epfKeep11: true,
      epfKeep11Date: '2020-05-04',
      taxNumber: 'IG531367080',
      taxResident: true,
      maritalStatus: 'married',
      spouseWorking: false,
      disabled: false,
      spouseDisabled: true,
      childrenBasic: 2,
      childrenStudy: 1,
      childrenDisabled: 0,
      childrenDisabledStudy: 0,
      bankName: 'Maybank',
      bankAccount: '5140-1234-5678',
      payslipLanguage: 'ms',
      jobTitle: 'Juruwang',
      staffNumber: 'S-0012',
      monthlyRate: 250_000,
    });
    expect(payrollOf(rahman!)).toMatchObject({ epfStatus: 'foreign_elected', taxResident: false, payslipLanguage: 'en', monthlyRate: 180_000, childrenBasic: 0 });
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`export then import into another company gives every payroll field back exactly (${format})`, async () => {
      await importReport(app, 'employees', writeUserFile(app, 'pekerja.csv', MALAY_FILE), { companyId });
      const exported = await app.call<ExportedFile>('export:employees', { companyId, format });
      const file = writeUserFile(app, exported.fileName, Buffer.from(exported.content, exported.encoding === 'base64' ? 'base64' : 'utf8'));
      const other = (await app.company('A3700098765C', 'Kedai Dua')).id;
      const report = await importReport(app, 'employees', file, { companyId: other });
      expect(report).toMatchObject({ committed: true, created: 2, errors: [] });
      expect((await list(other)).map(payrollOf)).toEqual((await list()).map(payrollOf));
      // Into the same company again: nothing differs.
      expect(await importReport(app, 'employees', file, { companyId, dryRun: true })).toMatchObject({ unchanged: 2, created: 0, updated: 0, errors: [] });
    });
  }

  it('an update keeps what the file leaves out or empty; "from_nationality" clears a status; not married clears the spouse ticks', async () => {
    await importReport(app, 'employees', writeUserFile(app, 'pekerja.csv', MALAY_FILE), { companyId });
    const update = 'Jenis ID,No KP,Nama,Status KWSP,Taraf perkahwinan,No cukai pendapatan\r\npasport,A1234567,Rahman Hossain,ikut_kewarganegaraan,,\r\n,850505105151,Ali bin Ahmad,,bercerai,\r\n';
    const report = await importReport(app, 'employees', writeUserFile(app, 'kemas.csv', update), { companyId });
    expect(report).toMatchObject({ committed: true, updated: 2, errors: [] });
    const [ali, rahman] = await list();
    expect(rahman!.epfStatus).toBeNull();
    expect(payrollOf(ali!)).toMatchObject({ maritalStatus: 'divorced', spouseWorking: false, spouseDisabled: false, taxNumber: 'IG531367080', bankName: 'Maybank' });
  });

  it('wrong values are refused with the row and the header as the user wrote it, in Malay, and nothing is written', async () => {
    const malay = createRouter(app.services, { locale: () => 'ms', logError: () => {} });
    const bad = [
      'Nama,No KP,Bilangan anak,Taraf perkahwinan,Status KWSP,No cukai,No akaun,Kadar gaji,Bahasa slip gaji,Kekal 11 %',
      'Ali,850505-10-5151,dua,bujang,,,,,,',
      'Siti,900202-10-5154,,janda?,,,,,,',
      'Raju,800101-14-5677,,,alien,,,,,',
      'Chong,880808-08-8885,,,,12-AB,,,,',
      'Mei,920303-08-5242,,,,,12AB34,,,',
      'Kumar,870707-07-5151,,,,,,RM2.500,,',
      'Lim,690808-10-5678,,,,,,,jawi,',
      'Tan,660315-10-1235,,,,,,,,mungkin',
    ].join('\n');
    const file = writeUserFile(app, 'salah.csv', bad);
    const result = await malay.invoke('import:employees', {
      companyId,
      fileName: 'salah.csv',
      content: Buffer.from(bad).toString('base64'),
      encoding: 'base64',
      dryRun: false,
    });
    expect(file).toContain('salah.csv');
    if (!result.ok) throw new Error(result.error.key);
    const report = result.value as { committed: boolean; errors: { row: number; column: string; key: string; message: string }[] };
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'Bilangan anak', 'import.error.value.count'],
      [3, 'Taraf perkahwinan', 'import.error.value.maritalStatus'],
      [4, 'Status KWSP', 'import.error.value.epfStatus'],
      [5, 'No cukai', 'employees.error.taxNumber'],
      [6, 'No akaun', 'employees.error.bankAccount'],
      [7, 'Kadar gaji', 'error.money.format'],
      [8, 'Bahasa slip gaji', 'import.error.value.payslipLanguage'],
      [9, 'Kekal 11 %', 'import.error.value.flag'],
    ]);
    expect(report.errors[0]!.message).toBe('“dua” bukan bilangan anak. Tulis nombor bulat dari 0 hingga 99, contohnya 2.');
    expect(stored('SELECT id FROM employees')).toEqual([]);
  });

  it('a status the nationality forbids, or a spouse tick for someone not married, is refused at its column', async () => {
    const csv = 'name,id_number,epf_status,marital_status,spouse_working\r\nAli,850505-10-5151,foreign_elected,,\r\nSiti,900202-10-5154,,single,yes\r\n';
    const report = await importReport(app, 'employees', writeUserFile(app, 'x.csv', csv), { companyId });
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'epf_status', 'employees.error.epfStatusNationality'],
      [3, 'spouse_working', 'employees.error.spouseNotMarried'],
    ]);
    expect(stored('SELECT id FROM employees')).toEqual([]);
  });
});
