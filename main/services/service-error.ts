import type { ErrorCode } from '../../shared/api/errors';
import type { MessageKey, MessageParams } from '../../shared/i18n/catalog';

/**
 * The only error a service throws on purpose. It carries a message key rather than text so the
 * router (or the CLI) can say it in the user's language; anything else thrown is a bug.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(`${code}: ${key} ${JSON.stringify(params)}`);
    this.name = 'ServiceError';
  }
}
