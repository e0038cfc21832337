// Gross to net for one employee-month (issue 17). The hand-worked examples below say every step in
// the comment beside it, from the PERKESO, EPF and LHDN tables and formulas (STATUTORY.md, EPF.md,
// PCB.md), never from the code under test.
import { describe, expect, it } from 'vitest';
import { computeEmployeePayroll, PayrollError, type EmployeePayrollInput } from '../../../shared/payroll';
import { zeroDeductions, type DeductionAmounts } from '../../../shared/pay';
import type { TaxFacts } from '../../../shared/tax';
import { translate } from '../../../shared/i18n/catalog';
import { thrownBy } from '../../helpers/thrown';

const single: TaxFacts = { resident: true, category: 1, disabled: false, spouseDisabled: false, children: { qualifying: 0, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 } };
const ZERO_YTD = { sumYSen: 0, sumKSen: 0, xSen: 0, zSen: 0, sumLpSen: 0 };

/** A citizen born 1996-01-15 (30 in 2026), single, resident; override what an example needs. */
function input(month: string, items: EmployeePayrollInput['items'], more: Partial<EmployeePayrollInput> = {}, deductions: Partial<DeductionAmounts> = {}): EmployeePayrollInput {
  return {
    month,
    person: { employeeId: 7, name: 'Siti binti Ali', idNumber: '960115-14-5672' },
    items,
    deductions: { ...zeroDeductions(), ...deductions },
    otherDeductionNote: deductions.other_deduction ? 'Uniform' : null,
    socsoPerson: { dateOfBirth: '1996-01-15', nationality: 'citizen' },
    epfPerson: { dateOfBirth: '1996-01-15', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
    taxFacts: single,
    yearToDate: ZERO_YTD,
    tp1: { reliefSen: 0, zakatSen: 0 },
    cp38Sen: 0,
    corrections: [],
    hrdLevyApplies: true,
    minimumWage: null,
    ...more,
  };
}

describe('gross to net, worked by hand', () => {
  it('A: a normal month with items each scheme treats differently, an advance and another deduction', () => {
    // March 2026. Basic 5,000, allowance 300, overtime 200, travel allowance 100, reimbursement 50.
    const r = computeEmployeePayroll(
      input('2026-03', { basic: 500_000, allowance: 30_000, overtime: 20_000, travel_allowance: 10_000, reimbursement: 5_000 }, {}, { salary_advance: 10_000, other_deduction: 5_000 }),
    );
    expect(r.grossSen).toBe(565_000); // 5,000 + 300 + 200 + 100 + 50
    // SOCSO/EIS wages: basic + allowance + overtime = 5,500 → socso_first_2024-10 5,400.01–5,500: 95.35 / 27.25; EIS 10.90 / 10.90.
    expect(r.wages.socsoSen).toBe(550_000);
    expect([r.deductions.socsoSen, r.employer.socsoSen, r.deductions.eisSen, r.employer.eisSen, r.deductions.lindungSen]).toEqual([2_725, 9_535, 1_090, 1_090, 0]);
    // EPF wages: basic + allowance = 5,300 (overtime, travel, reimbursement out) → Part A 2025-10 5,200.01–5,300: 636 / 583.
    expect(r.wages.epfSen).toBe(530_000);
    expect([r.deductions.epfSen, r.employer.epfSen]).toEqual([58_300, 63_600]);
    // PCB: Y1 = 5,500 (travel exempt, reimbursement not income), K1 = 583, n = 9.
    // K2 = min(583, trunc((4,000 − 583) ÷ 9) = 379.66); P = 4,917 + 5,120.34 × 9 − 9,000 = 42,000.06;
    // tax = trunc(7,000.06 × 6 %) + 600 = 1,020.00; MTD = 1,020 ÷ 10 = 102.00.
    expect([r.pcb.y1Sen, r.pcb.k1Sen, r.pcb.ytSen, r.pcb.ktSen]).toEqual([550_000, 58_300, 0, 0]);
    expect(r.wages.pcbExemptSen).toBe(10_000);
    expect(r.deductions.pcbSen).toBe(10_200);
    // 583 + 27.25 + 10.90 + 102 + 100 + 50 = 873.15; net 5,650 − 873.15 = 4,776.85.
    expect(r.totalDeductionsSen).toBe(87_315);
    expect(r.netSen).toBe(477_685);
    expect(r.employer.totalSen).toBe(63_600 + 9_535 + 1_090);
    // HRD levy wages: basic + allowance (not overtime, travel or reimbursement).
    expect(r.wages.hrdLevySen).toBe(530_000);
    expect(r.pcbWorking.length).toBeGreaterThan(5);
    expect(r.epf.explanation.length).toBeGreaterThan(0);
  });

  it('B: a foreign worker, not resident for tax: EPF Part F, no EIS, PCB at the flat 30 %', () => {
    // March 2026. Basic 1,800, overtime 200.
    const r = computeEmployeePayroll(
      input('2026-03', { basic: 180_000, overtime: 20_000 }, {
        socsoPerson: { dateOfBirth: '1996-01-15', nationality: 'foreign' },
        epfPerson: { dateOfBirth: '1996-01-15', status: 'foreign', keep11Percent: false, foreignDomesticServant: false },
        taxFacts: { ...single, resident: false },
        hrdLevyApplies: false,
      }),
    );
    // SOCSO wages 2,000 → 1,900.01–2,000: 34.15 / 9.75 (foreign workers as locals from 2024-07); EIS: never foreign workers.
    expect([r.deductions.socsoSen, r.employer.socsoSen, r.deductions.eisSen, r.employer.eisSen]).toEqual([975, 3_415, 0, 0]);
    // EPF Part F (from 2025-10 wages): 2 % × 1,800 = 36 each, rounded up to the ringgit.
    expect([r.deductions.epfSen, r.employer.epfSen, r.epf.part]).toEqual([3_600, 3_600, 'F']);
    // Non-resident: 30 % × (Y1 2,000 + Yt 0) = 600.00.
    expect(r.deductions.pcbSen).toBe(60_000);
    // 2,000 − 9.75 − 36 − 600 = 1,354.25.
    expect(r.netSen).toBe(135_425);
    expect(r.wages.hrdLevySen).toBe(0);
  });

  it('C: LHDN’s January 2026 example with zakat from pay, TP1 zakat, CP38 and a loan repayment', () => {
    // Married, spouse working, three children (category 3, QC 6,000): LHDN's PCB is 110.00 (PCB.md, L1-EX5-JAN).
    const r = computeEmployeePayroll(
      input(
        '2026-01',
        { basic: 550_000 },
        {
          socsoPerson: { dateOfBirth: '1986-05-02', nationality: 'citizen' },
          epfPerson: { dateOfBirth: '1986-05-02', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
          taxFacts: { ...single, category: 3, children: { qualifying: 3, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 } },
          tp1: { reliefSen: 0, zakatSen: 2_000 },
          cp38Sen: 15_000,
        },
        { zakat: 3_000, loan_repayment: 10_000 },
      ),
    );
    // EPF 5,500 → 5,400.01–5,500: 660 / 605 = K1.
    expect([r.deductions.epfSen, r.employer.epfSen, r.pcb.k1Sen]).toEqual([60_500, 66_000, 60_500]);
    // PCB's zakat this month = 30 (from pay) + 20 (TP1 D1a) = 50; net PCB 110.00 − 50 = 60.00.
    expect(r.pcb.zakatSen).toBe(5_000);
    expect(r.pcb.tp1ZakatSen).toBe(2_000);
    expect(r.deductions.pcbSen).toBe(6_000);
    // Only the zakat from pay is a payslip deduction; CP38 is its own line.
    expect([r.deductions.zakatSen, r.deductions.cp38Sen]).toEqual([3_000, 15_000]);
    // 605 + 27.25 + 10.90 + 60 + 150 + 30 + 100 = 983.15; net 5,500 − 983.15 = 4,516.85.
    expect(r.totalDeductionsSen).toBe(98_315);
    expect(r.netSen).toBe(451_685);
  });

  it('D: a bonus month: K1 on the salary, Kt the rest, LHDN’s five steps, LINDUNG from June 2026', () => {
    // June 2026. Basic 8,000, bonus 16,000.
    const r = computeEmployeePayroll(input('2026-06', { basic: 800_000, bonus: 1_600_000 }));
    // SOCSO/EIS/LINDUNG wages 8,000 (bonus out) → the ceiling rows: SOCSO 104.15 / 29.75, EIS 11.90 / 11.90, LINDUNG 44.65.
    expect([r.deductions.socsoSen, r.employer.socsoSen, r.deductions.eisSen, r.deductions.lindungSen]).toEqual([2_975, 10_415, 1_190, 4_465]);
    // EPF on 24,000 (above RM20,000: percentages, E6): employee 11 % = 2,640; employer 12 % (salary above 5,000) = 2,880.
    expect([r.deductions.epfSen, r.employer.epfSen]).toEqual([264_000, 288_000]);
    // K1 = EPF on the salary 8,000 → 7,900.01–8,000: 880; Kt = 2,640 − 880 = 1,760 (PCB.md §1.4 item 3).
    expect([r.pcb.y1Sen, r.pcb.k1Sen, r.pcb.ytSen, r.pcb.ktSen]).toEqual([800_000, 88_000, 1_600_000, 176_000]);
    // Step 1: K2 = min(880, 3,120 ÷ 6 = 520.00); P = 7,120 + 7,480 × 6 − 9,000 = 43,000; tax 8,000 × 6 % + 600 = 1,080;
    //   [C] = trunc(1,080 ÷ 7) = 154.28; [E] = 154.28 × 7 = 1,079.96.
    // Step 2: K2 = min(880, trunc(1,360 ÷ 6) = 226.66); P = 7,120 + 7,773.34 × 6 + 14,240 − 9,000 = 59,000.04;
    // Step 3: trunc(9,000.04 × 11 %) + 1,500 = 2,490.00; Step 4: 2,490.00 − 1,079.96 = 1,410.04;
    // Step 5: 154.28 + 1,410.04 = 1,564.32 → 1,564.35.
    expect(r.deductions.pcbSen).toBe(156_435);
    // 2,640 + 29.75 + 11.90 + 44.65 + 1,564.35 = 4,290.65; net 24,000 − 4,290.65 = 19,709.35.
    expect(r.netSen).toBe(1_970_935);
    expect(r.employer.totalSen).toBe(288_000 + 10_415 + 1_190);
    // The levy counts basic, not bonus.
    expect(r.wages.hrdLevySen).toBe(800_000);
  });

  it('E: unpaid leave is a deduction line and comes off every scheme’s wages', () => {
    // March 2026. Basic 3,000, unpaid leave 500.
    const r = computeEmployeePayroll(input('2026-03', { basic: 300_000 }, {}, { unpaid_leave: 50_000 }));
    expect(r.grossSen).toBe(300_000);
    // Wages 2,500 for every scheme: SOCSO 2,400.01–2,500: 42.85 / 12.25; EIS 4.90; EPF 2,480.01–2,500: 325 / 275.
    expect([r.wages.socsoSen, r.wages.epfSen, r.pcb.y1Sen, r.wages.hrdLevySen]).toEqual([250_000, 250_000, 250_000, 250_000]);
    expect([r.deductions.socsoSen, r.deductions.eisSen, r.deductions.epfSen, r.employer.epfSen]).toEqual([1_225, 490, 27_500, 32_500]);
    // PCB: K2 = 275; P = 2,225 × 10 − 9,000 = 13,250 → 1 % band, 82.50 − 400 rebate < 0 → 0.
    expect(r.deductions.pcbSen).toBe(0);
    // 275 + 12.25 + 4.90 + 500 = 792.15; net 3,000 − 792.15 = 2,207.85.
    expect(r.netSen).toBe(220_785);
  });

  it('F: a correction of a finalised month: EPF and PCB in the month paid, SOCSO and EIS for the month corrected', () => {
    // Paid in March 2026 with basic 2,500: RM300 short in February 2026, whose SOCSO wages were 2,500.
    const r = computeEmployeePayroll(
      input('2026-03', { basic: 250_000 }, {
        corrections: [{ id: 1, forMonth: '2026-02', amountSen: 30_000, socsoWagesBeforeSen: 250_000, person: { dateOfBirth: '1996-01-15', nationality: 'citizen' }, reason: 'Allowance left out' }],
      }),
    );
    expect(r.grossSen).toBe(280_000);
    // SOCSO of March on March's own 2,500: 12.25; the arrears for February: 2,800 (2,700.01–2,800: 13.75 / 48.15)
    // less 2,500 (12.25 / 42.85) = 1.50 / 5.30; EIS 2,800 → 5.50 less 4.90 = 0.60.
    expect(r.wages.socsoSen).toBe(250_000);
    expect(r.deductions.socsoSen).toBe(1_225);
    expect([r.deductions.arrearsSocsoSen, r.employer.arrearsSocsoSen, r.deductions.arrearsEisSen, r.employer.arrearsEisSen]).toEqual([150, 530, 60, 60]);
    // EPF: March wages 2,500 + 300 = 2,800 → 2,780.01–2,800: 308; K1 on the salary alone = 275; Kt = 33.
    expect([r.wages.epfSen, r.deductions.epfSen, r.pcb.k1Sen, r.pcb.ktSen]).toEqual([280_000, 30_800, 27_500, 3_300]);
    // PCB: the RM300 is additional remuneration.
    expect([r.pcb.y1Sen, r.pcb.ytSen]).toEqual([250_000, 30_000]);
    expect(r.netSen).toBe(r.grossSen - r.totalDeductionsSen);
    expect(r.wages.hrdLevySen).toBe(280_000);
  });
});

describe('the result as data', () => {
  it('each engine’s result crosses IPC whole: the SOCSO explanation survives structured clone', () => {
    const r = structuredClone(computeEmployeePayroll(input('2026-03', { basic: 250_000 })));
    // RM2,500.00: SOCSO's 2,400.01–2,500.00 band (STATUTORY.md tables), said in the explanation.
    expect(r.contributions.explanation.map((e) => e.key)).toContain('statutory.explain.socso.band');
    expect(r.contributions.explanation.find((e) => e.key === 'statutory.explain.socso.band')?.params).toMatchObject({ from: 'RM2,400.01', to: 'RM2,500.00' });
  });
});

describe('refusals and warnings', () => {
  it('refuses a negative net pay, naming the employee and what to change', () => {
    const run = () => computeEmployeePayroll(input('2026-03', { basic: 100_000 }, {}, { salary_advance: 100_000 }));
    const e = thrownBy(PayrollError, run);
    expect(e.field).toBe('employees.7');
    // Gross 1,000; the advance alone takes all of it, and EPF and SOCSO come on top.
    const text = translate('en', e.key, e.params);
    expect(text).toContain('Siti binti Ali (960115-14-5672)');
    expect(text).toContain('salary advance');
    expect(translate('ms', e.key, e.params)).toContain('pendahuluan gaji');
  });

  it('refuses an unknown pay item rather than dropping it', () => {
    expect(() => computeEmployeePayroll(input('2026-03', { basic: 100_000, tips: 500 } as never))).toThrow(/payItem\.unknown/);
  });

  it('warns, never blocks, when basic pay is below the minimum wage', () => {
    const r = computeEmployeePayroll(input('2026-03', { basic: 150_000 }, { minimumWage: { employerSize: 'fiveOrMore', basicMonthlySen: 150_000 } }));
    expect(r.warnings.map((w) => w.key)).toEqual(['payroll.warning.belowMinimumWage']);
    expect(r.netSen).toBeGreaterThan(0);
  });

  it('calculates no PCB in a month with nothing taxable (only a reimbursement)', () => {
    const r = computeEmployeePayroll(input('2026-03', { reimbursement: 20_000 }, { yearToDate: { sumYSen: 1_000_000, sumKSen: 110_000, xSen: 0, zSen: 0, sumLpSen: 0 } }));
    expect([r.pcb.calculated, r.deductions.pcbSen, r.pcbResult, r.netSen]).toEqual([false, 0, null, 20_000]);
  });
});
