import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../main/api/router';
import { createServices, type Services } from '../../main/services';
import { BACKUP_RETENTION, createBackupService, restoreOverClosedDatabase } from '../../main/services/backups';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../main/services/db/migrations';
import { ServiceError } from '../../main/services/service-error';
import { createTestApp, useTestApps, type TestApp } from '../helpers/services';
import { useCleanups, useTempDirs } from '../helpers/cleanups';

const later = useCleanups();
const app = useTestApps(later);
const tempDir = useTempDirs({ later });

function servicesWith(migrations: readonly Migration[], dataDir = tempDir()): Services {
  const services = createServices({ dataDir, migrations });
  later(() => services.close());
  return services;
}

type Row = { name: string; employer_code: string };
function companiesIn(db: Database.Database): Row[] {
  return db.prepare('SELECT name, employer_code FROM companies ORDER BY employer_code').all() as Row[];
}

function readFile<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function addCompanies(services: Services, count: number, prefix = 'C'): void {
  const insert = services.db.prepare('INSERT INTO companies (name, employer_code) VALUES (?, ?)');
  services.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`Syarikat ${prefix}${i} Sdn Bhd ${'x'.repeat(60)}`, `${prefix}${String(i).padStart(5, '0')}`);
  })();
}

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error('expected a rejection');
}

function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** What must not change when a restore is refused. */
function snapshot(a: TestApp) {
  return {
    companies: companiesIn(a.services.db),
    version: a.services.db.pragma('user_version', { simple: true }),
    backups: a.services.backups.list().map((b) => b.name),
    dataDirFiles: filesIn(a.dataDir),
  };
}

