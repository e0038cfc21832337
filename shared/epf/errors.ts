// The one error the EPF engine throws on purpose, shaped like the statutory engine's
// (EngineInputError): a message key and parameters, never English text, and the input field at
// fault ("wageMonth", "wagesSen", "bonusSen", "person.dateOfBirth", "person.status", …).
import type { EpfMessageKey } from '../i18n/messages/epf';
import { EngineInputError, type EngineErrorCode } from '../statutory/errors';

export type EpfErrorCode = EngineErrorCode;

/** UNSUPPORTED here: a wage month before 2016-03. */
export class EpfError extends EngineInputError<EpfMessageKey> {
  override name = 'EpfError';
}
