// Payslips (issue 17) through the real router over a real SQLite file, read back with pdf.js:
// every figure a person reads, in the employee's language, one page per employee in the combined
// PDF, the year to date from the finalised months, and the careless cases (writing twice, a month
// that cannot be paid, a folder nobody chose, another company's employee), plus the real command.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp, hire, lineOf, pay, payrollOf, storeRefusedMonth } from './setup';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/cleanups';
import { spawnCaruman } from '../../helpers/cli';
import { createRouter } from '../../../main/api/router';
import { formatAmount } from '../../../shared/money/sen';
import type { PayslipPreview, PayslipsWritten } from '../../../shared/api/channels/payslips';

const app = useRecordsApp('2026-12-02');
const temp = useTempDirs();

/** Ali (payslip in Malay, a bank account) and Mei Ling (English, no bank): paid June (finalised) and July. */
async function shop() {
  const company = await app.company('A1', 'Kedai Runcit A1');
  const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673', payslipLanguage: 'ms', bankName: 'Maybank', bankAccount: '1140-2233-4455', staffNumber: 'K007' });
  const mei = await hire(app, company.id, { name: 'Tan Mei Ling', idNumber: '900303-10-5670', payslipLanguage: 'en' });
  for (const month of ['2026-06', '2026-07']) {
    await pay(app, company.id, month, [
      { employeeId: ali.id, items: { basic: '3000' } },
      { employeeId: mei.id, items: { basic: '2000', overtime: '150.50' }, deductions: { salary_advance: '200', other_deduction: '35' }, otherDeductionNote: 'Uniform' },
    ]);
  }
  await app.call('payroll:finalise', { companyId: company.id, month: '2026-06' });
  return { company, ali, mei };
}

async function preview(companyId: number, month: string, employeeId: number) {
  const file = await app.call<PayslipPreview>('payslips:preview', { companyId, month, employeeId });
  return { fileName: file.fileName, text: await pdfText(Buffer.from(file.base64, 'base64')) };
}

