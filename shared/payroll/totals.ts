// A company-month's payroll totals: the sums of the employee rows, the HRD Corp levy (a company
// figure, rules.ts HRD_LEVY_ON_THE_COMPANY_TOTAL) and what is owed to each body.
import { HRD_LEVY_RATE_BP, type HrdLevyChoice } from './rules';
import type { EmployeePayroll, EmployerShares, PayrollDeductions, StatutoryShares } from './types';

export type DeductionTotals = Omit<PayrollDeductions, 'otherDeductionNote'>;

export interface PayrollTotals {
  employees: number;
  grossSen: number;
  totalDeductionsSen: number;
  netSen: number;
  deductions: DeductionTotals;
  employer: EmployerShares;
  hrdLevyWagesSen: number;
  hrdLevySen: number;
  /** Gross pay + the employer's shares + the levy: what the month costs the employer. */
  employerCostSen: number;
  /** What each body is paid for the month (employer and employee shares together). */
  payable: {
    /** EPF (KWSP): employer + employee. */
    kwspSen: number;
    /** PERKESO: SOCSO, EIS and LINDUNG of the month, employer + employee (arrears apart). */
    perkesoSen: number;
    /** PERKESO arrears of corrections, for the months corrected (entered through ASSIST's arrears screen). */
    perkesoArrearsSen: number;
    /** LHDN: PCB + CP38. */
    lhdnSen: number;
    hrdCorpSen: number;
  };
}

/** The statutory shares, summed alike on the employee's side and on the employer's. */
const SHARE_KEYS = [
  'epfSen',
  'socsoSen',
  'eisSen',
  'lindungSen',
  'arrearsSocsoSen',
  'arrearsEisSen',
  'arrearsLindungSen',
] as const satisfies readonly (keyof StatutoryShares)[];

const DEDUCTION_KEYS = [
  ...SHARE_KEYS,
  'pcbSen',
  'cp38Sen',
  'zakatSen',
  'unpaidLeaveSen',
  'salaryAdvanceSen',
  'loanRepaymentSen',
  'otherDeductionSen',
] as const satisfies readonly (keyof DeductionTotals)[];

const EMPLOYER_KEYS = [...SHARE_KEYS, 'totalSen'] as const satisfies readonly (keyof EmployerShares)[];

/** The levy on the month's total levy wages, rounded half up to the sen. */
export function hrdLevySen(choice: HrdLevyChoice, levyWagesSen: number): number {
  const rateBp = HRD_LEVY_RATE_BP[choice];
  return Math.floor((levyWagesSen * rateBp + 5_000) / 10_000);
}

export function payrollTotals(rows: readonly Pick<EmployeePayroll, 'grossSen' | 'totalDeductionsSen' | 'netSen' | 'deductions' | 'employer' | 'wages'>[], hrdLevy: HrdLevyChoice): PayrollTotals {
  const deductions = Object.fromEntries(DEDUCTION_KEYS.map((k) => [k, 0])) as DeductionTotals;
  const employer: EmployerShares = { epfSen: 0, socsoSen: 0, eisSen: 0, lindungSen: 0, arrearsSocsoSen: 0, arrearsEisSen: 0, arrearsLindungSen: 0, totalSen: 0 };
  let grossSen = 0;
  let totalDeductionsSen = 0;
  let netSen = 0;
  let hrdLevyWagesSen = 0;
  for (const row of rows) {
    grossSen += row.grossSen;
    totalDeductionsSen += row.totalDeductionsSen;
    netSen += row.netSen;
    hrdLevyWagesSen += row.wages.hrdLevySen;
    for (const k of DEDUCTION_KEYS) deductions[k] += row.deductions[k];
    for (const k of EMPLOYER_KEYS) employer[k] += row.employer[k];
  }
  const levy = hrdLevySen(hrdLevy, hrdLevyWagesSen);
  return {
    employees: rows.length,
    grossSen,
    totalDeductionsSen,
    netSen,
    deductions,
    employer,
    hrdLevyWagesSen,
    hrdLevySen: levy,
    employerCostSen: grossSen + employer.totalSen + levy,
    payable: {
      kwspSen: deductions.epfSen + employer.epfSen,
      perkesoSen: deductions.socsoSen + deductions.eisSen + deductions.lindungSen + employer.socsoSen + employer.eisSen + employer.lindungSen,
      perkesoArrearsSen:
        deductions.arrearsSocsoSen + deductions.arrearsEisSen + deductions.arrearsLindungSen + employer.arrearsSocsoSen + employer.arrearsEisSen + employer.arrearsLindungSen,
      lhdnSen: deductions.pcbSen + deductions.cp38Sen,
      hrdCorpSen: levy,
    },
  };
}
