// Gross to net for one employee-month: the pay items, each scheme's wages derived from them
// (shared/pay), each scheme's own engine (SOCSO/EIS/LINDUNG, EPF, PCB), the employer's
// deductions, and the net pay. Pure and synchronous; nothing here re-implements a scheme: every
// contribution and the PCB are exactly what that scheme's engine returns for these inputs.
import { calculateContributions, contributionResultData } from '../statutory';
import { calculateEpf, epfResultData } from '../epf';
import { calculatePcb, pcbWorking, type PcbResult } from '../tax';
import { DEDUCTION_NAMES, PAY_ITEMS, epfWagesSen, pcbRemuneration, socsoWagesSen, type PayItemName } from '../pay';
import { monthNumberOf, yearOfMonth } from '../calendar';
import { formatRinggit, MAX_SEN } from '../money/sen';
import { PayrollError } from './errors';
import { checkMinimumWage } from './minimum-wage';
import { HRD_LEVY_WAGE_ITEMS } from './rules';
import type { CorrectionInput, EmployeePayroll, EmployeePayrollInput, PaidCorrection, PayrollDeductions, PayrollWarning } from './types';
import { withLazyField } from '../lazy-field';

/** Items that are EPF wages (not bonus) and not additional remuneration: their EPF is K1 (rules.ts K1_IS_EPF_ON_NORMAL_REMUNERATION). */
const K1_ITEMS: readonly PayItemName[] = PAY_ITEMS.filter((p) => p.epf.treatment === 'wages' && p.pcb.treatment !== 'additional').map((p) => p.name);

/**
 * The month's payroll for one employee. Throws PayrollError when the net pay would be negative
 * (naming the employee and what to change) or an amount is malformed, and the engines' own errors
 * (StatutoryError, EpfError, TaxError) for input they refuse.
 */
export function computeEmployeePayroll(input: EmployeePayrollInput): EmployeePayroll {
  const { month, deductions: d } = input;
  const items = allItems(input.items);
  for (const name of DEDUCTION_NAMES) amount(d[name], `deductions.${name}`);
  amount(input.cp38Sen, 'cp38Sen');
  amount(input.tp1.reliefSen, 'tp1ReliefSen');
  amount(input.tp1.zakatSen, 'tp1ZakatSen');
  const unpaidLeaveSen = d.unpaid_leave;

  const corrections = input.corrections.map(paidCorrection);
  const correctionsSen = corrections.reduce((sum, c) => sum + c.amountSen, 0);

  // Each scheme's wages from the same items (shared/pay): unpaid leave comes off every one.
  // They check every name and amount as given (an unknown item is refused, never dropped).
  const socsoSen = socsoWagesSen(input.items, unpaidLeaveSen);
  const epfWages = epfWagesSen(input.items, unpaidLeaveSen);
  const remuneration = pcbRemuneration(input.items, unpaidLeaveSen);
  const epfSen = epfWages.wagesSen + correctionsSen;
  const ytSen = remuneration.additionalSen + correctionsSen;

  const contributions = input.contributions ?? calculateContributions({ month, wagesSen: socsoSen, person: input.socsoPerson });
  if (contributions.month !== month || contributions.wagesSen !== socsoSen) {
    throw new Error(`contributions given for ${contributions.month} on ${contributions.wagesSen} sen, not ${month} on ${socsoSen} sen`);
  }
  const epf = calculateEpf({ wageMonth: month, wagesSen: epfSen, bonusSen: epfWages.bonusSen, person: input.epfPerson });

  // K1 and Kt (PCB.md §1.4): the EPF on the normal remuneration, and the rest.
  const k1WagesSen = K1_ITEMS.reduce((sum, name) => sum + items[name], 0) - unpaidLeaveSen;
  const k1Sen =
    k1WagesSen === epfSen && epfWages.bonusSen === 0
      ? epf.employeeSen
      : Math.min(epf.employeeSen, calculateEpf({ wageMonth: month, wagesSen: k1WagesSen, bonusSen: 0, person: input.epfPerson }).employeeSen);
  const ktSen = epf.employeeSen - k1Sen;

  const tp1ZakatSen = input.tp1.zakatSen;
  const pcbZakatSen = d.zakat + tp1ZakatSen;
  const calculated = remuneration.normalSen + ytSen > 0; // rules.ts NO_PCB_WITHOUT_TAXABLE_REMUNERATION
  const pcbResult: PcbResult | null = calculated
    ? calculatePcb({
        yearOfAssessment: yearOfMonth(month),
        month: monthNumberOf(month),
        employee: input.taxFacts,
        yearToDate: input.yearToDate,
        current: { y1Sen: remuneration.normalSen, k1Sen, lp1Sen: input.tp1.reliefSen, ytSen, ktSen, zakatSen: pcbZakatSen },
      })
    : null;

  const arrears = sumArrears(corrections);
  const deductions: PayrollDeductions = {
    epfSen: epf.employeeSen,
    socsoSen: contributions.socso.employeeSen,
    eisSen: contributions.eis.employeeSen,
    lindungSen: contributions.lindung.employeeSen,
    arrearsSocsoSen: arrears.socso.employeeSen,
    arrearsEisSen: arrears.eis.employeeSen,
    arrearsLindungSen: arrears.lindung.employeeSen,
    pcbSen: pcbResult?.pcbSen ?? 0,
    cp38Sen: input.cp38Sen,
    zakatSen: d.zakat,
    unpaidLeaveSen,
    salaryAdvanceSen: d.salary_advance,
    loanRepaymentSen: d.loan_repayment,
    otherDeductionSen: d.other_deduction,
    otherDeductionNote: input.otherDeductionNote,
  };
  const totalDeductionsSen = totalOf(deductions);
  const grossSen = Object.values(items).reduce((sum, v) => sum + v, 0) + correctionsSen;
  const netSen = grossSen - totalDeductionsSen;
  if (netSen < 0) throw negativeNet(input, grossSen, totalDeductionsSen);

  const employer = {
    epfSen: epf.employerSen,
    socsoSen: contributions.socso.employerSen,
    eisSen: contributions.eis.employerSen,
    lindungSen: contributions.lindung.employerSen,
    arrearsSocsoSen: arrears.socso.employerSen,
    arrearsEisSen: arrears.eis.employerSen,
    arrearsLindungSen: arrears.lindung.employerSen,
    totalSen: 0,
  };
  employer.totalSen =
    employer.epfSen + employer.socsoSen + employer.eisSen + employer.lindungSen + employer.arrearsSocsoSen + employer.arrearsEisSen + employer.arrearsLindungSen;

  const hrdLevySen = input.hrdLevyApplies ? HRD_LEVY_WAGE_ITEMS.reduce((sum, name) => sum + items[name], 0) - unpaidLeaveSen + correctionsSen : 0;

  const warnings: PayrollWarning[] = [];
  if (input.minimumWage) {
    const warning = checkMinimumWage(month, input.minimumWage.employerSize, input.minimumWage.basicMonthlySen);
    if (warning) warnings.push(warning);
  }

  const result = {
    month,
    employeeId: input.person.employeeId,
    items,
    corrections,
    grossSen,
    wages: {
      socsoSen,
      epfSen,
      epfBonusSen: epfWages.bonusSen,
      pcbNormalSen: remuneration.normalSen,
      pcbAdditionalSen: ytSen,
      pcbExemptSen: remuneration.exemptSen,
      hrdLevySen,
    },
    deductions,
    totalDeductionsSen,
    netSen,
    employer,
    pcb: { y1Sen: remuneration.normalSen, k1Sen, ytSen, ktSen, lp1Sen: input.tp1.reliefSen, zakatSen: pcbZakatSen, tp1ZakatSen, yearToDate: input.yearToDate, calculated },
    warnings,
    contributions: contributionResultData(contributions),
    epf: epfResultData(epf),
    pcbResult,
  };
  // LHDN's working is for the employee a user opens (and the payslip's preview), never for totals.
  return withLazyField(result, 'pcbWorking', () => (pcbResult ? pcbWorking(pcbResult) : []));
}

