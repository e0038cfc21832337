// The pay run's files for the accountant (issue 17): the payroll summary and the journal, from a
// month the real pay run computed over a real SQLite file, written through payroll:export as CSV
// and .xlsx (read back with exceljs). The figures are worked by hand below from the PERKESO and
// KWSP tables (shared/spec), never taken from the code under test.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, hire, pay, payrollOf, type RecordsApp, storeRefusedMonth } from './setup';
import { parseCsv } from '../../../shared/csv/csv';
import { journalLines, journalTotals } from '../../../shared/payroll/journal';
import type { PayrollReportWritten } from '../../../shared/api/channels/payroll-exports';
import { runCaruman } from '../../helpers/cli';

let app: RecordsApp;
let out: string;
beforeEach(() => {
  app = createRecordsApp('2026-08-05');
  out = path.join(app.dataDir, 'out');
  fs.mkdirSync(out);
  app.services.chosenPaths.grant('companyFolder', out);
});
afterEach(() => app.dispose());

/**
 * July 2026, two citizens (SOCSO first category, EPF Part A of October 2025, LINDUNG from June 2026):
 * - Ali: basic 3,000, zakat 30. EPF wages 3,000 → 330.00 / employer 390.00 (Part A 2980.01–3000);
 *   SOCSO 3,000 → 14.75 / 51.65; EIS 5.90 / 5.90; LINDUNG 22.15; PCB: 36,000 − EPF 3,960 − relief
 *   9,000 = 23,040 chargeable, tax 241.20 − rebate 400 → 0. Deductions 402.80, net 2,597.20.
 * - Siti: basic 1,800, overtime 200, reimbursement 100, salary advance 50. EPF wages 1,800 (overtime
 *   is not EPF wages) → 198.00 / 234.00; SOCSO and EIS wages 2,000 → 9.75 / 34.15 and 3.90 / 3.90;
 *   LINDUNG 14.65; PCB 0 (24,000 − 2,376 − 9,000 = 12,624 → 76.24 − 400). Gross 2,100,
 *   deductions 276.30, net 1,823.70.
 */
async function handWorkedCompany(name = 'Ali bin Abu') {
  const company = await app.company('A1', 'Kedai A1');
  const ali = await hire(app, company.id, { name, idNumber: '960115-14-5673', bankName: 'Maybank', bankAccount: '114022334455' });
  const siti = await hire(app, company.id, { name: 'Siti Aminah', idNumber: '900303-10-5670', bankName: 'CIMB', bankAccount: '800112233' });
  await pay(app, company.id, '2026-07', [
    { employeeId: ali.id, items: { basic: '3000' }, deductions: { zakat: '30' } },
    { employeeId: siti.id, items: { basic: '1800', overtime: '200', reimbursement: '100' }, deductions: { salary_advance: '50' } },
  ]);
  return company;
}

const exportReport = (companyId: number, kind: string, format: 'csv' | 'xlsx' = 'csv', extra: Record<string, unknown> = {}) =>
  app.call<PayrollReportWritten>('payroll:export', { companyId, month: '2026-07', kind, format, folder: out, ...extra });

function csvRows(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`not CSV: ${JSON.stringify(parsed.error)}`);
  return parsed.rows;
}

