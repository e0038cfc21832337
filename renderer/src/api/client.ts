// The ONLY module of the renderer that touches window.api. Every screen talks to the main
// process through `api.call(channel, input)`, typed by the shared contract. An error result
// becomes a thrown ApiError; a missing bridge becomes a thrown BridgeMissingError, which the app
// turns into a full-screen message (it never silently shows an empty app).
import type { Bridge, Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import { isErrorCode, type ApiErrorShape, type ApiResult, type ErrorCode } from '../../../shared/api/errors';

declare global {
  interface Window {
    /** Installed by the Electron preload (contextBridge) or by the browser test shim. */
    api?: Bridge;
  }
}

/** An error result from the main process, already translated into the language of the request. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly field?: string;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.key = shape.key;
    this.params = shape.params ?? {};
    if (shape.field) this.field = shape.field;
  }
}

/** window.api is not there: the preload did not run (or the page was opened outside Caruman). */
export class BridgeMissingError extends Error {
  readonly key = 'error.bridge.missing';

  constructor() {
    super('Caruman: window.api is missing. The preload script (or the test shim) did not install the bridge.');
    this.name = 'BridgeMissingError';
  }
}

export function hasBridge(): boolean {
  return typeof window !== 'undefined' && typeof window.api?.invoke === 'function';
}

function bridge(): Bridge {
  const candidate = window.api;
  if (!candidate || typeof candidate.invoke !== 'function') {
    const error = new BridgeMissingError();
    console.error(error.message);
    throw error;
  }
  return candidate;
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: { code?: unknown } };
  return result.ok === true || (result.ok === false && isErrorCode(result.error?.code));
}

function internalError(cause: unknown): ApiError {
  console.error('Caruman: the bridge failed', cause);
  return new ApiError({
    code: 'INTERNAL',
    key: 'error.internal',
    message: 'Something went wrong inside Caruman. Nothing was changed.',
  });
}

export const api = {
  /**
   * Calls a channel of the contract. Resolves with its output; rejects with an ApiError (error
   * result, or a broken transport reported as INTERNAL) or a BridgeMissingError.
   */
  async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const target = bridge();
    let result: unknown;
    try {
      result = await target.invoke(channel, input);
    } catch (cause) {
      throw internalError(cause);
    }
    if (!isApiResult(result)) throw internalError(new Error(`Malformed result from ${channel}`));
    if (!result.ok) throw new ApiError(result.error);
    return result.value as ChannelOutput<C>;
  },
};

export type Api = typeof api;
