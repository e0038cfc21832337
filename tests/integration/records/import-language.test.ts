// Issue 12 item 7: importing speaks the user's language. Templates carry the headers of the UI
// language, errors name the user's own headers, the MyKad message is the form's, and a date error
// lists every accepted form, DD/MM/YYYY first.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services';
import { createRouter } from '../../../main/api/router';
import { makeTempDir } from '../../helpers/temp-dir';
import { importReport, writeUserFile } from '../../helpers/import-files';
import type { RecordsApp } from '../../helpers/records';
import type { ExportedFile } from '../../../shared/api/channels/records';
import { TYPED_DATE_FORMS } from '../../../shared/calendar';
import type { Locale } from '../../../shared/i18n/catalog';
import { runCaruman } from '../../helpers/cli';

/** A records app whose router speaks `locale` (the helper's speaks English). */
function appIn(locale: Locale): RecordsApp {
  const temp = makeTempDir();
  const services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files`, today: () => '2025-06-15' });
  const router = createRouter(services, { locale: () => locale, logError: () => {} });
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const result = await router.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.key}`);
    return result.value as T;
  };
  return {
    dataDir: temp.dir,
    services,
    router,
    call,
    company: (employerCode = 'A3700012345B', name = 'Kedai Runcit Ali') => call('companies:create', { name, employerCode }),
    dispose: () => (services.close(), temp.remove()),
  } as RecordsApp;
}

const HEADERS = {
  ms: ['Nama', 'Jenis ID', 'No KP', 'ID PERKESO', 'Tarikh lahir', 'Jantina', 'Kewarganegaraan', 'Pembantu rumah', 'Tarikh mula kerja', 'Tarikh berhenti', 'Sebab berhenti', 'Tarikh daftar PERKESO', 'Mula caruman 55', 'Tiada SIP sebelum 57', 'Bayar LINDUNG', 'No ahli KWSP', 'Status KWSP', 'Kekal 11 % KWSP', 'Tarikh kekal 11 %', 'No cukai pendapatan', 'Pemastautin cukai', 'Taraf perkahwinan', 'Pasangan bekerja', 'OKU', 'Pasangan OKU', 'Anak bawah 18', 'Anak pengajian tinggi', 'Anak OKU', 'Anak OKU pengajian tinggi', 'Nama bank', 'No akaun bank', 'Bahasa slip gaji', 'Jawatan', 'No pekerja', 'Kadar bulanan (RM)', 'TP3 majikan terdahulu', 'TP3 saraan (RM)', 'TP3 KWSP (RM)', 'TP3 PCB (RM)', 'TP3 zakat (RM)', 'TP3 pelepasan TP1 (RM)', 'Rujukan CP38', 'CP38 sebulan (RM)', 'CP38 bulan pertama', 'CP38 bulan terakhir', 'Catatan'],
  en: ['Name', 'ID type', 'ID number', 'PERKESO ID', 'Date of birth', 'Gender', 'Nationality', 'Domestic worker', 'Hire date', 'Leave date', 'Leave reason', 'PERKESO registered date', 'First insured at 55', 'No EIS before 57', 'Pays LINDUNG', 'EPF member number', 'EPF status', 'Keeps 11 % EPF', 'Keeps 11 % from', 'Income tax number', 'Tax resident', 'Marital status', 'Spouse working', 'Disabled', 'Spouse disabled', 'Children under 18', 'Children in higher education', 'Disabled children', 'Disabled children in higher education', 'Bank', 'Bank account', 'Payslip language', 'Job title', 'Staff number', 'Monthly rate (RM)', 'TP3 previous employer', 'TP3 remuneration (RM)', 'TP3 EPF (RM)', 'TP3 PCB (RM)', 'TP3 zakat (RM)', 'TP3 TP1 reliefs (RM)', 'CP38 reference', 'CP38 each month (RM)', 'CP38 first month', 'CP38 last month', 'Notes'],
};

let apps: RecordsApp[] = [];
beforeEach(() => {
  apps = [];
});
afterEach(() => apps.forEach((a) => a.dispose()));
async function started(locale: Locale) {
  const app = appIn(locale);
  apps.push(app);
  const company = await app.call<{ id: number }>('companies:create', { name: 'Kedai Runcit Ali', employerCode: 'A3700012345B' });
  return { app, companyId: company.id };
}

