// The pay run's input and result for one employee-month (compute.ts). Every amount is integer sen;
// every explanation is data with message keys, so the grid, the payslip and the CLI say it in the
// reader's language.
import type { ContributionResult, PersonFacts } from '../statutory';
import type { EpfPerson, EpfResultData } from '../epf';
import type { PcbResult, TaxFacts, WorkingLine, YearToDate } from '../tax';
import type { DeductionAmounts, PayItemName } from '../pay';
import type { EmployerSize, MinimumWageWarning } from './minimum-wage';

/** Who the month belongs to, for messages that must name the employee. */
export interface PayrollPerson {
  employeeId: number;
  name: string;
  idNumber: string;
}

/**
 * A correction of a finalised month, paid in this month as arrears of wages (rules.ts
 * CORRECTIONS_ARE_ARREARS): EPF wages and PCB additional remuneration of this month, SOCSO, EIS
 * and LINDUNG wages of the month corrected.
 */
export interface CorrectionInput {
  id: number;
  /** The finalised month the pay was short in. */
  forMonth: string;
  amountSen: number;
  /** The SOCSO wages of forMonth before this correction: as finalised, plus corrections paid earlier. */
  socsoWagesBeforeSen: number;
  /** The employee's facts for forMonth's SOCSO engine (the person of the contribution month). */
  person: PersonFacts;
  reason: string;
}

export interface EmployeePayrollInput {
  month: string;
  person: PayrollPerson;
  /** Every pay item paid this month, in sen (missing items are zero). */
  items: Readonly<Partial<Record<PayItemName, number>>>;
  /** The employer's deductions and zakat from pay, in sen. */
  deductions: Readonly<DeductionAmounts>;
  otherDeductionNote: string | null;
  /** The SOCSO / EIS / LINDUNG engine's person. */
  socsoPerson: PersonFacts;
  /**
   * The SOCSO engine's result for this employee-month when the caller already has it (the
   * contributions service, whose figures the ASSIST files use); computed here otherwise.
   */
  contributions?: ContributionResult;
  epfPerson: EpfPerson;
  taxFacts: TaxFacts;
  /** PCB's year to date before this month (finalised months and TP3; year-to-date.ts). */
  yearToDate: YearToDate;
  /** This month's TP1 claims: the relief items (LP1) and the zakat / levy items D1a, D1b. */
  tp1: { reliefSen: number; zakatSen: number };
  /** What CP38 instructions ask to deduct this month. */
  cp38Sen: number;
  corrections: readonly CorrectionInput[];
  /** Whether the employee's wages count for the HRD Corp levy (rules.ts HRD_LEVY_EMPLOYEES). */
  hrdLevyApplies: boolean;
  /** The monthly basic rate to check against the minimum wage, or null to skip the check. */
  minimumWage: { employerSize: EmployerSize; basicMonthlySen: number } | null;
}

/** One correction as paid this month, with the SOCSO / EIS / LINDUNG due on it for the month corrected. */
export interface PaidCorrection {
  id: number;
  forMonth: string;
  amountSen: number;
  reason: string;
  socsoWagesBeforeSen: number;
  socsoWagesAfterSen: number;
  /** Employer and employee shares due on the arrears, by the month corrected's tables. */
  socso: { employerSen: number; employeeSen: number };
  eis: { employerSen: number; employeeSen: number };
  lindung: { employerSen: number; employeeSen: number };
}

/** The wages each scheme counts this month, derived from the pay items (shared/pay). */
export interface SchemeWages {
  /** SOCSO, EIS and LINDUNG (corrections excluded: they count in the month corrected). */
  socsoSen: number;
  /** EPF wages other than bonus, corrections included (EPF: arrears count in the month paid). */
  epfSen: number;
  epfBonusSen: number;
  /** PCB: Y1 (normal), Yt (additional, corrections included), and tax-exempt items (Form EA Part F). */
  pcbNormalSen: number;
  pcbAdditionalSen: number;
  pcbExemptSen: number;
  /** The HRD Corp levy's wages (rules.ts HRD_LEVY_WAGE_ITEMS); 0 when the levy does not cover the employee. */
  hrdLevySen: number;
}

/** The statutory contributions employer and employee each pay their share of: one side's shares. */
export interface StatutoryShares {
  epfSen: number;
  /** SOCSO, EIS and LINDUNG shares for this month (arrears of corrections apart). */
  socsoSen: number;
  eisSen: number;
  lindungSen: number;
  /** Shares due on corrections (for the months corrected), paid when the arrears are paid. */
  arrearsSocsoSen: number;
  arrearsEisSen: number;
  arrearsLindungSen: number;
}

/** What is taken off the gross pay, by name: the employee's statutory shares, then the others. */
export interface PayrollDeductions extends StatutoryShares {
  /** PCB (MTD) after this month's zakat, as the PCB engine computes it. */
  pcbSen: number;
  cp38Sen: number;
  /** Zakat deducted from pay (on the payslip and Form EA). */
  zakatSen: number;
  unpaidLeaveSen: number;
  salaryAdvanceSen: number;
  loanRepaymentSen: number;
  otherDeductionSen: number;
  otherDeductionNote: string | null;
}

/** The employer's costs besides the gross pay (the HRD Corp levy is a company figure: PayrollTotals). */
export interface EmployerShares extends StatutoryShares {
  totalSen: number;
}

/** The PCB engine's inputs as the pay run formed them, for the audit record LHDN asks for (PCB.md §9). */
export interface PcbFigures {
  y1Sen: number;
  k1Sen: number;
  ytSen: number;
  ktSen: number;
  /** LP1: this month's TP1 reliefs. */
  lp1Sen: number;
  /** PCB's zakat for the month: zakat from pay plus TP1 D1a / D1b (never on the payslip). */
  zakatSen: number;
  tp1ZakatSen: number;
  yearToDate: YearToDate;
  /** False when nothing taxable was paid (rules.ts NO_PCB_WITHOUT_TAXABLE_REMUNERATION): no engine call. */
  calculated: boolean;
}

export type PayrollWarning = MinimumWageWarning;

export interface EmployeePayroll {
  month: string;
  employeeId: number;
  items: Record<PayItemName, number>;
  corrections: PaidCorrection[];
  /** Every pay item paid, plus corrections paid this month. */
  grossSen: number;
  wages: SchemeWages;
  deductions: PayrollDeductions;
  totalDeductionsSen: number;
  /** gross − every deduction; never negative (PayrollError otherwise). */
  netSen: number;
  employer: EmployerShares;
  pcb: PcbFigures;
  warnings: PayrollWarning[];
  /** Each engine's own result, explanation included, as plain data. */
  contributions: ContributionResult;
  epf: EpfResultData;
  /** The PCB engine's result and its worksheet; null when no PCB was calculated. */
  pcbResult: PcbResult | null;
  pcbWorking: WorkingLine[];
}
