// The one error the tax engine throws on purpose, shaped like the statutory engine's
// (EngineInputError): a message key and parameters, never English text, and the input field at
// fault ("yearOfAssessment", "month", "employee.category", "current.y1Sen", …), so the services
// can turn it into an API error and the CLI can name the row and column.
import type { TaxMessageKey } from '../i18n/messages/tax';
import { EngineInputError, type EngineErrorCode } from '../statutory/errors';

export type TaxErrorCode = EngineErrorCode;

/** UNSUPPORTED here: a year of assessment before YA2019. */
export class TaxError extends EngineInputError<TaxMessageKey> {
  override name = 'TaxError';
}
