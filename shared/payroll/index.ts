// The pay run's public face. Import from 'shared/payroll' rather than its files.
export { computeEmployeePayroll, totalOf } from './compute';
export { PayrollError, type PayrollErrorCode } from './errors';
export { hrdLevySen, payrollTotals, type DeductionTotals, type PayrollTotals } from './totals';
export { NO_FINALISED_SUMS, payslipYearToDate, pcbYearToDate, type FinalisedSums, type PayslipYearToDate, type Tp3Figures } from './year-to-date';
export { checkMinimumWage, employerSize, minimumWageFor, MINIMUM_WAGE_RULES, type EmployerSize, type MinimumWageWarning } from './minimum-wage';
export * as payrollRules from './rules';
export type * from './types';
export { TP1_ZAKAT_ITEMS, tp1MonthFigures } from './tp1';
export type { Correction, FiledForMonth, FinaliseResult, NotPaid, Notice, PayrollLine, PayrollMonth, PayrollMonthStatus, Refusal, SaidNotice, UnlockResult } from './month';
