import { TargetExistsError } from './durable-write';
import { ServiceError } from '../service-error';

/** Why a write failed, in the words each area's messages use. */
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

/** The one message for a failed write where no area has its own words (the CLI's exports). */
export function fileWriteError(error: unknown, file: string): ServiceError {
  if (error instanceof ServiceError) return error;
  switch (writeFailureOf(error)) {
    case 'exists':
      return new ServiceError('CONFLICT', 'storage.file.exists', { path: file });
    case 'diskFull':
      return new ServiceError('STORAGE', 'storage.file.diskFull', { path: file });
    case 'noPermission':
      return new ServiceError('STORAGE', 'storage.file.noPermission', { path: file });
    case 'other':
      return new ServiceError('STORAGE', 'storage.file.writeFailed', { path: file, reason: failureReason(error) });
  }
}
