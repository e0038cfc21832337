// Restore and backups against hostile files and careless use (issue 11 items 7, 12 and 20), on
// real SQLite files: a backup with something planted in it, another program's database under
// --force, a restore refused half-way, and what a crash left behind.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/services/db/migrations';
import { openDatabase } from '../../main/services/db/open';
import { useTestApps } from '../helpers/services';
import { useCleanups, useTempDirs } from '../helpers/cleanups';
import { runCaruman } from '../helpers/cli';

const later = useCleanups();
const app = useTestApps(later);
const tempDir = useTempDirs({ later });
const ls = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

/** A genuine backup of a company with one employee and a month of wages. */
async function genuineBackup(): Promise<string> {
  const source = app();
  const company = await source.call<{ id: number }>('companies:create', { name: 'Kedai Asal', employerCode: 'ORIG1' });
  const employee = await source.call<{ id: number }>('employees:create', { companyId: company.id, employee: { name: 'Ali', idNumber: '900315-14-5671' } });
  await source.call('wages:set', { companyId: company.id, month: '2026-03', entries: [{ employeeId: employee.id, items: { basic: '2500' } }] });
  return (await source.services.backups.backupTo(path.join(tempDir(), 'caruman-backup.sqlite'))).file;
}

function plant(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('issue 11 item 7: restore refuses a backup whose schema is not exactly the one of its version', () => {
  const plants: [string, string][] = [
    [
      'a trigger that rewrites wages and moves output folders',
      `CREATE TRIGGER sneaky AFTER UPDATE ON wages BEGIN
         UPDATE wages SET basic = 1;
         UPDATE companies SET output_folder = '/tmp/elsewhere';
       END;`,
    ],
    ['a view', 'CREATE VIEW everyone AS SELECT name FROM employees'],
    ['an extra table', 'CREATE TABLE stash (secret TEXT) STRICT'],
    ['an extra index', 'CREATE INDEX wages_by_basic ON wages (basic)'],
    ['a changed table', 'ALTER TABLE companies ADD COLUMN backdoor TEXT'],
    ['a missing index', 'DROP INDEX wages_by_company_month'],
  ];

  it.each(plants)('%s: refused with a clear message, nothing replaced and no backup written', async (_what, sql) => {
    const file = await genuineBackup();
    plant(file, sql);
    const target = app();
    await target.call('companies:create', { name: 'Kedai Semasa', employerCode: 'CUR1' });
    const before = { files: ls(target.dataDir), backups: ls(path.join(target.dataDir, 'backups')), db: fs.readFileSync(target.services.databaseFile) };

    const result = await target.router.invoke('backups:restore', { file });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'backups.error.unexpectedSchema', field: 'file' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^This file is not a genuine Caruman backup: it holds what no Caruman database has \((extra|changed|missing) \w+ "\w+"/);
    expect(result.ok ? '' : result.error.message).toContain('Your current data was not changed.');
    expect(await target.call<{ employerCode: string }[]>('companies:list')).toMatchObject([{ employerCode: 'CUR1' }]);
    expect(ls(target.dataDir)).toEqual(before.files);
    expect(ls(path.join(target.dataDir, 'backups'))).toEqual(before.backups);
  });

  it('names the planted trigger, and `caruman restore` refuses it the same way', async () => {
    const file = await genuineBackup();
    plant(file, plants[0]![1]);
    const target = app();
    const run = await runCaruman(['restore', file], target.dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(extra trigger "sneaky")');
    expect(await target.call<unknown[]>('companies:list')).toEqual([]);
  });

  it('still restores a genuine backup, and one of an older version (compared with that version’s schema)', async () => {
    const file = await genuineBackup();
    const target = app();
    expect(await target.router.invoke('backups:restore', { file })).toMatchObject({ ok: true, value: { companies: 1 } });

    // A database as the previous version of Caruman made it (the latest migration but one: version
    // numbers are assigned ahead, so the one before may not be LATEST − 1).
    const olderDir = tempDir();
    const previousMigrations = MIGRATIONS.filter((m) => m.version < LATEST_SCHEMA_VERSION);
    const previousVersion = Math.max(...previousMigrations.map((m) => m.version));
    const older = openDatabase({ dataDir: olderDir, migrations: previousMigrations });
    older.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai Lama', 'OLD1')").run();
    const olderFile = path.join(olderDir, 'older.sqlite');
    older.db.prepare('VACUUM INTO ?').run(olderFile);
    older.db.close();
    expect(await target.router.invoke('backups:restore', { file: olderFile })).toMatchObject({
      ok: true,
      value: { backupSchemaVersion: previousVersion, schemaVersion: LATEST_SCHEMA_VERSION, companies: 1 },
    });
  });
});

describe('issue 11 item 12: --force replaces only a Caruman backup', () => {
  it('refuses to replace another program’s SQLite database, and says why', async () => {
    const a = app();
    const other = path.join(tempDir(), 'places.sqlite');
    plant(other, 'CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES (\'https://example.com\');');
    const before = fs.readFileSync(other);
    const run = await runCaruman(['backup', '--to', other, '--force'], a.dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`caruman: ${other} is not a Caruman backup, so it was not replaced. Choose a new file name.\n`);
    expect(fs.readFileSync(other).equals(before)).toBe(true);

    // An earlier Caruman backup may be replaced.
    const mine = path.join(tempDir(), 'caruman.sqlite');
    expect((await runCaruman(['backup', '--to', mine], a.dataDir)).code).toBe(0);
    expect((await runCaruman(['backup', '--to', mine, '--force'], a.dataDir)).code).toBe(0);
  });
});

describe('issue 11 item 20: privacy and leftovers', () => {
  it('a restore refused because the database is in use writes no backup', async () => {
    const file = await genuineBackup();
    const a = app();
    const other = new Database(a.services.databaseFile);
    later(() => other.close());
    other.prepare('SELECT count(*) FROM companies').get();
    const result = await a.router.invoke('backups:restore', { file });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'backups.error.inUse' } });
    expect(ls(path.join(a.dataDir, 'backups'))).toEqual([]);
    expect(ls(a.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('creates the data folder 0700 and the database, its log and every backup 0600', async () => {
    if (!posix) return;
    const dataDir = path.join(tempDir(), 'Caruman');
    const services = createServices({ dataDir });
    later(() => services.close());
    services.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('K', 'A1')").run();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(services.databaseFile)).toBe(0o600);
    expect(mode(`${services.databaseFile}-wal`)).toBe(0o600);
    const daily = await services.backups.backupNow('daily');
    expect(mode(path.dirname(daily.file))).toBe(0o700);
    expect(mode(daily.file)).toBe(0o600);
    const chosen = await services.backups.backupTo(path.join(tempDir(), 'mine.sqlite'));
    expect(mode(chosen.file)).toBe(0o600);
  });

  it('tightens a database an earlier version left readable by others', () => {
    if (!posix) return;
    const dataDir = tempDir();
    createServices({ dataDir }).close();
    const file = path.join(dataDir, 'caruman.sqlite');
    fs.chmodSync(file, 0o644);
    const services = createServices({ dataDir });
    later(() => services.close());
    expect(mode(file)).toBe(0o600);
  });

  it('removes what a crash left in the data and backups folders at the next start, and nothing else', () => {
    const dataDir = tempDir();
    createServices({ dataDir }).close();
    const backups = path.join(dataDir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const leftovers = [
      path.join(dataDir, '.caruman.sqlite.4242.0a1b2c3d.tmp'),
      path.join(dataDir, '.caruman-restore-0a1b2c3d4e5f.partial'),
      path.join(backups, '.caruman-daily-2026-01-01T00-00-00-000Z.sqlite.4242.0a1b2c3d.tmp'),
      path.join(backups, '.caruman-daily-2026-01-01T00-00-00-000Z.sqlite.4242.0a1b2c3d.tmp-journal'),
    ];
    const keep = [path.join(dataDir, 'notes.txt'), path.join(backups, 'caruman-manual-2026-01-01T00-00-00-000Z.sqlite')];
    const hoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    for (const file of [...leftovers, ...keep]) {
      fs.writeFileSync(file, 'x');
      fs.utimesSync(file, hoursAgo, hoursAgo);
    }
    const services = createServices({ dataDir });
    later(() => services.close());
    for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
    for (const file of keep) expect(fs.existsSync(file), file).toBe(true);
  });
});
