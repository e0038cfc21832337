// The closed set of error codes that may cross from the main process to the renderer or the CLI.
// Anything else that goes wrong is reported as INTERNAL, without a stack trace.
export const ERROR_CODES = [
  'VALIDATION', // the input was refused; `field` and the message say what to fix
  'NOT_FOUND', // the thing named does not exist (any more)
  'CONFLICT', // it would clash with something that exists (a duplicate code, a file already there)
  'FORBIDDEN', // the caller may not do this (a foreign sender, a path outside the allowed folder)
  'UNSUPPORTED', // valid input, but outside what Caruman can do (a month before 2016-06)
  'STORAGE', // the database or the disk failed or refused (newer schema, disk full, corrupt file)
  'INTERNAL', // a bug: logged in the main process, reported in one plain sentence
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an error looks like once it has crossed a boundary: plain data, translated already. */
export interface ApiErrorShape {
  code: ErrorCode;
  /** In the caller's language. */
  message: string;
  /** The message catalogue key, so a renderer may re-translate after a language switch. */
  key: string;
  params?: Record<string, string | number>;
  /** The input field that caused it, as a dotted path ("employerCode", "rows.3.wages"). */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
