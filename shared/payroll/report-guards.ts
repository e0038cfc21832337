// What every pay-run report checks before it is made, and how its file is named.
import { PayrollError } from './errors';
import type { PayrollMonth } from './month';
import { plainName } from './report-table';

export type PayrollReportKind = 'summary' | 'journal' | 'paymentList';

/**
 * A report of a month where someone cannot be paid as entered would leave them out silently, and
 * one of a month where nobody is paid is an empty file: both are refused, naming who and why.
 */
export function refuseUnpayable(month: PayrollMonth, report: PayrollReportKind): void {
  if (month.refusals.length > 0) {
    const names = month.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
    throw new PayrollError('VALIDATION', 'payrollReports.error.refusals', { report: `payrollReports.report.${report}`, month: month.month, count: month.refusals.length, names }, 'month');
  }
  if (month.lines.length === 0) throw new PayrollError('VALIDATION', 'payrollReports.error.nobodyPaid', { month: month.month }, 'month');
}

/**
 * "<kind>-<YYYY-MM>-<employer code>", and "-DRAFT" while the month is not finalised (CHOSEN: a
 * bookkeeper makes the files before paying, to check them, then finalises; the name says which
 * figures could still change, so a draft is never filed as the month's record by mistake).
 */
export function reportFileStem(kind: string, month: PayrollMonth, draftable = true): string {
  const stem = `${kind}-${month.month}-${plainName(month.company.employerCode)}`;
  return draftable && !month.status.finalised ? `${stem}-DRAFT` : stem;
}