/** The sum of every deduction line (what comes off the gross pay). */
export function totalOf(d: PayrollDeductions): number {
  return (
    d.epfSen +
    d.socsoSen +
    d.eisSen +
    d.lindungSen +
    d.arrearsSocsoSen +
    d.arrearsEisSen +
    d.arrearsLindungSen +
    d.pcbSen +
    d.cp38Sen +
    d.zakatSen +
    d.unpaidLeaveSen +
    d.salaryAdvanceSen +
    d.loanRepaymentSen +
    d.otherDeductionSen
  );
}

function allItems(given: Readonly<Partial<Record<PayItemName, number>>>): Record<PayItemName, number> {
  const items = {} as Record<PayItemName, number>;
  for (const { name } of PAY_ITEMS) items[name] = given[name] ?? 0;
  return items;
}

/** SOCSO, EIS and LINDUNG on a correction: the month corrected's engine on its wages with and without it. */
function paidCorrection(c: CorrectionInput): PaidCorrection {
  amount(c.amountSen, `corrections.${c.id}.amountSen`);
  amount(c.socsoWagesBeforeSen, `corrections.${c.id}.socsoWagesBeforeSen`);
  if (c.amountSen === 0) throw new PayrollError('VALIDATION', 'payroll.error.amount', { value: '0' }, `corrections.${c.id}.amountSen`);
  const before = calculateContributions({ month: c.forMonth, wagesSen: c.socsoWagesBeforeSen, person: c.person });
  const socsoWagesAfterSen = c.socsoWagesBeforeSen + c.amountSen;
  const after = calculateContributions({ month: c.forMonth, wagesSen: socsoWagesAfterSen, person: c.person });
  const difference = (scheme: 'socso' | 'eis' | 'lindung') => ({
    employerSen: after[scheme].employerSen - before[scheme].employerSen,
    employeeSen: after[scheme].employeeSen - before[scheme].employeeSen,
  });
  return {
    id: c.id,
    forMonth: c.forMonth,
    amountSen: c.amountSen,
    reason: c.reason,
    socsoWagesBeforeSen: c.socsoWagesBeforeSen,
    socsoWagesAfterSen,
    socso: difference('socso'),
    eis: difference('eis'),
    lindung: difference('lindung'),
  };
}

function sumArrears(corrections: readonly PaidCorrection[]) {
  const zero = () => ({ employerSen: 0, employeeSen: 0 });
  const sum = { socso: zero(), eis: zero(), lindung: zero() };
  for (const c of corrections) {
    for (const scheme of ['socso', 'eis', 'lindung'] as const) {
      sum[scheme].employerSen += c[scheme].employerSen;
      sum[scheme].employeeSen += c[scheme].employeeSen;
    }
  }
  return sum;
}

function amount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_SEN) {
    throw new PayrollError('VALIDATION', 'payroll.error.amount', { value: String(value) }, field);
  }
}

function negativeNet(input: EmployeePayrollInput, grossSen: number, deductionsSen: number): PayrollError {
  const { person } = input;
  return new PayrollError(
    'VALIDATION',
    'payroll.error.netNegative',
    {
      name: person.name,
      id: person.idNumber,
      month: input.month,
      gross: formatRinggit(grossSen),
      deductions: formatRinggit(deductionsSen),
      short: formatRinggit(deductionsSen - grossSen),
    },
    `employees.${person.employeeId}`,
  );
}