describe('backups: making them', () => {
  it('takes an online backup that holds the data, passes integrity_check and is a single file', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    addCompanies(a.services, 200);

    const made = await a.services.backups.backupNow('manual');
    expect(path.dirname(made.file)).toBe(path.join(a.dataDir, 'backups'));
    expect(made.name).toMatch(/^caruman-manual-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
    expect(made).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(made.size).toBe(fs.statSync(made.file).size);

    readFile(made.file, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(companiesIn(db)).toEqual(companiesIn(a.services.db));
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    });
    // Nothing but the finished backup in the folder: no temporary or -wal files.
    expect(filesIn(path.join(a.dataDir, 'backups'))).toEqual([made.name]);
  });

  it('leaves no half-written file under the final name when the copy fails', async () => {
    const a = app();
    const failing = createBackupService(() => a.services, {
      copy: async (_db, destination) => {
        fs.writeFileSync(destination, 'SQLite format 3\0 half a page');
        throw Object.assign(new Error('device not ready'), { code: 'EIO' });
      },
    });
    const error = await rejection(failing.backupNow('daily'));
    expect(error).toMatchObject({ code: 'STORAGE', key: 'backups.error.writeFailed' });
    expect(filesIn(path.join(a.dataDir, 'backups'))).toEqual([]);

    const target = path.join(tempDir(), 'mine.sqlite');
    await rejection(failing.backupTo(target));
    expect(filesIn(path.dirname(target))).toEqual([]);
  });

  it('throws away a copy that does not pass its check', async () => {
    const a = app();
    const garbage = createBackupService(() => a.services, {
      copy: async (_db, destination) => fs.writeFileSync(destination, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)])),
    });
    const error = await rejection(garbage.backupNow('manual'));
    expect(error).toMatchObject({ code: 'STORAGE', key: 'backups.error.copyCheckFailed' });
    expect(filesIn(path.join(a.dataDir, 'backups'))).toEqual([]);
  });

  it('maps a full disk to a plain message', async () => {
    const a = app();
    const full = createBackupService(() => a.services, {
      copy: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    const error = await rejection(full.backupNow('manual'));
    expect(error.key).toBe('backups.error.diskFull');
  });

  it('backs up to a chosen file, refuses to replace one unless asked, and never writes over the database', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai', employerCode: 'A1', ssmNumber: null });
    const dir = tempDir();
    const target = path.join(dir, 'payroll-backup.sqlite');

    const made = await a.services.backups.backupTo(target);
    expect(made.file).toBe(target);
    readFile(target, (db) => expect(companiesIn(db)).toEqual([{ name: 'Kedai', employer_code: 'A1' }]));

    fs.writeFileSync(target, 'my own file');
    expect(await rejection(a.services.backups.backupTo(target))).toMatchObject({ code: 'CONFLICT', key: 'backups.error.targetExists' });
    expect(fs.readFileSync(target, 'utf8')).toBe('my own file');

    // Even when asked, only an earlier backup is replaced, never the user's own file.
    expect(await rejection(a.services.backups.backupTo(target, { overwrite: true }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(fs.readFileSync(target, 'utf8')).toBe('my own file');
    fs.rmSync(target);
    await a.services.backups.backupTo(target);
    await a.services.backups.backupTo(target, { overwrite: true });
    readFile(target, (db) => expect(db.pragma('integrity_check', { simple: true })).toBe('ok'));
    expect(filesIn(dir)).toEqual(['payroll-backup.sqlite']);

    expect(await rejection(a.services.backups.backupTo(path.join(dir, 'no', 'such', 'x.sqlite')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(a.services.backups.backupTo(dir))).toMatchObject({ code: 'VALIDATION', key: 'backups.error.targetIsFolder' });
    expect(await rejection(a.services.backups.backupTo(a.services.databaseFile, { overwrite: true }))).toMatchObject({
      code: 'VALIDATION',
      key: 'backups.error.targetIsDatabase',
    });
    expect(await rejection(a.services.backups.backupTo('relative.sqlite'))).toMatchObject({ code: 'VALIDATION', field: 'to' });
  });

  it('serialises backups made at the same moment into distinct files', async () => {
    const a = app();
    const fixed = createBackupService(() => a.services, { now: () => new Date('2026-03-10T04:00:00Z') });
    const [one, two] = await Promise.all([fixed.backupNow('manual'), fixed.backupNow('manual')]);
    expect(one!.file).not.toBe(two!.file);
    expect(fixed.list()).toHaveLength(2);
  });
});

describe('backups: daily backups and retention', () => {
  it('makes the daily backup once per local day', async () => {
    const a = app();
    const backups = a.services.backups;
    // 12:00 and 12:30 UTC are the same local day in every time zone; the next noon is not.
    expect(await backups.ensureDailyBackup(new Date('2026-03-10T12:00:00Z'))).toMatchObject({ reason: 'daily' });
    expect(await backups.ensureDailyBackup(new Date('2026-03-10T12:30:00Z'))).toBeNull();
    await backups.backupNow('manual'); // a manual backup does not count as the daily one
    expect(await backups.ensureDailyBackup(new Date('2026-03-11T12:00:00Z'))).toMatchObject({ reason: 'daily' });
    expect(backups.list().filter((b) => b.reason === 'daily')).toHaveLength(2);
  });

  it('keeps the newest N automatic backups of each kind (issue 11 item 20: before-restore ones too) and every manual one', async () => {
    const a = app();
    let clock = Date.parse('2026-01-01T12:00:00Z');
    const backups = createBackupService(() => a.services, { now: () => new Date((clock += 3600_000)) });
    const dir = path.join(a.dataDir, 'backups');

    for (let day = 0; day < 20; day++) await backups.ensureDailyBackup(new Date(Date.parse('2026-02-01T12:00:00Z') + day * 86_400_000));
    for (let i = 0; i < 13; i++) await backups.backupNow('before-import');
    for (let i = 0; i < 16; i++) await backups.backupNow('manual');
    for (let i = 0; i < 12; i++) await backups.backupNow('before-restore');
    // Before-migration backups come from openDatabase (VACUUM INTO); they are pruned here too.
    const source = backups.list()[0]!.file;
    for (let i = 0; i < 12; i++) {
      fs.copyFileSync(source, path.join(dir, `caruman-before-migration-v1-2025-12-${String(10 + i).padStart(2, '0')}T00-00-00-000Z.sqlite`));
    }
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    await backups.backupNow('manual');

    const count = (reason: string) => backups.list().filter((b) => b.reason === reason);
    expect(count('daily')).toHaveLength(BACKUP_RETENTION.daily!);
    expect(count('daily')[0]!.createdAt).toBe('2026-02-20T12:00:00.000Z'); // the newest survive
    expect(count('before-import')).toHaveLength(BACKUP_RETENTION['before-import']!);
    expect(count('before-migration')).toHaveLength(BACKUP_RETENTION['before-migration']!);
    expect(count('before-migration').at(-1)!.name).toContain('2025-12-12T');
    expect(count('manual')).toHaveLength(17);
    expect(count('before-restore')).toHaveLength(BACKUP_RETENTION['before-restore']!);
    expect(BACKUP_RETENTION['before-restore']).toBe(10);
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
  });

  it('clears temporary files a crash left behind, but not one that may still be in progress', async () => {
    const a = app();
    const dir = path.join(a.dataDir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, '.caruman-daily-2026-01-01T00-00-00-000Z.sqlite.aaaa.partial');
    const fresh = path.join(dir, '.caruman-daily-2026-01-02T00-00-00-000Z.sqlite.bbbb.partial');
    fs.writeFileSync(stale, 'half');
    fs.writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
    await a.services.backups.backupNow('manual');
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('lists backups newest first with kind, time, size and schema version, ignoring other files', async () => {
    const a = app();
    let clock = Date.parse('2026-03-01T00:00:00Z');
    const backups = createBackupService(() => a.services, { now: () => new Date((clock += 60_000)) });
    await backups.backupNow('daily');
    await backups.backupNow('before-import');
    await backups.backupNow('manual');
    const dir = path.join(a.dataDir, 'backups');
    fs.writeFileSync(path.join(dir, '.caruman-manual-2026-03-02T00-00-00-000Z.sqlite.abc.partial'), 'half');
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'x');

    const listed = backups.list();
    expect(listed.map((b) => b.reason)).toEqual(['manual', 'before-import', 'daily']);
    expect(listed[0]).toMatchObject({ createdAt: '2026-03-01T00:03:00.000Z', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(listed.every((b) => b.size > 0 && path.isAbsolute(b.file))).toBe(true);
    expect(await a.call('backups:list')).toEqual(a.services.backups.list());
  });
});

describe('backups: verifying and restoring', () => {
  async function goodBackup(a: TestApp): Promise<string> {
    return (await a.services.backups.backupTo(path.join(tempDir(), 'good.sqlite'))).file;
  }

  async function expectRefusedRestore(a: TestApp, file: string, expected: { code: string; key: string }) {
    const before = snapshot(a);
    const fileBefore = fs.existsSync(file) ? fs.readFileSync(file) : null;
    const result = await a.router.invoke('backups:restore', { file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject(expected);
    expect(result.error.message).not.toMatch(/\n/);
    // Untouched: same rows, same version, no before-restore backup, no leftovers in the data folder.
    expect(snapshot(a)).toEqual(before);
    // Nor was the chosen file changed, or -wal/-shm files created beside it.
    if (fileBefore) expect(fs.readFileSync(file).equals(fileBefore)).toBe(true);
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
    return result.error;
  }

  function setUp(): TestApp {
    const a = app();
    addCompanies(a.services, 300, 'K');
    return a;
  }

  it('refuses a truncated backup and leaves the current database untouched', async () => {
    const a = setUp();
    const file = await goodBackup(a);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await a.call('companies:create', { name: 'Current only', employerCode: 'NEW1', ssmNumber: null });
    await expectRefusedRestore(a, file, { code: 'STORAGE', key: 'backups.error.damaged' });
  });

  it('refuses a backup with damaged pages in the middle', async () => {
    const a = setUp();
    const file = await goodBackup(a);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    for (let i = middle; i < middle + 64; i++) bytes[i] = bytes[i]! ^ 0xa5;
    fs.writeFileSync(file, bytes);
    const error = await expectRefusedRestore(a, file, { code: 'STORAGE', key: 'backups.error.damaged' });
    expect(error?.message).toContain('damaged');
  });

  it('refuses a text file renamed .sqlite, a foreign SQLite file and a missing file', async () => {
    const a = setUp();
    const dir = tempDir();
    const text = path.join(dir, 'payroll.sqlite');
    fs.writeFileSync(text, 'Nama,Gaji\nAli,2500.00\n');
    const error = await expectRefusedRestore(a, text, { code: 'VALIDATION', key: 'backups.error.notBackup' });
    expect(error?.message).toContain('This file is not a Caruman backup');

    const foreign = path.join(dir, 'other-app.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)');
    other.pragma('user_version = 1');
    other.close();
    await expectRefusedRestore(a, foreign, { code: 'VALIDATION', key: 'backups.error.notBackup' });

    await expectRefusedRestore(a, path.join(dir, 'nothing-here.sqlite'), { code: 'NOT_FOUND', key: 'backups.error.fileMissing' });
  });

  it('refuses a backup from a newer Caruman, naming both versions', async () => {
    const a = setUp();
    const file = await goodBackup(a);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.close();
    const error = await expectRefusedRestore(a, file, { code: 'STORAGE', key: 'backups.error.newerVersion' });
    expect(error?.message).toContain(`data version ${LATEST_SCHEMA_VERSION + 3}`);
    expect(error?.message).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
  });

  it('refuses relative or empty paths at the door', async () => {
    const a = app();
    for (const file of ['backup.sqlite', '', './x.sqlite']) {
      const result = await a.router.invoke('backups:restore', { file });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } });
    }
    expect(await a.router.invoke('backups:create', { to: 'x.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
  });

  it('verifies a good file without changing it', async () => {
    const a = setUp();
    const file = await goodBackup(a);
    const before = fs.readFileSync(file);
    expect(a.services.backups.verifyBackupFile(file)).toEqual({ file, size: before.length, schemaVersion: LATEST_SCHEMA_VERSION, companies: 300 });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesIn(path.dirname(file))).toEqual(['good.sqlite']);
  });

  it('restores a good backup, keeps the replaced database and the router keeps working', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai Lama', employerCode: 'OLD1', ssmNumber: null });
    const file = await goodBackup(a);
    await a.call('companies:create', { name: 'Kedai Baru', employerCode: 'NEW1', ssmNumber: null });
    await a.call('settings:setLocale', { locale: 'en' });

    const summary = await a.call<{ restoredFrom: string; replacedBackup: string; schemaVersion: number; backupSchemaVersion: number; companies: number }>(
      'backups:restore',
      { file },
    );
    expect(summary).toMatchObject({ restoredFrom: file, schemaVersion: LATEST_SCHEMA_VERSION, backupSchemaVersion: LATEST_SCHEMA_VERSION, companies: 1 });

    // The router goes on working over the rebound services.
    expect((await a.call<{ employerCode: string }[]>('companies:list')).map((c) => c.employerCode)).toEqual(['OLD1']);
    await a.call('companies:create', { name: 'Selepas', employerCode: 'AFTER1', ssmNumber: null });
    expect((await a.call<unknown[]>('companies:list')).length).toBe(2);

    // The replaced database is kept, complete, and opens on its own.
    expect(path.basename(summary.replacedBackup)).toMatch(/^caruman-before-restore-/);
    readFile(summary.replacedBackup, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(companiesIn(db).map((r) => r.employer_code)).toEqual(['NEW1', 'OLD1']);
    });
    expect(a.services.backups.list().map((b) => b.reason)).toContain('before-restore');
    // No staging or side files left in the data folder; the chosen file is still there.
    expect(filesIn(a.dataDir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('survives a reopen of the restored database from scratch (what the next app start sees)', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai Lama', employerCode: 'OLD1', ssmNumber: null });
    const file = await goodBackup(a);
    await a.call('companies:create', { name: 'Kedai Baru', employerCode: 'NEW1', ssmNumber: null });
    await a.services.backups.restore(file);
    a.services.close();
    // The old database's WAL must not have been applied to the restored file.
    const fresh = createServices({ dataDir: a.dataDir });
    try {
      expect(companiesIn(fresh.db).map((r) => r.employer_code)).toEqual(['OLD1']);
      expect(fresh.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      fresh.close();
      a.services.reopen(); // so dispose() can close it again
    }
  });

  it('migrates an older backup after restoring it', async () => {
    const old = app();
    await old.call('companies:create', { name: 'Kedai Lama', employerCode: 'OLD1', ssmNumber: null });
    const file = await goodBackup(old);

    const next: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'test', sql: 'CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, note TEXT) STRICT' };
    const services = servicesWith([...MIGRATIONS, next]);
    const router = createRouter(services, { locale: () => 'en', logError: () => {} });
    const result = await router.invoke('backups:restore', { file });
    expect(result).toMatchObject({ ok: true, value: { backupSchemaVersion: LATEST_SCHEMA_VERSION, schemaVersion: LATEST_SCHEMA_VERSION + 1, companies: 1 } });
    expect(services.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra_notes'").get()).toEqual({ n: 1 });
    expect(services.backups.list().map((b) => b.reason).sort()).toEqual(['before-migration', 'before-restore']);
    expect(await router.invoke('companies:list', {})).toMatchObject({ ok: true, value: [{ employerCode: 'OLD1' }] });
  });

  it('puts the previous database back when the restored one cannot be opened', async () => {
    // A genuine backup whose upgrade fails on its data: two companies of the same name, and the
    // next migration makes names unique. (A backup with a table of its own is refused before
    // anything is replaced: see issue 11 item 7 below.)
    const old = app();
    old.services.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kembar', 'TWIN1'), ('Kembar', 'TWIN2')").run();
    const file = await goodBackup(old);

    const next: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'test', sql: 'CREATE UNIQUE INDEX companies_unique_name ON companies (name)' };
    const services = servicesWith([...MIGRATIONS, next]);
    services.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Semasa', 'CUR1')").run();
    const error = await rejection(services.backups.restore(file));
    expect(error).toMatchObject({ code: 'STORAGE', key: 'backups.error.restoreUndone' });
    expect(companiesIn(services.db)).toEqual([{ name: 'Semasa', employer_code: 'CUR1' }]);
    expect(services.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it('keeps a byte-for-byte copy of the replaced database when an online copy of it cannot be made', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai', employerCode: 'A1', ssmNumber: null });
    const file = await goodBackup(a);
    await a.call('companies:create', { name: 'Kedai Dua', employerCode: 'A2', ssmNumber: null });
    const broken = createBackupService(() => a.services, {
      copy: async () => {
        throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
      },
    });
    const summary = await broken.restore(file);
    expect(summary.replacedBackup).toMatch(/caruman-before-restore-.*\.sqlite$/);
    readFile(summary.replacedBackup!, (db) => expect(companiesIn(db).map((r) => r.employer_code)).toEqual(['A1', 'A2']));
    expect((await a.call<unknown[]>('companies:list')).length).toBe(1);
  });

  it('restores over a database too damaged to open, keeping the damaged file', async () => {
    const source = app();
    await source.call('companies:create', { name: 'Kedai', employerCode: 'A1', ssmNumber: null });
    const file = await goodBackup(source);
    const corrupt = path.join(tempDir(), 'broken.sqlite');
    fs.writeFileSync(corrupt, 'SQLite format 3\0 but not really');

    const dataDir = tempDir();
    const databaseFile = path.join(dataDir, 'caruman.sqlite');
    const garbage = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 0x41)]);
    fs.writeFileSync(databaseFile, garbage);
    expect(() => createServices({ dataDir })).toThrow(ServiceError);

    // A bad backup is refused first, without touching anything.
    expect(() => restoreOverClosedDatabase(dataDir, corrupt)).toThrow(ServiceError);
    expect(fs.readFileSync(databaseFile).equals(garbage)).toBe(true);
    expect(filesIn(dataDir)).toEqual(['caruman.sqlite']);

    const done = restoreOverClosedDatabase(dataDir, file);
    expect(fs.readFileSync(done.replacedBackup!).equals(garbage)).toBe(true);
    const services = createServices({ dataDir });
    later(() => services.close());
    expect(companiesIn(services.db)).toEqual([{ name: 'Kedai', employer_code: 'A1' }]);
  });

  it('refuses to restore while another connection has the database open', async () => {
    const a = app();
    await a.call('companies:create', { name: 'Kedai', employerCode: 'A1', ssmNumber: null });
    const file = await goodBackup(a);
    await a.call('companies:create', { name: 'Kedai Dua', employerCode: 'A2', ssmNumber: null });
    const other = new Database(a.services.databaseFile);
    try {
      other.prepare('SELECT count(*) FROM companies').get();
      const error = await rejection(a.services.backups.restore(file));
      expect(error).toMatchObject({ code: 'CONFLICT', key: 'backups.error.inUse' });
      expect(companiesIn(a.services.db).map((r) => r.employer_code)).toEqual(['A1', 'A2']);
      expect(companiesIn(other).map((r) => r.employer_code)).toEqual(['A1', 'A2']);
    } finally {
      other.close();
    }
    expect(await a.call<unknown[]>('companies:list')).toHaveLength(2);
  });
});

describe('backup to a chosen file, overwriting', () => {
  it('replaces an earlier backup but never a file that is not one', async () => {
    const app = createTestApp();
    try {
      const target = path.join(app.dataDir, 'mine.sqlite');
      await app.services.backups.backupTo(target);
      await expect(app.services.backups.backupTo(target, { overwrite: true })).resolves.toMatchObject({ file: target });

      const letter = path.join(app.dataDir, 'surat.docx');
      fs.writeFileSync(letter, 'important letter');
      await expect(app.services.backups.backupTo(letter, { overwrite: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        key: 'backups.error.overwriteNotBackup',
      });
      expect(fs.readFileSync(letter, 'utf8')).toBe('important letter');
    } finally {
      app.dispose();
    }
  });
});
