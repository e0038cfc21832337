// Restoring: the chosen file is copied next to the database and checked completely (verify.ts)
// before anything is changed; only then is the current database kept as a backup and replaced.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db, OpenOptions } from '../db/open';
import { MIGRATIONS, type Migration } from '../db/migrations';
import { backupsDir, databasePath } from '../db/paths';
import { ServiceError } from '../service-error';
import { makePrivateFolder, stageFile, syncFolder, fsyncFile, type StagedFile } from '../fs';
import { verifyCopy, readSqliteHeader } from './verify';
import { asStorageError, checkAbsolute, rawBackupOfClosedFile, removeQuietly, samePath, SIDE_FILES } from './create';
import { pruneBackups } from './retention';
import type { VerifiedBackup } from '../../../shared/domain/backups';

/** How long a restore waits for another program (the app, another `caruman`) to let go of the file. */
const IN_USE_TIMEOUT_MS = 1000;

/** A verified private copy of the file to restore, beside the database; the caller removes it. */
export interface StagedRestore {
  staged: StagedFile;
  verified: VerifiedBackup;
}

/** Copies file next to the database and checks the copy completely; refuses before anything changes. */
export function stageAndVerify(file: string, databaseFile: string, migrations: readonly Migration[]): StagedRestore {
  const source = checkAbsolute(file, 'file');
  const stat = fs.statSync(source, { throwIfNoEntry: false });
  if (!stat) throw new ServiceError('NOT_FOUND', 'backups.error.fileMissing', { path: source }, 'file');
  if (!stat.isFile()) throw new ServiceError('VALIDATION', 'backups.error.notBackup', { path: source }, 'file');
  if (samePath(source, databaseFile)) throw new ServiceError('VALIDATION', 'backups.error.sourceIsDatabase', {}, 'file');
  if (!readSqliteHeader(source)) throw new ServiceError('VALIDATION', 'backups.error.notBackup', { path: source }, 'file');

  let staged: StagedFile;
  try {
    staged = stageFile(databaseFile, { replace: true });
    fs.copyFileSync(source, staged.temp);
    fsyncFile(staged.temp);
  } catch (error) {
    throw asStorageError(error, databaseFile);
  }
  try {
    return { staged, verified: { ...verifyCopy(staged.temp, source, migrations), file: source, size: stat.size } };
  } catch (error) {
    discardStaged(staged);
    throw error;
  }
}

export function discardStaged(staged: StagedFile): void {
  staged.discard();
  for (const suffix of SIDE_FILES) removeQuietly(staged.temp + suffix);
}

/**
 * Puts the verified copy in place of the (closed) database. Any -wal, -shm or -journal of the old
 * database goes first: SQLite would otherwise apply the old database's log to the restored file.
 */
export function swapIn(staged: StagedFile, databaseFile: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(databaseFile + suffix, { force: true });
  staged.place();
}

/**
 * Folds the old database's WAL into its file and proves nobody else has it open: leaving WAL mode
 * needs the only connection, so SQLITE_BUSY here means the app or another `caruman` still uses it.
 * Afterwards no -wal of the old database is left to be applied to the restored file.
 */
export function takeSoleOwnership(databaseFile: string): void {
  if (!fs.existsSync(databaseFile)) return;
  let raw: Db | undefined;
  try {
    raw = new Database(databaseFile, { fileMustExist: true, timeout: IN_USE_TIMEOUT_MS });
    raw.pragma('journal_mode = DELETE');
  } catch (error) {
    const code = (error as { code?: string })?.code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new ServiceError('CONFLICT', 'backups.error.inUse');
    }
    // A current database too damaged to open is exactly what a restore is for.
  } finally {
    raw?.close();
  }
}

/** Puts a kept copy of the replaced database back in place of the (closed) database. */
export function copyBack(replacedBackup: string, databaseFile: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(databaseFile + suffix, { force: true });
  const staged = stageFile(databaseFile, { replace: true });
  try {
    fs.copyFileSync(replacedBackup, staged.temp);
    staged.place();
  } catch (error) {
    staged.discard();
    throw error;
  }
  // A byte-for-byte copy of a damaged database may carry its log alongside.
  if (fs.existsSync(`${replacedBackup}-wal`)) fs.copyFileSync(`${replacedBackup}-wal`, `${databaseFile}-wal`);
  syncFolder(path.dirname(databaseFile));
}

/**
 * For `caruman restore` when the current database cannot even be opened (damaged beyond use):
 * verifies file, keeps a byte-for-byte copy of the unusable database in the backups folder and
 * puts the verified copy in its place. Opening it afterwards (createServices) migrates it.
 * Nothing may have the database open.
 */
export function restoreOverClosedDatabase(
  dataDir: string,
  file: string,
  options: Pick<OpenOptions, 'now' | 'migrations'> = {},
): { restoredFrom: string; replacedBackup: string | null; backupSchemaVersion: number } {
  const databaseFile = databasePath(dataDir);
  makePrivateFolder(dataDir);
  const { staged, verified } = stageAndVerify(file, databaseFile, options.migrations ?? MIGRATIONS);
  try {
    takeSoleOwnership(databaseFile);
    const dir = makePrivateFolder(backupsDir(dataDir));
    const replacedBackup = rawBackupOfClosedFile(databaseFile, dir, 'before-restore', options.now?.() ?? new Date());
    swapIn(staged, databaseFile);
    pruneBackups(dir);
    return { restoredFrom: verified.file, replacedBackup, backupSchemaVersion: verified.schemaVersion };
  } finally {
    discardStaged(staged);
  }
}
