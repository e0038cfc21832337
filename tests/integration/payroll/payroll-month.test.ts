// A company-month's payroll through the real router over a real SQLite file (issue 17): every
// employee paid, gross − every deduction = net, the SOCSO figures the ASSIST files use, who is not
// paid, a refusal that names the employee, the HRD levy, and the engines' errors as API errors.
import { describe, expect, it } from 'vitest';
import { useRecordsApp, everyDeduction, hire, lineOf, pay, payrollOf, storeRefusedMonth } from './setup';
import type { CompanyMonth } from '../../../shared/domain/company-month';

const app = useRecordsApp('2026-12-02');

async function shop() {
  const company = await app.company('A1', 'Kedai A1');
  await app.call('companies:update', { id: company.id, hrdLevy: 'one_percent' });
  const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673' });
  const siti = await hire(app, company.id, {
    name: 'Siti binti Omar',
    idNumber: '860502-10-5678',
    maritalStatus: 'married',
    spouseWorking: true,
    childrenBasic: 3,
  });
  const ravi = await hire(app, company.id, {
    name: 'Ravi Kumar',
    idType: 'passport',
    idNumber: 'P1234567',
    nationality: 'foreign',
    dateOfBirth: '1996-01-15',
    gender: 'male',
    taxResident: false,
  });
  const idle = await hire(app, company.id, { name: 'Zainal (no wages yet)', idNumber: '900101-14-5677' });
  return { company, ali, siti, ravi, idle };
}

