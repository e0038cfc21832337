// What a database failure means for the user: busy (another Caruman is writing), full (the disk),
// corrupt (the file is damaged) or read-only, each with what to do (issue 11 item 19). SQLite
// reports these as error codes on any statement, so both opening and the router map them here.
import { ServiceError } from '../service-error';

export type DatabaseTrouble = 'busy' | 'full' | 'corrupt' | 'readOnly';

/** Which of the known troubles error is, from SQLite's (or the system's) error code; null for anything else. */
export function databaseTroubleOf(error: unknown): DatabaseTrouble | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    // A write or flush that failed is almost always a full disk (or a removed drive).
    return 'full';
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return 'readOnly';
  return null;
}

/** The ServiceError for a database failure, or null when error is not one of the known troubles. */
export function databaseError(error: unknown, file: string): ServiceError | null {
  switch (databaseTroubleOf(error)) {
    case 'busy':
      return new ServiceError('STORAGE', 'storage.db.busy');
    case 'full':
      return new ServiceError('STORAGE', 'storage.db.full');
    case 'corrupt':
      return new ServiceError('STORAGE', 'storage.db.corrupt', { path: file });
    case 'readOnly':
      return new ServiceError('STORAGE', 'storage.db.readOnly', { path: file });
    case null:
      return null;
  }
}
