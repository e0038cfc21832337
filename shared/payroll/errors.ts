// The one error the pay run's pure computation throws on purpose. Like the engines' errors it
// carries a message key and parameters (never English text) and names what is at fault, so the
// router can say it in the user's language.
import type { PayrollMessageKey } from '../i18n/messages/payroll';
import type { PayrollReportsMessageKey } from '../i18n/messages/payroll-reports';

export type PayrollErrorCode = 'VALIDATION' | 'CONFLICT';

export class PayrollError extends Error {
  override name = 'PayrollError';
  constructor(
    readonly code: PayrollErrorCode,
    readonly key: PayrollMessageKey | PayrollReportsMessageKey,
    readonly params: Record<string, string | number>,
    /** What is at fault: the employee (employees.ID), "month", … */
    readonly field: string,
  ) {
    super(`${key} ${JSON.stringify(params)} (field ${field})`);
  }
}
