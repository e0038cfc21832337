import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../service-error';
import { backupsDir, databasePath } from './paths';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  dataDir: string;
  /** A prebuilt better-sqlite3 addon (the Electron build made at `npm start`). */
  nativeBinding?: string;
  /** For tests of the upgrade path; production always uses MIGRATIONS. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** The backup taken before migrating an existing database, if any ran. */
  preMigrationBackup: string | null;
}

/** Opens (creating if needed) the database in dataDir, configured and migrated to the latest version. */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations === MIGRATIONS ? LATEST_SCHEMA_VERSION : Math.max(0, ...migrations.map((m) => m.version));
  const file = databasePath(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true });

  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new ServiceError('STORAGE', 'error.db.openFailed', { path: file, reason: (error as Error).message });
  }
  try {
    configure(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new ServiceError('STORAGE', 'error.db.newerVersion', { found: version, supported: latest });
    }
    let preMigrationBackup: string | null = null;
    const pending = migrations.filter((m) => m.version > version).sort((a, b) => a.version - b.version);
    if (pending.length > 0 && version > 0) {
      preMigrationBackup = backupBeforeMigration(db, options.dataDir, version, options.now?.() ?? new Date());
    }
    if (pending.length > 0) applyMigrations(db, pending);
    return { db, file, preMigrationBackup };
  } catch (error) {
    db.close();
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('STORAGE', 'error.db.openFailed', { path: file, reason: (error as Error).message });
  }
}

function configure(db: Db): void {
  // WAL lets the UI read while a long write runs; FULL durability because payroll is small and
  // losing a committed month is not acceptable.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function applyMigrations(db: Db, pending: readonly Migration[]): void {
  // Foreign keys are off while the schema changes, as SQLite's procedure for rebuilding a table
  // requires (dropping a parent table would otherwise cascade or be refused); foreign_key_check
  // inside the transaction still refuses any migration that leaves a dangling reference.
  // (PRAGMA foreign_keys cannot change inside a transaction, hence out here.)
  db.pragma('foreign_keys = OFF');
  try {
    applyMigrationsInOneTransaction(db, pending);
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function applyMigrationsInOneTransaction(db: Db, pending: readonly Migration[]): void {
  const run = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`Migration left ${problems.length} foreign key problem(s)`);
  });
  run.immediate();
}

/**
 * A consistent copy taken with SQLite's VACUUM INTO (synchronous, unlike db.backup()), so an
 * interrupted or faulty migration can always be undone by hand.
 */
function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number, now: Date): string {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `caruman-before-migration-v${fromVersion}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