describe('issue 12 item 7: import in the user’s language', () => {
  for (const locale of ['ms', 'en'] as const) {
    it(`issue 12 item 7 (${locale}): the CSV and .xlsx templates carry the headers of the UI language, and a filled one imports`, async () => {
      const { app, companyId } = await started(locale);
      const csv = await app.call<ExportedFile>('import:template', { kind: 'employees', format: 'csv' });
      expect(csv.fileName).toBe(locale === 'ms' ? 'templat-pekerja.csv' : 'employees-template.csv');
      expect(csv.content).toBe(`\uFEFF${HEADERS[locale].join(',')}\r\n`);

      const xlsx = await app.call<ExportedFile>('import:template', { kind: 'employees', format: 'xlsx' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(xlsx.content, 'base64') as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADERS[locale]);
      // ID and date columns are text: Excel keeps 001231-… and 01/03/2025 as typed.
      expect(sheet.getColumn(3).numFmt).toBe('@');
      expect(sheet.getColumn(9).numFmt).toBe('@');

      sheet.getRow(2).values = ['Ali bin Abu', '', '900101-14-5677', '', '', '', '', '', '01/03/2024'];
      const file = writeUserFile(app, xlsx.fileName, Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(await importReport(app, 'employees', file, { companyId })).toMatchObject({ committed: true, created: 1, errors: [] });
      expect(app.services.db.prepare('SELECT name, hire_date FROM employees').get()).toEqual({ name: 'Ali bin Abu', hire_date: '2024-03-01' });

      const wages = await app.call<ExportedFile>('import:template', { kind: 'wages', format: 'csv' });
      expect(wages.content.split('\r\n')[0]).toBe(
        locale === 'ms'
          ? '\uFEFFNo KP,Gaji pokok (RM),Lebih masa (RM),Komisen (RM),Elaun (RM),Bayaran cuti (RM),Tunggakan gaji (RM),Bonus (RM),Elaun perjalanan (RM),Bayaran balik (RM),Ganjaran (RM),Hadiah (RM),Caj perkhidmatan (RM),Bayaran ganti notis (RM),Yuran pengarah (RM),Cuti tanpa gaji (RM),Pendahuluan gaji (RM),Bayaran balik pinjaman (RM),Potongan lain (RM),Zakat (RM),Potongan lain untuk,Jam lebih masa (hari biasa),Jam lebih masa (hari rehat),Jam lebih masa (cuti umum),Cuti tanpa gaji (hari),Peristiwa,Catatan'
          : '\uFEFFID number,Basic (RM),Overtime (RM),Commission (RM),Allowance (RM),Leave pay (RM),Arrears (RM),Bonus (RM),Travel allowance (RM),Reimbursement (RM),Gratuity (RM),Gift (RM),Service charge (RM),Payment in lieu of notice (RM),Director’s fee (RM),Unpaid leave (RM),Salary advance (RM),Loan repayment (RM),Other deduction (RM),Zakat (RM),Other deduction for,Overtime hours (normal days),Overtime hours (rest days),Overtime hours (public holidays),Unpaid leave (days),Event,Notes',
      );
    });
  }

  it('issue 12 item 7: errors name the user’s header (“No KP”), the MyKad length the way the form says it, and dates list every form, DD/MM/YYYY first', async () => {
    const { app, companyId } = await started('ms');
    const file = writeUserFile(app, 'pekerja.csv', 'Nama,No KP,Tarikh Mula\nAli,8001011456,01/03/2024\nSiti,850202-14-5678,3/31/2024\nAbu,10315145677,01/03/2024\n');
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors.map((e) => [e.row, e.column, e.field, e.key])).toEqual([
      [2, 'No KP', 'id_number', 'mykad.error.length'],
      [3, 'Tarikh Mula', 'hire_date', 'import.error.value.date'],
      [4, 'No KP', 'id_number', 'mykad.error.length'],
      [4, 'No KP', 'id_number', 'import.error.leadingZeros'],
    ]);
    expect(report.errors[0]!.message).toBe('Nombor MyKad mempunyai 12 digit; "8001011456" mempunyai 10.');
    expect(report.errors[1]!.message).toBe(`“3/31/2024” bukan tarikh. Tulis sebagai ${TYPED_DATE_FORMS}, contohnya 01/03/2025.`);
    expect(TYPED_DATE_FORMS.startsWith('DD/MM/YYYY')).toBe(true);
    expect(report.errors[3]!.message).toContain('010315145677');
  });

  it('issue 12 item 7: a missing column is named as the template in the user’s language names it', async () => {
    const { app, companyId } = await started('ms');
    const file = writeUserFile(app, 'pekerja.csv', 'Nama\nAli\n');
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 1, column: 'No KP', field: 'id_number', message: 'Lajur “No KP” tiada. Tambahkannya pada baris pertama.' })]);
  });

  it('issue 12 item 7: the caruman command reports an import in the chosen language', async () => {
    const { app } = await started('ms');
    const file = writeUserFile(app, 'pekerja.csv', 'Nama,No KP\nAli,8001011456\n');
    app.services.close();
    const run = await runCaruman(['import', 'employees', file, '--company', 'A3700012345B', '--dry-run'], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Larian cuba, tiada apa-apa ditulis. Baris: 1;');
    expect(run.stdout).toContain('ralat: baris 2, No KP: Nombor MyKad mempunyai 12 digit; "8001011456" mempunyai 10.');
    expect(run.stderr).toContain('baris bermasalah: 1; tiada apa-apa diimport');
    app.services.reopen();
  });
});
