// Backups of the one Caruman database: automatic ones into <dataDir>/backups (daily, before an
// import, before a restore; open.ts adds one before every migration), manual ones anywhere the
// user chooses, and a restore that verifies a file completely before it replaces anything.
//
//   create.ts     writing a backup (online copy → check → durable placing)
//   names.ts      caruman-<reason>-<time>.sqlite, and listing them
//   retention.ts  how many of each kind stay
//   verify.ts     the SQLite header check and the complete check of a file (schema included)
//   restore.ts    staging, verifying and swapping in a file
import fs from 'node:fs';
import path from 'node:path';
import type { Db, OpenOptions } from '../db/open';
import { MIGRATIONS } from '../db/migrations';
import { backupsDir } from '../db/paths';
import { ServiceError } from '../service-error';
import { makePrivateFolder } from '../fs';
import { todayInMalaysia } from '../../../shared/calendar';
import {
  asStorageError,
  checkAbsolute,
  defaultCopy,
  prepareBackup,
  rawBackupOfClosedFile,
  samePath,
  SIDE_FILES,
  writeBackup,
  type CopyDatabase,
  type PendingBackup,
} from './create';
import { describeBackup, listBackups, uniqueBackupPath } from './names';
import { pruneBackups } from './retention';
import { isCarumanDatabase } from './verify';
import { copyBack, discardStaged, restoreOverClosedDatabase, stageAndVerify, swapIn, takeSoleOwnership } from './restore';
import type { BackupInfo, BackupReason, RestoreSummary, VerifiedBackup } from '../../../shared/domain/backups';

export type { BackupInfo, BackupReason, RestoreSummary, VerifiedBackup };
export { BACKUP_RETENTION } from './retention';
export { defaultCopy, restoreOverClosedDatabase };

/** What the backup service needs from the services; read through a getter because restore rebinds `db`. */
export interface BackupDeps {
  readonly db: Db;
  readonly dataDir: string;
  readonly databaseFile: string;
  reopen(whileClosed?: () => void): void;
}

export interface BackupServiceOptions extends Pick<OpenOptions, 'now' | 'migrations'> {
  /** Writes a consistent copy of db to destination; tests inject failures here. */
  copy?: CopyDatabase;
}

export interface BackupService {
  /** An online backup into the backups folder, then retention for the automatic kinds. */
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  /** A backup to a file the user chose; an existing file is replaced only with overwrite, and only a Caruman backup. */
  backupTo(file: string, options?: { overwrite?: boolean }): Promise<BackupInfo>;
  /** Makes today's daily backup unless one exists for today's local date; null when none was needed. */
  ensureDailyBackup(now?: Date): Promise<BackupInfo | null>;
  /** The backups in the backups folder, newest first. */
  list(): BackupInfo[];
  /** Checks a file completely without changing it (a copy is what gets opened). */
  verifyBackupFile(file: string): VerifiedBackup;
  /** Verifies file, keeps the current database as a before-restore backup, then replaces it. */
  restore(file: string): Promise<RestoreSummary>;
}

