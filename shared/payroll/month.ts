// A company's payroll month as the service returns it (main/services/payroll, channel
// payroll:month): every employee paid with every figure and each engine's working, the year to
// date a payslip shows, who was not paid, the totals, and whether the month is finalised. One
// call gives a payslip, the summary, the journal and the payment list everything they show.
import type { Company } from '../domain/company';
import type { Employee } from '../domain/employee';
import type { MonthEvents } from '../domain/company-month';
import type { PayrollTotals } from './totals';
import type { EmployeePayroll } from './types';
import type { PayslipYearToDate } from './year-to-date';
import type { HrdLevyChoice } from './rules';
import type { OvertimeMinutesByKind } from '../pay/deductions';

export interface Notice {
  key: string;
  params: Record<string, string | number>;
}

/** A notice as it crosses to the app or the CLI: said in the caller's language. */
export interface SaidNotice extends Notice {
  message: string;
}

export interface PayrollLine {
  /** The employee's record: as it was when the month was finalised, or as it is now (open month). */
  employee: Employee;
  events: MonthEvents;
  payroll: EmployeePayroll;
  /** Gross, EPF and PCB of the year's finalised months before this one, plus this month. */
  yearToDate: PayslipYearToDate;
  /**
   * The overtime hours entered for the month, in minutes by kind (the payslip shows them beside the
   * overtime amount, which stays the authority). Absent in a month finalised before they were kept.
   */
  overtimeMinutes?: OvertimeMinutesByKind;
}

/** An employee on the payroll this month who is not paid: no wages entered, or nothing to pay. */
export interface NotPaid {
  employeeId: number;
  name: string;
  idNumber: string;
  reason: 'noEntry' | 'nothingPaid';
}

/** An employee whose month cannot be paid as entered (a negative net pay): what to change. */
export interface Refusal extends SaidNotice {
  employeeId: number;
  name: string;
  idNumber: string;
  /** The employee's record (the Payroll screen opens their deductions and hours from the refusal). */
  employee: Employee;
}

export interface PayrollMonthStatus {
  companyId: number;
  month: string;
  finalised: boolean;
  finalisedAt: string | null;
  /** Earlier months of the same year with wages that are not finalised (their pay is not in PCB's year to date). */
  openEarlierMonths: string[];
  /** Later months of the same year that are finalised (this one cannot be unlocked before them). */
  finalisedLaterMonths: string[];
  /** Corrections recorded for this month (paid later) and paid in this month. */
  correctionsFor: number;
  correctionsPaidIn: number;
  /** Past unlocks of this month, latest first. */
  unlocks: { finalisedAt: string; unlockedAt: string; reason: string }[];
}

export interface PayrollMonth {
  companyId: number;
  month: string;
  /** The company as it was when finalised (or now). */
  company: Company;
  hrdLevy: HrdLevyChoice;
  status: PayrollMonthStatus;
  lines: PayrollLine[];
  notPaid: NotPaid[];
  /** Employees left out of lines and totals until their month is changed; finalise refuses while any. */
  refusals: Refusal[];
  totals: PayrollTotals;
  /** About the whole month (earlier months open, the HRD levy choice and the head count). */
  warnings: SaidNotice[];
}

export interface FinaliseResult {
  status: PayrollMonthStatus;
  employees: number;
  netSen: number;
  /** Employees on the payroll with nothing paid this month (locked as unpaid). */
  notPaid: number;
}

/** What was already filed for a month when it was unlocked. */
export interface FiledForMonth {
  files: { kind: string; fileName: string; generatedAt: string }[];
  receipts: { kind: string; fileName: string; receiptNumber: string | null; filedAt: string }[];
  /** The month's filing status (generated, submitted, paid, receipt_filed), or null. */
  status: string | null;
}

export interface UnlockResult {
  status: PayrollMonthStatus;
  finalisedAt: string;
  unlockedAt: string;
  reason: string;
  filed: FiledForMonth;
  /** What was filed for the month already, said plainly: what to redo or report after changing it. */
  notices: SaidNotice[];
}

/** Pay that was short in a finalised month, paid in a later month (rules.ts CORRECTIONS_ARE_ARREARS). */
export interface Correction {
  id: number;
  employeeId: number;
  forMonth: string;
  paidMonth: string;
  amountSen: number;
  reason: string;
  createdAt: string;
}
