import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../helpers/records';
import { tempDirsPerTest } from '../helpers/temp-dirs';
import { mykadNumber } from '../helpers/generate';
import { ringgitToSen } from '../../shared/money/sen';
import { checkAssistFile } from '../../shared/assist';
import type { ArrearsReport, BulkGenerationReport, DashboardRow, MonthTotals } from '../../shared/api/channels/month-end';
import type { EmployeeWithWarnings } from '../../shared/domain/employee';

const SPEC_TABLES = path.resolve('shared/statutory/tables');
/** The row of a PERKESO table (read straight from the CSV) whose band holds these wages. */
function tableRow(file: string, wages: string): { employer: number; employee: number } {
  const sen = ringgitToSen(wages);
  for (const line of fs.readFileSync(path.join(SPEC_TABLES, file), 'utf8').trim().split('\n').slice(1)) {
    const [from, to, employer, employee] = line.split(',');
    if (sen >= ringgitToSen(from!) && (to === '' || sen <= ringgitToSen(to!))) {
      return { employer: ringgitToSen(employer!), employee: ringgitToSen(employee!) };
    }
  }
  throw new Error(`no band for ${wages} in ${file}`);
}

const folder = tempDirsPerTest('caruman-out-');
const app = useRecordsApp('2026-11-25');

async function companyWith(code: string, people: { wages: string | null; hireDate?: string; registered?: string | null }[]) {
  const company = await app.company(code, `Kedai ${code}`);
  const employees: EmployeeWithWarnings[] = [];
  for (const [i, p] of people.entries()) {
    employees.push(
      await app.call('employees:create', {
        companyId: company.id,
        employee: {
          name: `Pekerja ${code} ${i}`,
          idNumber: mykadNumber(i + code.length * 100 + code.charCodeAt(0) * 1000),
          hireDate: p.hireDate ?? '2020-01-01',
          ...(p.registered === null ? {} : { perkesoRegisteredDate: p.registered ?? '2020-01-05' }),
        },
      }),
    );
  }
  return { company, employees };
}

async function enterWages(companyId: number, month: string, employees: EmployeeWithWarnings[], wages: (string | null)[]) {
  const entries = employees.flatMap((e, i) => (wages[i] === null ? [] : [{ employeeId: e.id, items: { basic: wages[i]! } }]));
  if (entries.length) await app.call('wages:set', { companyId, month, entries });
}

describe('the month-end dashboard', () => {
  it('shows each company’s stage, deadline, overdue interest and late registrations', async () => {
    const month = '2026-10'; // due 2026-11-15; today is 2026-11-25: ten days late
    await companyWith('A1', [{ wages: null }]);
    const partial = await companyWith('B2', [{ wages: null }, { wages: null }]);
    await enterWages(partial.company.id, month, partial.employees, ['2000', null]);
    const ready = await companyWith('C3', [{ wages: null }]);
    await enterWages(ready.company.id, month, ready.employees, ['3000']);
    const generated = await companyWith('D4', [{ wages: null }]);
    await enterWages(generated.company.id, month, generated.employees, ['3000']);
    await app.call('assist:generate', { companyId: generated.company.id, month, folder: folder() });
    const changed = await companyWith('E5', [{ wages: null }]);
    await enterWages(changed.company.id, month, changed.employees, ['3000']);
    await app.call('assist:generate', { companyId: changed.company.id, month, folder: folder() });
    await enterWages(changed.company.id, month, changed.employees, ['3100']);
    const paid = await companyWith('F6', [{ wages: null }, { wages: null, hireDate: '2026-09-01', registered: null }]);
    await enterWages(paid.company.id, month, paid.employees, ['3000', '1500']);
    app.services.receipts.monthStatus.set(paid.company.id, month, 'paid');

    const rows = await app.call<DashboardRow[]>('monthEnd:dashboard', { month });
    const byCode = Object.fromEntries(rows.map((r) => [r.company.employerCode, r]));
    expect(byCode.A1).toMatchObject({ stage: 'not_started', wagesEntered: 0, employees: 1, overdue: false, interestEstimateSen: 0 });
    expect(byCode.B2).toMatchObject({ stage: 'wages_incomplete', wagesEntered: 1, employees: 2, wagesComplete: false });
    expect(byCode.C3).toMatchObject({ stage: 'ready', wagesComplete: true, filesGenerated: false });
    expect(byCode.D4).toMatchObject({ stage: 'generated', filesGenerated: true, filesOutOfDate: false });
    expect(byCode.E5).toMatchObject({ stage: 'generated', filesOutOfDate: true });
    expect(byCode.F6).toMatchObject({ stage: 'paid', overdue: false, interestEstimateSen: 0, lateRegistrations: 1 });
    for (const row of rows) expect(row).toMatchObject({ dueDate: '2026-11-15', daysToDeadline: -10 });

    // Unpaid and ten days late: an RM3,000 employee's month is far below the RM5 minimum by the daily rate.
    expect(byCode.C3!.overdue).toBe(true);
    expect(byCode.C3!.interestEstimateSen).toBe(500);
  });

  it('estimates interest by the day over several months', async () => {
    const { company, employees } = await companyWith('A1', Array.from({ length: 40 }, () => ({ wages: null })));
    await enterWages(company.id, '2026-06', employees, employees.map(() => '6000'));
    const [row] = await app.call<DashboardRow[]>('monthEnd:dashboard', { month: '2026-06' });
    // Due 2026-07-15; 2026-11-25 is 133 days later. Interest = total × 6 % × 133 / 365, rounded to the sen.
    expect(row!.daysToDeadline).toBe(-133);
    const expected = Math.round((row!.contributionSen * 6 * 133) / 100 / 365);
    expect(row!.interestEstimateSen).toBe(expected);
    expect(row!.interestEstimateSen).toBeGreaterThan(500);
  });
});

