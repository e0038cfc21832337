// The one error the statutory engine throws on purpose: bad or out-of-scope input. It carries a
// message key and parameters (never English text) and names the input field at fault, so the
// services can turn it into an API error and the CLI can name the row and field.
import type { StatutoryMessageKey } from '../i18n/messages/statutory';

export type StatutoryErrorCode = 'VALIDATION' | 'UNSUPPORTED';

export class StatutoryError extends Error {
  override name = 'StatutoryError';
  constructor(
    /** VALIDATION: the input is malformed. UNSUPPORTED: well formed but outside Caruman's range (a month before 2016-06). */
    readonly code: StatutoryErrorCode,
    readonly key: StatutoryMessageKey,
    readonly params: Record<string, string | number>,
    /** The input field at fault: "month", "wagesSen", "person.dateOfBirth", "payItems.bonus", … */
    readonly field: string,
  ) {
    super(`${key} ${JSON.stringify(params)} (field ${field})`);
  }
}
