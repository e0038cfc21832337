import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/services/db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../main/services/db/migrations';
import { ServiceError } from '../../../main/services/service-error';
import { tempDirsPerTest } from '../../helpers/temp-dirs';

const tempDir = tempDirsPerTest();

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys, FULL sync and the latest schema version', () => {
    const dataDir = tempDir();
    const { db, file } = openDatabase({ dataDir });
    expect(file).toBe(path.join(dataDir, 'caruman.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('makes every table STRICT', () => {
    const { db } = openDatabase({ dataDir: tempDir() });
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table, table.name).toMatchObject({ strict: 1 });
    db.close();
  });

  it('refuses a database written by a newer Caruman and leaves it untouched', () => {
    const dataDir = tempDir();
    openDatabase({ dataDir }).db.close();
    const file = path.join(dataDir, 'caruman.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase({ dataDir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ServiceError);
    expect(caught).toMatchObject({ code: 'STORAGE', key: 'error.db.newerVersion', params: { found: LATEST_SCHEMA_VERSION + 5 } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up an existing database before migrating it, and the backup holds the old data', () => {
    const dataDir = tempDir();
    const first = openDatabase({ dataDir });
    first.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai', 'A1')").run();
    first.db.close();

    const next: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'test column', sql: 'ALTER TABLE companies ADD COLUMN note TEXT' };
    const second = openDatabase({ dataDir, migrations: [...MIGRATIONS, next], now: () => new Date('2026-01-02T03:04:05Z') });
    expect(second.preMigrationBackup).toMatch(new RegExp(`before-migration-v${LATEST_SCHEMA_VERSION}-2026-01-02T03-04-05-000Z\\.sqlite$`));
    expect(second.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    second.db.close();

    const backup = new Database(second.preMigrationBackup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.prepare('SELECT name FROM companies').all()).toEqual([{ name: 'Kedai' }]);
    backup.close();
  });

  it('takes no backup when creating a new database', () => {
    const dataDir = tempDir();
    const opened = openDatabase({ dataDir });
    expect(opened.preMigrationBackup).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
    opened.db.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves the old version', () => {
    const dataDir = tempDir();
    openDatabase({ dataDir }).db.close();
    const good: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'ok', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT' };
    const bad: Migration = { version: LATEST_SCHEMA_VERSION + 2, name: 'broken', sql: 'ALTER TABLE no_such_table ADD COLUMN x TEXT' };
    expect(() => openDatabase({ dataDir, migrations: [...MIGRATIONS, good, bad] })).toThrow(ServiceError);

    const raw = new Database(path.join(dataDir, 'caruman.sqlite'), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('refuses rows the schema forbids even if a bug bypassed validation', () => {
    const { db } = openDatabase({ dataDir: tempDir() });
    expect(() => db.prepare("INSERT INTO companies (name, employer_code) VALUES ('X', 'a-1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO companies (name, employer_code) VALUES ('', 'A1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO companies (name, employer_code) VALUES ('X', 'A1234567890123')").run()).toThrow(/CHECK/);
    db.close();
  });
});