describe('bulk generation', () => {
  it('writes each company’s files into its own folder, skips unfinished ones and saves a summary', async () => {
    const out = folder();
    for (let c = 0; c < 50; c++) {
      const code = `C${String(c).padStart(4, '0')}`;
      const { company, employees } = await companyWith(code, [{ wages: null }, { wages: null }, { wages: null }]);
      await enterWages(company.id, '2026-07', employees, c === 7 ? ['1000', null, '1000'] : ['1800', '2500.50', '7000']);
    }
    const report = await app.call<BulkGenerationReport>('monthEnd:generateAll', { month: '2026-07', outDir: out });
    expect(report).toMatchObject({ generated: 49, skipped: 1, failed: 0 });
    expect(report.results.find((r) => r.employerCode === 'C0007')).toMatchObject({
      outcome: 'skipped',
      reason: { key: 'monthEnd.bulk.incomplete' },
    });
    for (const result of report.results.filter((r) => r.outcome === 'generated')) {
      const files = fs.readdirSync(path.join(out, result.employerCode)).sort();
      // From 2026-06 the one SOCSO + EIS + LINDUNG file alone (STATUTORY.md §2.2).
      expect(files).toEqual([`SOCSO-EIS-LINDUNG_${result.employerCode}_072026.txt`]);
      for (const file of files) {
        const checked = checkAssistFile({ bytes: fs.readFileSync(path.join(out, result.employerCode, file)), fileName: file, today: '2026-11-25' });
        expect(checked.problems.filter((p) => p.severity === 'error'), file).toEqual([]);
      }
    }
    const summary = fs.readFileSync(report.summaryFile, 'utf8').trim().split('\r\n');
    expect(summary).toHaveLength(51);
    expect(summary[0]).toBe('employer_code,company,outcome,files,records,total_rm,note');
  });

  it('reports a company whose files already exist as failed and carries on with the rest', async () => {
    const out = folder();
    const a = await companyWith('A1', [{ wages: null }]);
    const b = await companyWith('B2', [{ wages: null }]);
    await enterWages(a.company.id, '2026-07', a.employees, ['2000']);
    await enterWages(b.company.id, '2026-07', b.employees, ['2000']);
    await app.call('monthEnd:generateAll', { month: '2026-07', outDir: out, companyIds: [a.company.id] });
    const again = await app.call<BulkGenerationReport>('monthEnd:generateAll', { month: '2026-07', outDir: out });
    expect(again.results.map((r) => [r.employerCode, r.outcome])).toEqual([
      ['A1', 'failed'],
      ['B2', 'generated'],
    ]);
    expect(again.results[0]!.reason?.key).toBe('assist.error.fileExists');
  });
});