export function createBackupService(deps: () => BackupDeps, options: BackupServiceOptions = {}): BackupService {
  const copy = options.copy ?? defaultCopy;
  const clock = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;

  // One backup or restore at a time: a restore closes the database a backup may be reading.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function folder(): string {
    const dir = backupsDir(deps().dataDir);
    try {
      return makePrivateFolder(dir);
    } catch (error) {
      throw asStorageError(error, dir);
    }
  }

  function describe(file: string): BackupInfo {
    const info = describeBackup(file);
    if (!info) throw new ServiceError('STORAGE', 'backups.error.writeFailed', { path: file, reason: 'missing after writing' });
    return info;
  }

  async function backupNowUnlocked(reason: BackupReason, now: Date): Promise<BackupInfo> {
    const dir = folder();
    const target = uniqueBackupPath(dir, reason, now);
    await writeBackup(deps().db, target, copy);
    pruneBackups(dir);
    return describe(target);
  }

  async function backupToUnlocked(file: string, overwrite: boolean): Promise<BackupInfo> {
    const target = checkAbsolute(file, 'to');
    const databaseFile = deps().databaseFile;
    if ([databaseFile, ...SIDE_FILES.map((s) => databaseFile + s)].some((f) => samePath(target, f))) {
      throw new ServiceError('VALIDATION', 'backups.error.targetIsDatabase', {}, 'to');
    }
    const parent = path.dirname(target);
    if (!fs.statSync(parent, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ServiceError('NOT_FOUND', 'backups.error.folderMissing', { folder: parent }, 'to');
    }
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw new ServiceError('VALIDATION', 'backups.error.targetIsFolder', { path: target }, 'to');
    if (existing && !overwrite) throw new ServiceError('CONFLICT', 'backups.error.targetExists', { path: target }, 'to');
    // Replacing is allowed only for an earlier Caruman backup: never a document, never another program's database.
    if (existing && !isCarumanDatabase(target)) throw new ServiceError('FORBIDDEN', 'backups.error.overwriteNotBackup', { path: target }, 'to');
    await writeBackup(deps().db, target, copy, { replace: overwrite });
    return describe(target);
  }

  function verifyBackupFile(file: string): VerifiedBackup {
    const { staged, verified } = stageAndVerify(file, deps().databaseFile, migrations);
    discardStaged(staged);
    return verified;
  }

  async function restoreUnlocked(file: string): Promise<RestoreSummary> {
    // 1. Verify a private copy: a damaged, foreign or tampered file stops here, before anything is changed.
    const { databaseFile } = deps();
    const { staged, verified } = stageAndVerify(file, databaseFile, migrations);
    let pending: PendingBackup | null = null;
    try {
      // 2. Copy what is about to be replaced: an online, checked copy, kept under a temporary name
      //    until the swap is certain (a refused restore leaves no backup behind). If the current
      //    database is too damaged for that, a byte-for-byte copy is taken below while it is closed.
      const now = clock();
      const dir = folder();
      try {
        pending = await prepareBackup(deps().db, uniqueBackupPath(dir, 'before-restore', now), copy);
      } catch {
        pending = null;
      }

      // 3. Swap the file while the database is closed; reopen() then opens (and migrates) it.
      let replaced: string | null = null;
      let swapped = false;
      try {
        deps().reopen(() => {
          takeSoleOwnership(databaseFile);
          if (pending) {
            pending.place();
            replaced = pending.target;
          } else {
            replaced = rawBackupOfClosedFile(databaseFile, dir, 'before-restore', now);
          }
          swapIn(staged, databaseFile);
          swapped = true;
        });
      } catch (error) {
        if (swapped && replaced) putBack(replaced, databaseFile, error);
        throw error;
      }
      pruneBackups(dir);
      const db = deps().db;
      return {
        restoredFrom: verified.file,
        replacedBackup: replaced,
        backupSchemaVersion: verified.schemaVersion,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        companies: (db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n,
      };
    } finally {
      pending?.discard();
      discardStaged(staged);
    }
  }

  /** The restored file would not open (a migration failed): put the replaced database back. */
  function putBack(replacedBackup: string, databaseFile: string, cause: unknown): never {
    try {
      deps().reopen(() => copyBack(replacedBackup, databaseFile));
    } catch {
      throw new ServiceError('STORAGE', 'backups.error.putBackFailed', { backup: replacedBackup });
    }
    const reason = cause instanceof ServiceError ? String(cause.params.reason ?? cause.key) : String((cause as Error)?.message ?? cause);
    throw new ServiceError('STORAGE', 'backups.error.restoreUndone', { reason, backup: replacedBackup });
  }

  return {
    backupNow: (reason) => exclusive(() => backupNowUnlocked(reason, clock())),
    backupTo: (file, opts = {}) => exclusive(() => backupToUnlocked(file, opts.overwrite === true)),
    ensureDailyBackup: (now = clock()) =>
      exclusive(async () => {
        const today = todayInMalaysia(() => now);
        if (listBackups(backupsDir(deps().dataDir)).some((b) => b.reason === 'daily' && todayInMalaysia(() => new Date(b.createdAt)) === today)) return null;
        return backupNowUnlocked('daily', now);
      }),
    list: () => listBackups(backupsDir(deps().dataDir)),
    verifyBackupFile,
    restore: (file) => exclusive(() => restoreUnlocked(file)),
  };
}
