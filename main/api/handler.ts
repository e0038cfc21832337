import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/api/contract';
import type { Services } from '../services';
import { ServiceError } from '../services/service-error';
import type { Locale, MessageParams } from '../../shared/i18n/catalog';
import type { PathGuard } from './path-guard';

/** What a handler knows of its caller: the language to write reports in, and which paths it may name. */
export interface HandlerContext {
  locale: Locale;
  t: (key: string, params?: MessageParams) => string;
  /** Every path from the input goes through paths.require (see path-guard.ts). */
  paths: PathGuard;
}

/** A handler gets input that already passed its channel's schema, the services and the context. */
export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  services: Services,
  context: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/**
 * Runs a service call whose input sits under `prefix` in the channel input, so a field named by
 * the service ("idNumber") is reported where the caller put it ("employee.idNumber"), the same
 * path the schema validation reports.
 */
export async function underField<T>(prefix: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ServiceError && error.field && !error.field.startsWith(`${prefix}.`)) {
      throw new ServiceError(error.code, error.key, error.params, `${prefix}.${error.field}`);
    }
    throw error;
  }
}
