import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../service-error';
import { backupsDir, databasePath } from './paths';
import { MIGRATIONS, type Migration } from './migrations';
import { applyMigrations, latestSchemaVersion } from './schema';
import { databaseError } from './errors';
import { makePrivateFolder, PRIVATE_FILE_MODE, removeLeftovers, stageFile } from '../fs';

export type Db = Database.Database;

export interface OpenOptions {
  dataDir: string;
  /** A prebuilt better-sqlite3 addon (the Electron build made at `npm start`). */
  nativeBinding?: string;
  /** For tests of the upgrade path; production always uses MIGRATIONS. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** How long a write waits for another Caruman to finish before saying "busy" (tests shorten it). */
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** The backup taken before migrating an existing database, if any ran. */
  preMigrationBackup: string | null;
}

/** A write waits this long for another program (the app, another `caruman`) before "busy". */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) the database in dataDir, configured and migrated to the latest version. */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestSchemaVersion(migrations);
  const file = databasePath(options.dataDir);
  makePrivateFolder(options.dataDir);
  makePrivate(file);
  // What a crash left behind last time (a restore's staged copy, a backup's temporary file).
  removeLeftovers(options.dataDir);
  removeLeftovers(backupsDir(options.dataDir));

  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw openError(error, file);
  }
  try {
    configure(db, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new ServiceError('STORAGE', 'error.db.newerVersion', { found: version, supported: latest });
    }
    let preMigrationBackup: string | null = null;
    const pending = migrations.filter((m) => m.version > version);
    if (pending.length > 0 && version > 0) {
      preMigrationBackup = backupBeforeMigration(db, options.dataDir, version, options.now?.() ?? new Date());
    }
    if (pending.length > 0) applyMigrations(db, pending);
    return { db, file, preMigrationBackup };
  } catch (error) {
    db.close();
    throw openError(error, file);
  }
}

function openError(error: unknown, file: string): ServiceError {
  if (error instanceof ServiceError) return error;
  return databaseError(error, file) ?? new ServiceError('STORAGE', 'error.db.openFailed', { path: file, reason: (error as Error).message });
}

/**
 * A new database file is created owner-only (SQLite gives its -wal and -shm files the same
 * permissions); one made by an earlier version is tightened to owner-only where Caruman may.
 */
function makePrivate(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
    return;
  } catch {
    // It exists already.
  }
  if (process.platform === 'win32') return;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      if ((fs.statSync(file + suffix).mode & 0o077) !== 0) fs.chmodSync(file + suffix, PRIVATE_FILE_MODE);
    } catch {
      // Missing, or owned by someone else: leave it.
    }
  }
}

function configure(db: Db, busyTimeoutMs: number): void {
  // WAL lets the UI read while a long write runs; FULL durability because payroll is small and
  // losing a committed month is not acceptable.
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * A consistent copy taken with SQLite's VACUUM INTO (synchronous, unlike db.backup()), so an
 * interrupted or faulty migration can always be undone by hand. Written like every backup: into
 * a private temporary file, put in place only when complete.
 */
function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number, now: Date): string {
  const dir = makePrivateFolder(backupsDir(dataDir));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `caruman-before-migration-v${fromVersion}-${stamp}.sqlite`);
  const staged = stageFile(target);
  try {
    db.prepare('VACUUM INTO ?').run(staged.temp);
    staged.place();
  } catch (error) {
    staged.discard();
    throw error;
  }
  return target;
}
