// Why a write failed (a file in the way, a full disk, no permission, anything else), and the one
// way to turn that into a ServiceError in an area's own words.
import { TargetExistsError } from './durable-write';
import { ServiceError } from '../service-error';
import type { MessageKey, MessageParams } from '../../../shared/i18n/catalog';

export type WriteFailure = 'exists' | 'diskFull' | 'noPermission' | 'other';

export function writeFailureOf(error: unknown): WriteFailure {
  if (error instanceof TargetExistsError) return 'exists';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EEXIST') return 'exists';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'noPermission';
  return 'other';
}

/** A short reason for the 'other' case: the system's error code, or the message. */
export function failureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? String((error as Error | undefined)?.message ?? error);
}

/** An area's message for each kind of failure ('other' gets a {reason} param). */
export type WriteFailureMessages = Record<WriteFailure, MessageKey>;

/**
 * The ServiceError for a failed write: CONFLICT when a file was in the way (on `field`), STORAGE
 * otherwise; a ServiceError passes through unchanged.
 */
export function writeFailureError(error: unknown, messages: WriteFailureMessages, params: MessageParams, field?: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const failure = writeFailureOf(error);
  if (failure === 'exists') return new ServiceError('CONFLICT', messages.exists, params, field);
  return new ServiceError('STORAGE', messages[failure], failure === 'other' ? { ...params, reason: failureReason(error) } : params);
}

/** The one message for a failed write where no area has its own words (the CLI's exports). */
export function fileWriteError(error: unknown, file: string): ServiceError {
  return writeFailureError(
    error,
    { exists: 'storage.file.exists', diskFull: 'storage.file.diskFull', noPermission: 'storage.file.noPermission', other: 'storage.file.writeFailed' },
    { path: file },
  );
}