async function xlsxRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('payroll summary', () => {
  it('has one row per employee with every item and deduction, employer costs, net, and the totals (hand-worked)', async () => {
    const company = await handWorkedCompany();
    const written = await exportReport(company.id, 'summary');
    expect(written.fileName).toBe('payroll-summary-2026-07-A1-DRAFT.csv');
    expect(written.draft).toBe(true);
    const rows = csvRows(written.path);
    expect(rows[0]).toEqual([
      'Name', 'ID number', 'Basic salary', 'Overtime', 'Reimbursements', 'Gross pay', 'EPF (employee)', 'SOCSO (employee)', 'EIS (employee)',
      'LINDUNG (employee)', 'PCB', 'Zakat deducted from pay', 'Salary advance recovered', 'Total deductions', 'Net pay', 'EPF (employer)',
      'SOCSO (employer)', 'EIS (employer)', 'Employer contributions', 'Cost to employer',
    ]);
    const byName = (name: string) => rows.find((r) => r[0] === name);
    expect(byName('Ali bin Abu')).toEqual(['Ali bin Abu', '960115145673', '3000.00', '0.00', '0.00', '3000.00', '330.00', '14.75', '5.90', '22.15', '0.00', '30.00', '0.00', '402.80', '2597.20', '390.00', '51.65', '5.90', '447.55', '3447.55']);
    expect(byName('Siti Aminah')).toEqual(['Siti Aminah', '900303105670', '1800.00', '200.00', '100.00', '2100.00', '198.00', '9.75', '3.90', '14.65', '0.00', '0.00', '50.00', '276.30', '1823.70', '234.00', '34.15', '3.90', '272.05', '2372.05']);
    expect(rows[3]).toEqual(['Total (2 employees)', '', '4800.00', '200.00', '100.00', '5100.00', '528.00', '24.50', '9.80', '36.80', '0.00', '30.00', '50.00', '679.10', '4420.90', '624.00', '85.80', '9.80', '719.60', '5819.60']);
    expect(rows).toHaveLength(4);
  });

  it('reads back from the .xlsx with amounts as numbers and the same cells, headers in Malay when asked', async () => {
    const company = await handWorkedCompany();
    const written = await exportReport(company.id, 'summary', 'xlsx', { locale: 'ms' });
    expect(written.fileName).toBe('payroll-summary-2026-07-A1-DRAFT.xlsx');
    const rows = await xlsxRows(written.path);
    expect(rows[0]!.slice(0, 6)).toEqual(['Nama', 'No. kad pengenalan', 'Gaji pokok', 'Kerja lebih masa', 'Bayaran balik', 'Gaji kasar']);
    const ali = rows.find((r) => r[0] === 'Ali bin Abu')!;
    expect(ali[1]).toBe('960115145673'); // text: an ID keeps its digits
    expect(ali[14]).toBe(2597.2);
    expect(rows[3]![0]).toBe('Jumlah (2 pekerja)');
    expect(rows[3]![19]).toBe(5819.6);
  });

  it('writes a formula-shaped name as text: guarded in the CSV, a plain string in the workbook', async () => {
    const company = await handWorkedCompany('=HYPERLINK("http://x","y")');
    const csv = fs.readFileSync((await exportReport(company.id, 'summary')).path, 'utf8');
    expect(csv).not.toMatch(/(^|\n|,|")=HYPERLINK/);
    expect(csv).toContain(`'=HYPERLINK`);
    const rows = await xlsxRows((await exportReport(company.id, 'summary', 'xlsx')).path);
    expect(rows.map((r) => r[0])).toContain('=HYPERLINK("http://x","y")'); // a string value, never { formula }
  });

  it('drops DRAFT from the name once the month is finalised, and never replaces a file unasked', async () => {
    const company = await handWorkedCompany();
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-07' });
    const written = await exportReport(company.id, 'summary');
    expect(written).toMatchObject({ fileName: 'payroll-summary-2026-07-A1.csv', draft: false });
    await expect(exportReport(company.id, 'summary')).rejects.toThrow(/CONFLICT/);
    await expect(exportReport(company.id, 'summary', 'csv', { replace: true })).resolves.toMatchObject({ draft: false });
  });

  it('refuses a month where nobody is paid, and one where someone cannot be paid as entered, naming them', async () => {
    const company = await app.company('A1', 'Kedai A1');
    await expect(exportReport(company.id, 'summary')).rejects.toThrow(/Nobody is paid in/);
    const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673' });
    storeRefusedMonth(app, company.id, '2026-07', [{ employeeId: ali.id, items: { basic: '500' }, deductions: { loan_repayment: '900' } }]);
    await expect(exportReport(company.id, 'journal')).rejects.toThrow(/The journal for July 2026 was not made: .*Ali bin Abu \(960115145673\)/);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('payroll journal', () => {
  it('posts the month as one balanced entry (hand-worked)', async () => {
    const company = await handWorkedCompany();
    const rows = csvRows((await exportReport(company.id, 'journal')).path);
    expect(rows[0]).toEqual(['Date', 'Account', 'Debit (RM)', 'Credit (RM)', 'Reference']);
    const entry = rows.slice(1).map((r) => [r[1], r[2], r[3]]);
    expect(entry).toEqual([
      ['Salaries and wages (expense)', '5000.00', ''],
      ['Staff claims reimbursed', '100.00', ''],
      ['EPF, employer’s share (expense)', '624.00', ''],
      ['SOCSO, employer’s share (expense)', '85.80', ''],
      ['EIS, employer’s share (expense)', '9.80', ''],
      ['EPF payable (KWSP)', '', '1152.00'],
      ['SOCSO payable (PERKESO)', '', '110.30'],
      ['EIS payable (PERKESO)', '', '19.60'],
      ['LINDUNG payable (PERKESO)', '', '36.80'],
      ['Zakat payable', '', '30.00'],
      ['Salary advances to staff (recovered)', '', '50.00'],
      ['Net wages payable', '', '4420.90'],
      ['Total', '5819.60', '5819.60'],
    ]);
    expect(rows[1]![0]).toBe('2026-07-31');
    expect(rows[1]![4]).toBe('GAJI 2026-07');
  });

  it('posts a correction of a finalised month as wages, with the SOCSO, EIS and LINDUNG arrears payable (hand-worked)', async () => {
    const company = await handWorkedCompany();
    const [ali, siti] = (await payrollOf(app, company.id, '2026-07')).lines.map((l) => l.employee).sort((a, b) => a.name.localeCompare(b.name));
    await pay(app, company.id, '2026-06', [
      { employeeId: ali!.id, items: { basic: '3000' }, deductions: { zakat: '30' } },
      { employeeId: siti!.id, items: { basic: '1800', overtime: '200', reimbursement: '100' }, deductions: { salary_advance: '50' } },
    ]);
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-06' });
    await app.call('payroll:addCorrection', { companyId: company.id, employeeId: siti!.id, forMonth: '2026-06', paidMonth: '2026-07', amount: '300', reason: 'Overtime left out' });
    // Siti's June SOCSO wages 2,000 → 2,300: SOCSO 39.35 / 11.25 less 34.15 / 9.75 = 5.20 / 1.50; EIS 4.50 less 3.90 = 0.60 each;
    // LINDUNG 16.85 less 14.65 = 2.20. EPF counts the arrears in July: wages 2,100 → 231.00 / 273.00 (Part A 2080.01–2100).
    const rows = csvRows((await exportReport(company.id, 'journal')).path);
    const amountOf = (account: string, column: 2 | 3) => rows.find((r) => r[1] === account)?.[column] ?? '';
    expect(amountOf('Salaries and wages (expense)', 2)).toBe('5300.00');
    expect(amountOf('EPF, employer’s share (expense)', 2)).toBe('663.00');
    expect(amountOf('SOCSO, employer’s share (expense)', 2)).toBe('91.00');
    expect(amountOf('EIS, employer’s share (expense)', 2)).toBe('10.40');
    expect(amountOf('EPF payable (KWSP)', 3)).toBe('1224.00');
    expect(amountOf('SOCSO payable (PERKESO)', 3)).toBe('117.00');
    expect(amountOf('EIS payable (PERKESO)', 3)).toBe('20.80');
    expect(amountOf('LINDUNG payable (PERKESO)', 3)).toBe('39.00');
    // PCB on the arrears is the PCB engine's (additional remuneration); net pay is what is left of it.
    const pcbSen = Math.round(Number(amountOf('PCB payable (LHDN)', 3) || '0') * 100);
    expect(amountOf('Net wages payable', 3)).toBe(((468_360 - pcbSen) / 100).toFixed(2));
    expect(rows.at(-1)).toEqual(['', 'Total', '6164.40', '6164.40', '']);
  });

  it('balances to the sen for generated companies (random pay items and deductions, the HRD Corp levy)', async () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const amount = (max: number) => (Math.floor(random() * max * 100) / 100).toFixed(2);
    for (let c = 0; c < 3; c++) {
      const company = await app.company(`G${c}`, `Generated ${c}`);
      await app.call('companies:update', { id: company.id, hrdLevy: c === 0 ? 'one_percent' : 'none' });
      const entries = [];
      for (let e = 0; e < 12; e++) {
        const ic = `${70 + ((c * 12 + e) % 30)}0${1 + (e % 9)}1${e % 10}-14-${String(5001 + c * 100 + e * 2).padStart(4, '0')}`;
        const employee = await hire(app, company.id, { name: `Pekerja ${c}-${e}`, idNumber: ic, bankAccount: `1000${c}${e}` });
        const items: Record<string, string> = { basic: amount(6000) };
        for (const item of ['overtime', 'commission', 'allowance', 'bonus', 'travel_allowance', 'reimbursement', 'gift', 'gratuity', 'directors_fee', 'service_charge']) {
          if (random() < 0.3) items[item] = amount(1500);
        }
        const deductions: Record<string, string> = {};
        for (const d of ['zakat', 'salary_advance', 'loan_repayment', 'other_deduction', 'unpaid_leave']) if (random() < 0.25) deductions[d] = amount(80);
        entries.push({ employeeId: employee.id, items, deductions, ...(deductions.other_deduction ? { otherDeductionNote: 'Uniform' } : {}) });
      }
      await pay(app, company.id, '2026-07', entries);
      const month = await payrollOf(app, company.id, '2026-07');
      expect(month.refusals).toEqual([]);
      const lines = journalLines(month);
      const { debitSen, creditSen } = journalTotals(lines);
      expect(debitSen).toBe(creditSen);
      // Debits are what the month costs the employer; net wages payable is what staff are paid.
      expect(debitSen).toBe(month.lines.reduce((s, l) => s + l.payroll.grossSen + l.payroll.employer.totalSen, 0) + month.totals.hrdLevySen);
      expect(lines.find((l) => l.account === 'netPayable')!.creditSen).toBe(month.lines.reduce((s, l) => s + l.payroll.netSen, 0));
      if (c === 0) expect(lines.some((l) => l.account === 'hrdLevy')).toBe(true);
    }
  });

  it('reads back from the .xlsx with debits equal to credits', async () => {
    const company = await handWorkedCompany();
    const rows = await xlsxRows((await exportReport(company.id, 'journal', 'xlsx')).path);
    const body = rows.slice(1, -1);
    const sum = (i: number) => body.reduce((s: number, r) => s + Math.round(Number(r[i] ?? 0) * 100), 0);
    expect(sum(2)).toBe(581_960);
    expect(sum(3)).toBe(581_960);
    expect(rows.at(-1)!.slice(1, 4)).toEqual(['Total', 5819.6, 5819.6]);
  });
});

describe('caruman export --format payroll-summary|journal|payment-list', () => {
  it('writes each report for one company, as CSV or with --xlsx, and says a draft is a draft', async () => {
    await handWorkedCompany();
    const run = (...args: string[]) => runCaruman(['export', '--company', 'A1', '--month', '2026-07', '--out', out, ...args], app.dataDir);
    const journal = await run('--format', 'journal', '--xlsx');
    expect(journal.stderr).toBe('');
    expect(journal.code).toBe(0);
    expect(journal.stdout).toContain(path.join(out, 'payroll-journal-2026-07-A1-DRAFT.xlsx'));
    expect(journal.stdout).toContain('July 2026 is not finalised');
    const list = await run('--format', 'payment-list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ fileName: 'payment-list-2026-07-A1.csv', rows: 2, draft: true });
    expect(fs.readFileSync(path.join(out, 'payment-list-2026-07-A1.csv'), 'utf8')).toContain('Total (2 employees),,,,4420.90,');
    expect((await run('--format', 'payroll-summary')).code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['payment-list-2026-07-A1.csv', 'payroll-journal-2026-07-A1-DRAFT.xlsx', 'payroll-summary-2026-07-A1-DRAFT.csv']);
    // Mixed with the upload files, or for every company: a usage error, nothing written.
    expect((await run('--format', 'journal,lindung')).code).toBe(2);
    expect((await runCaruman(['export', '--all', '--month', '2026-07', '--out', out, '--format', 'journal'], app.dataDir)).code).toBe(2);
    expect((await run('--xlsx')).code).toBe(2);
  });
});
