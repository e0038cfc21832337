import type { z } from 'zod';

/**
 * One entry of the contract: the schema the main process validates input against, and the type
 * of the value the renderer gets back (a phantom: it exists only for the compiler).
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  output: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input, output: undefined as O });
}
