// A row of payroll_corrections as a Correction: one mapping for the corrections list and the pay run's read.
import type { Correction } from '../../../shared/payroll/month';

/** The columns a Correction is made of (the pay run's read selects these without company_id). */
export type CorrectionColumns = { id: number; employee_id: number; for_month: string; paid_month: string; amount: number; reason: string; created_at: string };
export type CorrectionTableRow = CorrectionColumns & { company_id: number };

export function toCorrection(r: CorrectionColumns): Correction {
  return { id: r.id, employeeId: r.employee_id, forMonth: r.for_month, paidMonth: r.paid_month, amountSen: r.amount, reason: r.reason, createdAt: r.created_at };
}
