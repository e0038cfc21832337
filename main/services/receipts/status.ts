// The month's status, from generated files to a filed receipt. Pure, tested with the service.
import { MONTH_STATUSES, type MonthStatus, type ReceiptKind } from '../../../shared/domain/receipts';

export function statusRank(status: MonthStatus | null): number {
  return status === null ? -1 : MONTH_STATUSES.indexOf(status);
}

/**
 * What filing a receipt of this kind shows: an ACR (SOCSO) or ECR (EIS) is printed after the
 * contribution was submitted; a payment receipt exists only after payment, and filing it is the
 * last step. Anything else shows nothing.
 */
export function statusImpliedBy(kind: ReceiptKind): MonthStatus | null {
  if (kind === 'acr' || kind === 'ecr') return 'submitted';
  if (kind === 'payment') return 'receipt_filed';
  return null;
}

/** Automatic changes only move forward; the user's own choice is never undone by them either. */
export function nextAutoStatus(current: MonthStatus | null, implied: MonthStatus | null): MonthStatus | null {
  if (implied === null) return null;
  return statusRank(implied) > statusRank(current) ? implied : null;
}