describe('payslips', () => {
  it('says every figure in the employee’s language, worked by hand, with the year to date of the finalised months', async () => {
    const { company, ali, mei } = await shop();
    const { fileName, text } = await preview(company.id, '2026-07', ali.id);
    expect(fileName).toBe('payslip-2026-07-960115145673.pdf');
    expect(text.pages).toHaveLength(1);
    expect(text.title).toBe('Slip Gaji Julai 2026 — Ali bin Abu');
    const page = text.all.replace(/\s+/g, ' '); // a long value wraps onto a second line
    for (const expected of ['Slip Gaji', 'Kedai Runcit A1 — Julai 2026', 'Ali bin Abu', '960115145673', 'K007', 'Akaun Maybank 1140-2233-4455', 'DRAF: Julai 2026 belum dimuktamadkan']) {
      expect(page).toContain(expected);
    }
    // RM3,000 basic: EPF 11 % = 330.00 and 13 % = 390.00 (Third Schedule, wages 2,980.01–3,000);
    // SOCSO 14.75 / 51.65 and EIS 5.90 / 5.90 (First Schedule row 2,900.01–3,000).
    expect(page).toMatch(/Gaji pokok 3,000\.00/);
    expect(page).toMatch(/Gaji kasar 3,000\.00/);
    expect(page).toMatch(/KWSP, pekerja 330\.00/);
    expect(page).toMatch(/PERKESO, pekerja 14\.75/);
    expect(page).toMatch(/SIP, pekerja 5\.90/);
    expect(page).toMatch(/KWSP, majikan 390\.00/);
    expect(page).toMatch(/PERKESO, majikan 51\.65/);
    expect(page).toMatch(/SIP, majikan 5\.90/);
    // Year to date: June (finalised) and July.
    expect(page).toContain('Setakat tahun ini (2026, hingga akhir Julai 2026)');
    expect(page).toMatch(/Gaji kasar 6,000\.00/);
    expect(page).toMatch(/KWSP, pekerja 660\.00/);
    // Net pay is the pay run's, to the sen, and gross − every deduction shown.
    const line = lineOf(await payrollOf(app, company.id, '2026-07'), ali.id);
    expect(page).toContain(`Gaji bersih: RM${formatAmount(line.payroll.netSen)}`);
    expect(page).toMatch(new RegExp(`Jumlah potongan ${formatAmount(300_000 - line.payroll.netSen).replace('.', '\\.')}`));

    const english = (await preview(company.id, '2026-07', mei.id)).text.all;
    for (const expected of ['Payslip', 'Tan Mei Ling', 'July 2026', 'No bank account recorded', 'Other deduction: Uniform 35.00', 'Salary advance recovered 200.00']) {
      expect(english).toContain(expected);
    }
    expect(english).toMatch(/Overtime 150\.50/);
    expect(english).toMatch(/Gross pay 2,150\.50/);
    expect(english).not.toContain('Gaji');
  });

  it('shows the overtime hours entered beside the overtime amount, by kind, in the employee’s language — and still once finalised', async () => {
    const company = await app.company('A1', 'Kedai Runcit A1');
    const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673', payslipLanguage: 'ms' });
    const mei = await hire(app, company.id, { name: 'Tan Mei Ling', idNumber: '900303-10-5670', payslipLanguage: 'en' });
    // Basic RM2,600: ordinary rate 2,600 ÷ 26 = 100.00 a day, hourly 100.00 ÷ 8 = 12.50.
    // 4:00 h on normal days × 1.5 × 12.50 = 75.00; 2:00 h on a rest day × 2 × 12.50 = 50.00; overtime 125.00.
    const hours = { normal: 240, restDay: 120, publicHoliday: 0 };
    await app.call('wages:set', {
      companyId: company.id,
      month: '2026-07',
      entries: [
        { employeeId: ali.id, items: { basic: '2600', overtime: '125' }, overtimeMinutes: hours },
        { employeeId: mei.id, items: { basic: '2600', overtime: '125' }, overtimeMinutes: hours },
      ],
    });
    const malay = (await preview(company.id, '2026-07', ali.id)).text.all.replace(/\s+/g, ' ');
    expect(malay).toMatch(/Kerja lebih masa 125\.00 termasuk 4:00 j pada hari biasa \(1\.5× kadar sejam\) termasuk 2:00 j pada hari rehat \(2× kadar sejam\)/);
    expect(malay).not.toContain('cuti umum'); // no hours on public holidays: no line for them
    const english = (await preview(company.id, '2026-07', mei.id)).text.all.replace(/\s+/g, ' ');
    expect(english).toMatch(/Overtime 125\.00 of which 4:00 h on normal days \(1\.5× the hourly rate\) of which 2:00 h on rest days \(2× the hourly rate\)/);
    expect(english).toMatch(/Gross pay 2,725\.00/);

    // Finalised, the payslip is the stored month's: the hours are kept with it.
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-07' });
    await app.call('wages:set', { companyId: company.id, month: '2026-08', entries: [{ employeeId: mei.id, items: { basic: '2600' } }] });
    const finalised = (await preview(company.id, '2026-07', mei.id)).text.all.replace(/\s+/g, ' ');
    expect(finalised).toContain('of which 4:00 h on normal days');
    expect(finalised).not.toContain('DRAFT');
    // A month without hours entered says nothing of hours.
    expect((await preview(company.id, '2026-08', mei.id)).text.all).not.toContain('of which');
  });

  it('writes one PDF per employee and a combined one with a page each; a finalised month is not a draft', async () => {
    const { company } = await shop();
    const folder = path.join(temp(), 'slips', 'jun');
    const written = await app.call<PayslipsWritten>('payslips:write', { companyId: company.id, month: '2026-06', folder });
    expect(written.files.map((f) => f.fileName)).toEqual(['payslip-2026-06-960115145673.pdf', 'payslip-2026-06-900303105670.pdf', 'payslips-2026-06-A1.pdf']);
    expect(fs.readdirSync(folder).sort()).toEqual(written.files.map((f) => f.fileName).sort());
    const combined = await pdfText(fs.readFileSync(path.join(folder, 'payslips-2026-06-A1.pdf')));
    expect(combined.pages).toHaveLength(2);
    expect(combined.pages[0]).toContain('Ali bin Abu');
    expect(combined.pages[0]).toContain('Slip Gaji');
    expect(combined.pages[0]).toContain('Halaman 1 daripada 2');
    expect(combined.pages[1]).toContain('Tan Mei Ling');
    expect(combined.pages[1]).toContain('Payslip');
    expect(combined.pages[1]).toContain('Page 2 of 2');
    expect(combined.all).not.toContain('DRAF');
    expect(combined.all).not.toContain('DRAFT');
  });

  it('never replaces payslips unasked, writes nothing for a month that cannot be paid, and refuses what is not its to give', async () => {
    const { company, ali, mei } = await shop();
    const folder = temp();
    await app.call('payslips:write', { companyId: company.id, month: '2026-07', folder });
    const before = fs.readFileSync(path.join(folder, 'payslips-2026-07-A1.pdf'));
    const again = await app.router.invoke('payslips:write', { companyId: company.id, month: '2026-07', folder });
    expect(again.ok ? null : [again.error.code, again.error.message]).toEqual(['CONFLICT', expect.stringContaining('already exists')]);
    expect(fs.readFileSync(path.join(folder, 'payslips-2026-07-A1.pdf'))).toEqual(before);
    await app.call('payslips:write', { companyId: company.id, month: '2026-07', folder, replace: true });

    // Mei Ling's deductions exceed her pay in August: no payslips at all, saying who and why.
    storeRefusedMonth(app, company.id, '2026-08', [
      { employeeId: ali.id, items: { basic: '3000' } },
      { employeeId: mei.id, items: { basic: '500' }, deductions: { loan_repayment: '900' } },
    ]);
    const augustFolder = path.join(temp(), 'aug');
    const refused = await app.router.invoke('payslips:write', { companyId: company.id, month: '2026-08', folder: augustFolder });
    expect(refused.ok ? null : refused.error.message).toContain('Tan Mei Ling (900303105670)');
    expect(fs.existsSync(augustFolder)).toBe(false);

    const nobody = await app.router.invoke('payslips:write', { companyId: company.id, month: '2026-09', folder: augustFolder });
    expect(nobody.ok ? null : nobody.error.message).toBe('Nobody is paid in September 2026, so there are no payslips. Enter the month’s wages first.');
    const other = await app.company('B2', 'Kedai B2');
    const bob = await hire(app, other.id, { name: 'Bob', idNumber: '800101-14-5679' });
    const foreign = await app.router.invoke('payslips:preview', { companyId: company.id, month: '2026-07', employeeId: bob.id });
    expect(foreign.ok ? null : foreign.error.code).toBe('NOT_FOUND');
    const badMonth = await app.router.invoke('payslips:write', { companyId: company.id, month: '2026-7', folder });
    expect(badMonth.ok ? null : badMonth.error.field).toBe('month');

    // The app's transport: a folder nobody chose in a dialog is refused.
    const appRouter = createRouter(app.services, { locale: () => 'en', logError: () => {}, paths: 'chosen' });
    const unchosen = await appRouter.invoke('payslips:write', { companyId: company.id, month: '2026-07', folder: temp() });
    expect(unchosen.ok ? null : unchosen.error.code).toBe('FORBIDDEN');
  });

  it('`caruman payslips` writes the month’s payslips into --out, and refuses to replace them unasked', async () => {
    const { company } = await shop();
    void company;
    const out = path.join(temp(), 'out');
    const run = await spawnCaruman(['payslips', '--company', 'A1', '--month', '2026-07', '--out', out], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 files written to');
    expect(fs.readdirSync(out).sort()).toEqual(['payslip-2026-07-900303105670.pdf', 'payslip-2026-07-960115145673.pdf', 'payslips-2026-07-A1.pdf']);
    const second = await spawnCaruman(['payslips', '--company', 'A1', '--month', '2026-07', '--out', out], app.dataDir);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect((await spawnCaruman(['payslips', '--company', 'A1', '--month', '2026-07'], app.dataDir)).code).toBe(2);
  });
});