describe('arrears', () => {
  async function arrearsAfterRaise(month: string, from: string, to: string) {
    const { company, employees } = await companyWith('A1', [{ wages: null }]);
    await enterWages(company.id, month, employees, [from]);
    await app.call('assist:generate', { companyId: company.id, month, folder: folder() });
    await enterWages(company.id, month, employees, [to]);
    return app.call<ArrearsReport>('monthEnd:arrears', { companyId: company.id, month });
  }

  it('uses that month’s own table: a raise above RM5,000 in September 2024 changes nothing (RM5,000 ceiling)', async () => {
    const report = await arrearsAfterRaise('2024-09', '5000', '5800');
    expect(report.lines).toEqual([]);
    expect(report.statement.map((s) => s.key)).toEqual(['monthEnd.arrears.none']);
  });

  it('and the same raise in October 2024 (RM6,000 ceiling) gives the difference per scheme from the 2024-10 tables', async () => {
    const report = await arrearsAfterRaise('2024-10', '5000', '5800');
    const socsoOld = tableRow('socso_first_2024-10.csv', '5000');
    const socsoNew = tableRow('socso_first_2024-10.csv', '5800');
    const eisOld = tableRow('eis_2024-10.csv', '5000');
    const eisNew = tableRow('eis_2024-10.csv', '5800');
    expect(report.lines.map((l) => [l.scheme, l.employerDifferenceSen, l.employeeDifferenceSen])).toEqual([
      ['socso', socsoNew.employer - socsoOld.employer, socsoNew.employee - socsoOld.employee],
      ['eis', eisNew.employer - eisOld.employer, eisNew.employee - eisOld.employee],
    ]);
    expect(report.totals.totalSen).toBe(socsoNew.employer + socsoNew.employee + eisNew.employer + eisNew.employee - socsoOld.employer - socsoOld.employee - eisOld.employer - eisOld.employee);
    expect(report.statement.at(-1)!.key).toBe('monthEnd.arrears.noFile');
    expect(report.statement[1]!.message).toContain('RM5,000.00 → RM5,800.00');
  });

  it('says so when the month was never generated', async () => {
    const { company } = await companyWith('A1', [{ wages: null }]);
    const report = await app.call<ArrearsReport>('monthEnd:arrears', { companyId: company.id, month: '2024-10' });
    expect(report).toMatchObject({ runId: null, lines: [], statement: [{ key: 'monthEnd.arrears.neverGenerated' }] });
  });
});

describe('history and the auditor’s year', () => {
  it('sums contributions and headcount per month, for one company and for all', async () => {
    const a = await companyWith('A1', [{ wages: null }, { wages: null }]);
    const b = await companyWith('B2', [{ wages: null }]);
    await enterWages(a.company.id, '2026-09', a.employees, ['2000', '3000']);
    await enterWages(a.company.id, '2026-10', a.employees, ['2000', null]);
    await enterWages(b.company.id, '2026-10', b.employees, ['4000']);
    const one = await app.call<MonthTotals[]>('monthEnd:history', { companyId: a.company.id, lastMonth: '2026-10', months: 3 });
    expect(one.map((m) => [m.month, m.headcount])).toEqual([
      ['2026-08', 0],
      ['2026-09', 2],
      ['2026-10', 1],
    ]);
    const all = await app.call<MonthTotals[]>('monthEnd:history', { companyId: null, lastMonth: '2026-10', months: 1 });
    const octA = (await app.call<{ totals: { totalSen: number } }>('wages:sheet', { companyId: a.company.id, month: '2026-10' })).totals.totalSen;
    const octB = (await app.call<{ totals: { totalSen: number } }>('wages:sheet', { companyId: b.company.id, month: '2026-10' })).totals.totalSen;
    expect(all).toEqual([expect.objectContaining({ month: '2026-10', headcount: 2, totalSen: octA + octB })]);
  });

  it('exports a company’s year with wages, contributions, generated files and an index, never over an existing folder', async () => {
    const { company, employees } = await companyWith('A1', [{ wages: null }]);
    const out = folder();
    const files = folder();
    await enterWages(company.id, '2026-03', employees, ['2000']);
    await app.call('assist:generate', { companyId: company.id, month: '2026-03', folder: files });
    await enterWages(company.id, '2026-04', employees, ['2100']);
    const result = await app.call<{ folder: string; months: string[] }>('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out });
    expect(result.months).toEqual(['2026-03', '2026-04']);
    const listed = fs.readFileSync(path.join(result.folder, 'index.csv'), 'utf8');
    expect(listed).toContain('2026-03,assist-file,assist-files/2026-03/SOCSO_A1_032026.txt');
    expect(listed).toContain('2026-04,wages,wages/2026-04.csv');
    expect(fs.readFileSync(path.join(result.folder, 'assist-files/2026-03/SOCSO_A1_032026.txt'))).toEqual(
      fs.readFileSync(path.join(files, 'SOCSO_A1_032026.txt')),
    );
    expect(fs.readFileSync(path.join(result.folder, 'index.html'), 'utf8')).toContain('Kedai A1 (A1): PERKESO contributions 2026');
    const again = await app.router.invoke('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a relative output folder', async () => {
    const result = await app.router.invoke('monthEnd:generateAll', { month: '2026-07', outDir: 'out' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'outDir' } });
  });
});

