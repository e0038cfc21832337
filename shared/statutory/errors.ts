// The one error each engine (SOCSO/EIS/LINDUNG here, EPF in shared/epf, PCB in shared/tax) throws
// on purpose: bad or out-of-scope input. It carries a message key and parameters (never English
// text) and names the input field at fault, so the services can turn it into an API error and the
// CLI can name the row and field. Each engine subclasses it with its own keys and name.
import type { StatutoryMessageKey } from '../i18n/messages/statutory';

/** VALIDATION: the input is malformed. UNSUPPORTED: well formed but outside Caruman's range (a month before the first table). */
export type EngineErrorCode = 'VALIDATION' | 'UNSUPPORTED';

export class EngineInputError<Key extends string> extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly key: Key,
    readonly params: Record<string, string | number>,
    /** The input field at fault: "month", "wagesSen", "person.dateOfBirth", "payItems.bonus", … */
    readonly field: string,
  ) {
    super(`${key} ${JSON.stringify(params)} (field ${field})`);
  }
}

export type StatutoryErrorCode = EngineErrorCode;

/** UNSUPPORTED here: a contribution month before 2016-06. */
export class StatutoryError extends EngineInputError<StatutoryMessageKey> {
  override name = 'StatutoryError';
}
