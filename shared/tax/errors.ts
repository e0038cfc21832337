// The one error the tax engine throws on purpose: bad or out-of-scope input. Like StatutoryError it
// carries a message key and parameters (never English text) and names the input field at fault, so
// the services can turn it into an API error and the CLI can name the row and column.
import type { TaxMessageKey } from '../i18n/messages/tax';

export type TaxErrorCode = 'VALIDATION' | 'UNSUPPORTED';

export class TaxError extends Error {
  override name = 'TaxError';
  constructor(
    /** VALIDATION: the input is malformed. UNSUPPORTED: well formed but outside Caruman's range (a year before YA2019). */
    readonly code: TaxErrorCode,
    readonly key: TaxMessageKey,
    readonly params: Record<string, string | number>,
    /** The input field at fault: "yearOfAssessment", "month", "employee.category", "current.y1Sen", … */
    readonly field: string,
  ) {
    super(`${key} ${JSON.stringify(params)} (field ${field})`);
  }
}
