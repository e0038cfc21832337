// Writing a backup: SQLite's online copy into a private temporary file beside the target,
// switched to a single file, checked and flushed, and only then put under its final name
// (durable-write's stageFile), so a half-written backup never looks like a real one.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import { stageFile, syncFolder, writeFailureError, PRIVATE_FILE_MODE } from '../fs';
import { finaliseCopy } from './verify';
import { uniqueBackupPath } from './names';
import type { BackupReason } from '../../../shared/domain/backups';

/** The files SQLite may keep beside a database: its write-ahead log, shared memory and journal. */
export const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export type CopyDatabase = (db: Db, destination: string) => Promise<void>;

export async function defaultCopy(db: Db, destination: string): Promise<void> {
  await db.backup(destination);
}

export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // best effort: a leftover temporary file is cleaned up by a later prune
  }
}

/** A checked copy of db, complete in a temporary file; place() puts it at target. */
export interface PendingBackup {
  readonly target: string;
  place(): void;
  discard(): void;
}

/** Copies db into a private temporary file beside target and checks it; nothing is at target yet. */
export async function prepareBackup(db: Db, target: string, copy: CopyDatabase, options: { replace?: boolean } = {}): Promise<PendingBackup> {
  let staged: ReturnType<typeof stageFile>;
  try {
    staged = stageFile(target, { replace: options.replace === true });
  } catch (error) {
    throw asStorageError(error, target);
  }
  const cleanSideFiles = () => SIDE_FILES.forEach((suffix) => removeQuietly(staged.temp + suffix));
  try {
    await copy(db, staged.temp);
    finaliseCopy(staged.temp);
  } catch (error) {
    staged.discard();
    throw asStorageError(error, target);
  } finally {
    cleanSideFiles();
  }
  return {
    target,
    place() {
      try {
        staged.place();
      } catch (error) {
        throw asStorageError(error, target);
      }
    },
    discard: () => staged.discard(),
  };
}

/** An online backup of db at target (a free name, or one replace allows). */
export async function writeBackup(db: Db, target: string, copy: CopyDatabase, options: { replace?: boolean } = {}): Promise<void> {
  (await prepareBackup(db, target, copy, options)).place();
}

/**
 * A byte-for-byte copy of a closed database (and a -wal it left behind) into dir, for when an
 * online copy cannot be made (the database is too damaged to open). Null when there is no file.
 */
export function rawBackupOfClosedFile(databaseFile: string, dir: string, reason: BackupReason, now: Date): string | null {
  if (!fs.existsSync(databaseFile)) return null;
  const target = uniqueBackupPath(dir, reason, now);
  const wal = `${databaseFile}-wal`;
  let staged: ReturnType<typeof stageFile> | null = null;
  try {
    staged = stageFile(target);
    // Onto the private temporary file, which keeps its owner-only permissions.
    fs.copyFileSync(databaseFile, staged.temp);
    if ((fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0) > 0) {
      fs.copyFileSync(wal, `${target}-wal`);
      fs.chmodSync(`${target}-wal`, PRIVATE_FILE_MODE);
    }
    staged.place();
  } catch (error) {
    staged?.discard();
    removeQuietly(`${target}-wal`);
    throw asStorageError(error, target);
  }
  syncFolder(dir);
  return target;
}

export function asStorageError(error: unknown, file: string): ServiceError {
  const messages = { exists: 'backups.error.targetExists', diskFull: 'backups.error.diskFull', noPermission: 'backups.error.noPermission', other: 'backups.error.writeFailed' } as const;
  return writeFailureError(error, messages, { path: file }, 'to');
}

/** The path as given, made absolute; refused when empty or relative (the contract wants absolute paths). */
export function checkAbsolute(file: string, field: string): string {
  if (typeof file !== 'string' || file.trim() === '') throw new ServiceError('VALIDATION', 'backups.error.path.required', {}, field);
  if (!path.isAbsolute(file)) throw new ServiceError('VALIDATION', 'backups.error.path.notAbsolute', { path: file }, field);
  return path.resolve(file);
}

/** The same file, following links and ignoring case where the system does. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  const fold = process.platform === 'win32' || process.platform === 'darwin' ? (p: string) => p.toLowerCase() : (p: string) => p;
  return fold(real(a)) === fold(real(b));
}
