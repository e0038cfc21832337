import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/api/contract';
import type { Services } from '../services';

/** A handler gets input that already passed its channel's schema, and the services. */
export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  services: Services,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