describe('payroll:month', () => {
  it('computes each employee from the records, worked by hand, and the month’s totals', async () => {
    const { company, ali, siti, ravi, idle } = await shop();
    await pay(app, company.id, '2026-03', [
      // Example A of the unit tests: 5,000 + allowance 300 + overtime 200 + travel 100 + reimbursement 50; advance 100, other 50.
      {
        employeeId: ali.id,
        items: { basic: '5000', allowance: '300', overtime: '200', travel_allowance: '100', reimbursement: '50' },
        deductions: { salary_advance: '100', other_deduction: '50' },
        otherDeductionNote: 'Uniform',
      },
      { employeeId: siti.id, items: { basic: '5500' }, deductions: { zakat: '30', loan_repayment: '100' } },
      { employeeId: ravi.id, items: { basic: '1800', overtime: '200' } },
    ]);
    await app.call('tp1:save', { companyId: company.id, claim: { employeeId: siti.id, month: '2026-03', item: 'D1a', amount: '20' } });
    await app.call('cp38:save', { companyId: company.id, instruction: { employeeId: siti.id, reference: 'CP38/2026/1', fromMonth: '2026-03', toMonth: '2026-04', amount: '150' } });

    const month = await payrollOf(app, company.id, '2026-03');
    expect(month.lines.map((l) => l.employee.name)).toEqual(['Ali bin Abu', 'Ravi Kumar', 'Siti binti Omar']);
    expect(month.notPaid).toEqual([{ employeeId: idle.id, name: 'Zainal (no wages yet)', idNumber: '900101145677', reason: 'noEntry' }]);
    expect(month.refusals).toEqual([]);

    // Ali: worked out in tests/unit/payroll/compute.test.ts example A.
    const a = lineOf(month, ali.id).payroll;
    expect([a.grossSen, a.deductions.epfSen, a.deductions.socsoSen, a.deductions.eisSen, a.deductions.pcbSen, a.netSen]).toEqual([565_000, 58_300, 2_725, 1_090, 10_200, 477_685]);
    // Ravi: Part F 2 % = 36; SOCSO 9.75; no EIS; non-resident 30 % × 2,000 = 600; net 1,354.25.
    const r = lineOf(month, ravi.id).payroll;
    expect([r.deductions.epfSen, r.deductions.socsoSen, r.deductions.eisSen, r.deductions.pcbSen, r.netSen]).toEqual([3_600, 975, 0, 60_000, 135_425]);
    // Siti (category 3, 3 children, month 3, no finalised months before): Y1 5,500, K1 605, n 9.
    // K2 = min(605, trunc(3,395 ÷ 9) = 377.22); P = 4,895 + 5,122.78 × 9 − 15,000 = 36,000.02;
    // tax = trunc(1,000.02 × 6 %) + 600 = 660.00; MTD = 660.00 ÷ 10 = 66.00; less zakat 30 (pay) + 20 (TP1 D1a) = 16.00.
    const s = lineOf(month, siti.id).payroll;
    expect([s.pcb.zakatSen, s.deductions.pcbSen, s.deductions.cp38Sen, s.deductions.zakatSen]).toEqual([5_000, 1_600, 15_000, 3_000]);
    // 605 + 27.25 + 10.90 + 16 + 150 + 30 + 100 = 939.15; net 5,500 − 939.15 = 4,560.85.
    expect(s.netSen).toBe(456_085);

    for (const line of month.lines) expect(line.payroll.grossSen - everyDeduction(line), line.employee.name).toBe(line.payroll.netSen);
    const sum = (f: (l: (typeof month.lines)[number]) => number) => month.lines.reduce((t, l) => t + f(l), 0);
    expect(month.totals.grossSen).toBe(sum((l) => l.payroll.grossSen));
    expect(month.totals.netSen).toBe(477_685 + 135_425 + 456_085);
    expect(month.totals.deductions.pcbSen).toBe(10_200 + 60_000 + 1_600);
    expect(month.totals.payable.lhdnSen).toBe(10_200 + 60_000 + 1_600 + 15_000);
    // HRD levy: citizens only (Ali 5,300, Siti 5,500; Ravi is foreign): 1 % × 10,800 = 108.00.
    expect([month.totals.hrdLevyWagesSen, month.totals.hrdLevySen]).toEqual([1_080_000, 10_800]);
    expect(month.totals.employerCostSen).toBe(month.totals.grossSen + month.totals.employer.totalSen + 10_800);
    // The payslip's year to date: nothing finalised before, so this month alone.
    expect(lineOf(month, ali.id).yearToDate).toEqual({ grossSen: 565_000, epfEmployeeSen: 58_300, pcbSen: 10_200 });
    // Each engine's explanation travels with the figures.
    expect(a.pcbWorking.length).toBeGreaterThan(0);
    expect(a.epf.explanation.length).toBeGreaterThan(0);
    expect(a.contributions.explanation.length).toBeGreaterThan(0);
  });

  it('uses the same SOCSO, EIS and LINDUNG figures as the wage grid and the ASSIST files', async () => {
    const { company, ali, siti } = await shop();
    await pay(app, company.id, '2026-07', [
      { employeeId: ali.id, items: { basic: '3000', overtime: '450.50', bonus: '2000' }, deductions: { unpaid_leave: '500' } },
      { employeeId: siti.id, items: { basic: '7000', service_charge: '120' } },
    ]);
    const sheet = await app.call<CompanyMonth>('wages:sheet', { companyId: company.id, month: '2026-07' });
    const month = await payrollOf(app, company.id, '2026-07');
    for (const row of sheet.rows.filter((r) => r.entry)) {
      const line = lineOf(month, row.employee.id).payroll;
      expect([line.wages.socsoSen, line.deductions.socsoSen, line.employer.socsoSen, line.deductions.eisSen, line.deductions.lindungSen]).toEqual([
        row.wagesSen,
        row.result.socso.employeeSen,
        row.result.socso.employerSen,
        row.result.eis.employeeSen,
        row.result.lindung.employeeSen,
      ]);
    }
  });

  it('refuses an employee whose deductions exceed the pay, naming them and what to change, and pays the others', async () => {
    const { company, ali, siti } = await shop();
    storeRefusedMonth(app, company.id, '2026-03', [
      { employeeId: ali.id, items: { basic: '1000' }, deductions: { salary_advance: '1000' } },
      { employeeId: siti.id, items: { basic: '2500' } },
    ]);
    const month = await payrollOf(app, company.id, '2026-03');
    expect(month.lines.map((l) => l.employee.id)).toEqual([siti.id]);
    expect(month.refusals).toHaveLength(1);
    expect(month.refusals[0]!.message).toMatch(/^The net pay of Ali bin Abu \(960115145673\) for March 2026 would be below zero: deductions of RM1,\d+\.\d\d are more than the gross pay of RM1,000\.00/);
    expect(month.refusals[0]!.message).toContain('Lower the salary advance');
    // Nothing is finalised while it stands.
    const finalise = await app.router.invoke('payroll:finalise', { companyId: company.id, month: '2026-03' });
    expect(finalise.ok).toBe(false);
    if (!finalise.ok) {
      expect(finalise.error.code).toBe('VALIDATION');
      expect(finalise.error.message).toContain('Ali bin Abu (960115145673)');
    }
  });

  it('says in Malay what it says in English', async () => {
    const { company, ali } = await shop();
    storeRefusedMonth(app, company.id, '2026-03', [{ employeeId: ali.id, items: { basic: '1000' }, deductions: { salary_advance: '1000' } }]);
    const router = (await import('../../../main/api/router')).createRouter(app.services, { locale: () => 'ms', logError: () => {} });
    const result = await router.invoke('payroll:month', { companyId: company.id, month: '2026-03' });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as { refusals: { message: string }[] }).refusals[0]!.message).toContain('Gaji bersih Ali bin Abu');
  });

  it('turns the engines’ refusals into API errors: a year PCB does not cover, a month before SOCSO’s tables', async () => {
    const { company, ali } = await shop();
    await pay(app, company.id, '2018-06', [{ employeeId: ali.id, items: { basic: '2000' } }]);
    const tax = await app.router.invoke('payroll:month', { companyId: company.id, month: '2018-06' });
    expect(tax.ok).toBe(false);
    if (!tax.ok) {
      expect(tax.error.code).toBe('UNSUPPORTED');
      expect(tax.error.key).toBe('tax.error.year.unsupported');
      expect(tax.error.message).not.toMatch(/tax\.error/);
    }
    const socso = await app.router.invoke('payroll:month', { companyId: company.id, month: '2016-01' });
    expect(socso.ok).toBe(false);
    if (!socso.ok) expect(socso.error.code).toBe('UNSUPPORTED');
  });

  it('the router says an EPF or tax engine refusal as {code, message}, never as an internal error', async () => {
    const { company } = await shop();
    const { EpfError } = await import('../../../shared/epf/errors');
    const { TaxError } = await import('../../../shared/tax/errors');
    const payroll = app.services.payroll;
    const original = payroll.month;
    try {
      payroll.month = () => {
        throw new EpfError('UNSUPPORTED', 'epf.error.month.tooEarly', { month: '2016-01', first: '2016-03' }, 'wageMonth');
      };
      const epf = await app.router.invoke('payroll:month', { companyId: company.id, month: '2026-03' });
      expect(epf.ok ? null : [epf.error.code, epf.error.key, epf.error.field]).toEqual(['UNSUPPORTED', 'epf.error.month.tooEarly', 'wageMonth']);
      if (!epf.ok) expect(epf.error.message).toContain('March 2016');
      payroll.month = () => {
        throw new TaxError('VALIDATION', 'tax.error.category', { value: '4' }, 'employee.category');
      };
      const tax = await app.router.invoke('payroll:month', { companyId: company.id, month: '2026-03' });
      expect(tax.ok ? null : [tax.error.code, tax.error.key, tax.error.field]).toEqual(['VALIDATION', 'tax.error.category', 'employee.category']);
      if (!tax.ok) expect(tax.error.message).not.toContain('tax.error');
    } finally {
      payroll.month = original;
    }
  });

  it('refuses a company that does not exist, and another company’s data never mixes in', async () => {
    const missing = await app.router.invoke('payroll:month', { companyId: 999, month: '2026-03' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const { company, ali } = await shop();
    const other = await app.company('B2', 'Kedai B2');
    const bob = await hire(app, other.id, { name: 'Bob', idNumber: '800101-14-5679' });
    await pay(app, other.id, '2026-03', [{ employeeId: bob.id, items: { basic: '9000' } }]);
    await pay(app, company.id, '2026-03', [{ employeeId: ali.id, items: { basic: '2000' } }]);
    const month = await payrollOf(app, company.id, '2026-03');
    expect(month.lines.map((l) => l.employee.name)).toEqual(['Ali bin Abu']);
  });
});
