// The one error the EPF engine throws on purpose: bad or out-of-scope input. Like the statutory
// engine's, it carries a message key and parameters (never English text) and names the input field.
import type { EpfMessageKey } from '../i18n/messages/epf';

export type EpfErrorCode = 'VALIDATION' | 'UNSUPPORTED';

export class EpfError extends Error {
  override name = 'EpfError';
  constructor(
    /** VALIDATION: the input is malformed. UNSUPPORTED: well formed but outside Caruman's range (a wage month before 2016-03). */
    readonly code: EpfErrorCode,
    readonly key: EpfMessageKey,
    readonly params: Record<string, string | number>,
    /** The input field at fault: "wageMonth", "wagesSen", "bonusSen", "person.dateOfBirth", "person.status", … */
    readonly field: string,
  ) {
    super(`${key} ${JSON.stringify(params)} (field ${field})`);
  }
}
