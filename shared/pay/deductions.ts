// What the employer takes off a month's pay besides the statutory shares (PAYROLL_RECORDS.md
// "Deductions"), and the overtime hours the Employment Act helper turns into the overtime amount.
// Declared once: the wages table's columns, the import/export files and the screens read this.
import type { PayMessageKey } from '../i18n/messages/pay';
import { OVERTIME_KINDS, type OvertimeKind } from '../payroll/rules';

export interface DeductionDefinition {
  /** The column name (wages table, import/export files). */
  name: string;
  label: PayMessageKey;
  /** Unpaid leave is pay not earned: it reduces the wages of every scheme (shared/pay/rules.ts). */
  reducesWages: boolean;
  /** Zakat deducted from pay is this month's zakat for PCB (and on the payslip and Form EA D3). */
  pcbZakat: boolean;
  /**
   * Recurring by nature, so "copy last month" copies it (a loan repayment, a monthly zakat);
   * the others belong to one month.
   */
  recurring: boolean;
}

export const DEDUCTIONS = [
  { name: 'unpaid_leave', label: 'pay.deduction.unpaid_leave', reducesWages: true, pcbZakat: false, recurring: false },
  { name: 'salary_advance', label: 'pay.deduction.salary_advance', reducesWages: false, pcbZakat: false, recurring: false },
  { name: 'loan_repayment', label: 'pay.deduction.loan_repayment', reducesWages: false, pcbZakat: false, recurring: true },
  { name: 'other_deduction', label: 'pay.deduction.other_deduction', reducesWages: false, pcbZakat: false, recurring: false },
  { name: 'zakat', label: 'pay.deduction.zakat', reducesWages: false, pcbZakat: true, recurring: true },
] as const satisfies readonly DeductionDefinition[];

export type DeductionName = (typeof DEDUCTIONS)[number]['name'];
export const DEDUCTION_NAMES: readonly DeductionName[] = DEDUCTIONS.map((d) => d.name);
export const RECURRING_DEDUCTIONS: readonly DeductionName[] = DEDUCTIONS.filter((d) => d.recurring).map((d) => d.name);

/** Amounts in sen by deduction (zero when none). */
export type DeductionAmounts = Record<DeductionName, number>;

export function zeroDeductions(): DeductionAmounts {
  return { unpaid_leave: 0, salary_advance: 0, loan_repayment: 0, other_deduction: 0, zakat: 0 };
}

export function isDeductionName(value: string): value is DeductionName {
  return (DEDUCTION_NAMES as readonly string[]).includes(value);
}

/** Unpaid leave days are whole days (shared/payroll/employment-act.ts proratedPay takes whole days). */
export const MAX_UNPAID_LEAVE_DAYS = 31;
/** The longest text the payslip shows for "other deduction". */
export const OTHER_DEDUCTION_NOTE_MAX = 200;

/** Overtime minutes per kind, by the wages table's column. */
export const OVERTIME_MINUTE_COLUMNS: Readonly<Record<OvertimeKind, string>> = {
  normal: 'overtime_minutes_normal',
  restDay: 'overtime_minutes_rest_day',
  publicHoliday: 'overtime_minutes_public_holiday',
};

export type OvertimeMinuteColumn = 'overtime_minutes_normal' | 'overtime_minutes_rest_day' | 'overtime_minutes_public_holiday';

/** A month has at most 31 × 24 hours: anything more is a typing mistake. */
export const MAX_OVERTIME_MINUTES = 31 * 24 * 60;

export type OvertimeMinutesByKind = Record<OvertimeKind, number>;

const NO_OVERTIME: Readonly<OvertimeMinutesByKind> = Object.freeze(Object.fromEntries(OVERTIME_KINDS.map((k) => [k, 0])) as OvertimeMinutesByKind);

export function zeroOvertimeMinutes(): OvertimeMinutesByKind {
  return { ...NO_OVERTIME };
}

export { OVERTIME_KINDS, type OvertimeKind };
