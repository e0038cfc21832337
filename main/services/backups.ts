// Backups of the one Caruman database: automatic ones into <dataDir>/backups (daily, before an
// import, before a restore; open.ts adds one before every migration), manual ones anywhere the
// user chooses, and a restore that verifies a file completely before it replaces anything.
//
// Every file is written under a temporary name in its final folder and renamed only once it is
// complete, synced and checked, so a half-written backup never looks like a real one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db, OpenOptions } from './db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './db/migrations';
import { backupsDir, databasePath } from './db/paths';
import { ServiceError } from './service-error';
import { todayInMalaysia } from '../../shared/calendar';
import type { BackupInfo, BackupReason, RestoreSummary, VerifiedBackup } from '../../shared/api/channels/backups';

export type { BackupInfo, BackupReason, RestoreSummary, VerifiedBackup };

/**
 * How many automatic backups of each kind stay in the backups folder (newest first). Kinds not
 * listed here ('manual', 'before-restore' and anything unknown) are never deleted by Caruman:
 * a manual backup is the user's own, and a before-restore backup may be the only copy of the data
 * a restore replaced. Files outside the backups folder are never touched.
 */
export const BACKUP_RETENTION: Readonly<Record<string, number>> = {
  daily: 14,
  'before-import': 10,
  'before-migration': 10,
};

/** A temporary file older than this in the backups folder is left over from a crash. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** How long a restore waits for another program (the app, another `caruman`) to let go of the file. */
const IN_USE_TIMEOUT_MS = 1000;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const TEMP_SUFFIX = '.partial';
const NAME_PATTERN = /^caruman-([a-z][a-z0-9-]*?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.sqlite$/;
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** What the backup service needs from the services; read through a getter because restore rebinds `db`. */
export interface BackupDeps {
  readonly db: Db;
  readonly dataDir: string;
  readonly databaseFile: string;
  reopen(whileClosed?: () => void): void;
}

export interface BackupServiceOptions extends Pick<OpenOptions, 'now' | 'migrations'> {
  /** Writes a consistent copy of db to destination; tests inject failures here. */
  copy?: (db: Db, destination: string) => Promise<void>;
}

export interface BackupService {
  /** An online backup into the backups folder, then retention for the automatic kinds. */
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  /** A backup to a file the user chose; an existing file is replaced only with overwrite. */
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

export async function defaultCopy(db: Db, destination: string): Promise<void> {
  await db.backup(destination);
}

export function createBackupService(deps: () => BackupDeps, options: BackupServiceOptions = {}): BackupService {
  const copy = options.copy ?? defaultCopy;
  const clock = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  const latestVersion =
    migrations === MIGRATIONS ? LATEST_SCHEMA_VERSION : Math.max(0, ...migrations.map((m) => m.version));

  // One backup or restore at a time: a restore closes the database a backup may be reading.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  const folder = () => backupsDir(deps().dataDir);

  async function writeBackup(target: string, place: (temp: string) => void): Promise<void> {
    const temp = tempNameFor(target);
    try {
      await copy(deps().db, temp);
      finaliseCopy(temp);
      place(temp);
    } catch (error) {
      removeQuietly(temp);
      throw asStorageError(error, target);
    } finally {
      for (const suffix of SIDE_FILES) removeQuietly(temp + suffix);
    }
    syncFolder(path.dirname(target));
  }

  async function backupNowUnlocked(reason: BackupReason, now: Date): Promise<BackupInfo> {
    const dir = folder();
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw asStorageError(error, dir);
    }
    const target = uniqueName(dir, reason, now);
    await writeBackup(target, (temp) => {
      // uniqueName checked the name is free; a link would refuse a clash, but rename is enough in
      // our own folder, where only Caruman writes and every write is serialised above.
      fs.renameSync(temp, target);
    });
    prune(dir);
    return describe(target);
  }

  function isSqliteFile(file: string): boolean {
    const header = Buffer.alloc(16);
    const fd = fs.openSync(file, 'r');
    try {
      return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\u0000';
    } finally {
      fs.closeSync(fd);
    }
  }

  async function backupToUnlocked(file: string, overwrite: boolean): Promise<BackupInfo> {
    const target = checkAbsolute(file, 'to');
    if (samePath(target, deps().databaseFile) || SIDE_FILES.some((s) => samePath(target, deps().databaseFile + s))) {
      throw new ServiceError('VALIDATION', 'backups.error.targetIsDatabase', {}, 'to');
    }
    const parent = path.dirname(target);
    if (!isDirectory(parent)) throw new ServiceError('NOT_FOUND', 'backups.error.folderMissing', { folder: parent }, 'to');
    const existing = statOrNull(target);
    if (existing?.isDirectory()) throw new ServiceError('VALIDATION', 'backups.error.targetIsFolder', { path: target }, 'to');
    if (existing && !overwrite) throw new ServiceError('CONFLICT', 'backups.error.targetExists', { path: target }, 'to');
    // Replacing is allowed only for an earlier backup: a request can never clobber a document.
    if (existing && !isSqliteFile(target)) throw new ServiceError('FORBIDDEN', 'backups.error.overwriteNotBackup', { path: target }, 'to');
    await writeBackup(target, (temp) => {
      if (overwrite) fs.renameSync(temp, target);
      else placeWithoutReplacing(temp, target);
    });
    return describe(target);
  }

  function list(): BackupInfo[] {
    const dir = folder();
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return [];
    }
    const backups: BackupInfo[] = [];
    for (const name of names) {
      if (!NAME_PATTERN.test(name)) continue;
      const info = describeOrNull(path.join(dir, name));
      if (info) backups.push(info);
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  function prune(dir: string): void {
    const byReason = new Map<string, BackupInfo[]>();
    for (const backup of list()) {
      const group = byReason.get(backup.reason) ?? [];
      group.push(backup);
      byReason.set(backup.reason, group);
    }
    for (const [reason, backups] of byReason) {
      const keep = BACKUP_RETENTION[reason];
      if (keep === undefined) continue;
      for (const old of backups.slice(keep)) removeQuietly(old.file);
    }
    // Temporary files a crash left behind (never a fresh one: it may be another write in progress).
    for (const name of safeReaddir(dir)) {
      if (!name.endsWith(TEMP_SUFFIX) && !SIDE_FILES.some((s) => name.endsWith(TEMP_SUFFIX + s))) continue;
      const stat = statOrNull(path.join(dir, name));
      // Real time, not the injectable clock: mtimes are real.
      if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) removeQuietly(path.join(dir, name));
    }
  }

  function verifyBackupFile(file: string): VerifiedBackup {
    const { staged, verified } = stageAndVerify(file, deps().dataDir, deps().databaseFile, latestVersion);
    removeStaged(staged);
    return verified;
  }

  async function restoreUnlocked(file: string): Promise<RestoreSummary> {
    // 1. Verify a private copy: a damaged or foreign file stops here, before anything is changed.
    const { dataDir, databaseFile } = deps();
    const { staged, verified } = stageAndVerify(file, dataDir, databaseFile, latestVersion);
    try {
      // 2. Keep what is about to be replaced: an online, checked copy; if the current database is
      //    too damaged for that, a byte-for-byte copy of its file taken below while it is closed.
      const now = clock();
      let replaced: string | null = null;
      try {
        replaced = (await backupNowUnlocked('before-restore', now)).file;
      } catch {
        replaced = null;
      }

      // 3. Swap the file while the database is closed; reopen() then opens (and migrates) it.
      let swapped = false;
      try {
        deps().reopen(() => {
          takeSoleOwnership(databaseFile);
          replaced ??= rawBackupOfClosedFile(databaseFile, backupsDir(dataDir), 'before-restore', now);
          swapIn(staged, databaseFile);
          swapped = true;
        });
      } catch (error) {
        if (swapped && replaced) putBack(replaced, databaseFile, error);
        throw error;
      }
      const db = deps().db;
      return {
        restoredFrom: verified.file,
        replacedBackup: replaced,
        backupSchemaVersion: verified.schemaVersion,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        companies: countCompanies(db),
      };
    } finally {
      removeStaged(staged);
    }
  }

  /** The restored file would not open (a migration failed): put the replaced database back. */
  function putBack(replacedBackup: string, databaseFile: string, cause: unknown): never {
    const again = path.join(path.dirname(databaseFile), `.caruman-putback-${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
    try {
      deps().reopen(() => {
        for (const suffix of SIDE_FILES) fs.rmSync(databaseFile + suffix, { force: true });
        fs.copyFileSync(replacedBackup, again);
        fsyncFile(again);
        fs.renameSync(again, databaseFile);
        // A byte-for-byte copy of a damaged database may carry its log alongside.
        if (fs.existsSync(`${replacedBackup}-wal`)) fs.copyFileSync(`${replacedBackup}-wal`, `${databaseFile}-wal`);
        syncFolder(path.dirname(databaseFile));
      });
    } catch {
      removeQuietly(again);
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
        if (list().some((b) => b.reason === 'daily' && todayInMalaysia(() => new Date(b.createdAt)) === today)) return null;
        return backupNowUnlocked('daily', now);
      }),
    list,
    verifyBackupFile,
    restore: (file) => exclusive(() => restoreUnlocked(file)),
  };
}

// ---------------------------------------------------------------------------------------------
// Checking a file

/** Opens a private copy read-only and checks it is a sound Caruman database this app can use. */
function verifyCopy(staged: string, shownAs: string, latestVersion: number): Omit<VerifiedBackup, 'file' | 'size'> {
  let db: Db;
  try {
    db = new Database(staged, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw damaged(shownAs, error);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      throw damaged(shownAs, error);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new ServiceError('STORAGE', 'backups.error.damaged', { path: shownAs, detail: oneLine(problems.slice(0, 3).join('; ')) }, 'file');
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const hasCompanies = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'companies'").get();
    if (schemaVersion < 1 || !hasCompanies) {
      throw new ServiceError('VALIDATION', 'backups.error.notBackup', { path: shownAs }, 'file');
    }
    if (schemaVersion > latestVersion) {
      throw new ServiceError('STORAGE', 'backups.error.newerVersion', { found: schemaVersion, supported: latestVersion }, 'file');
    }
    const brokenLinks = (db.pragma('foreign_key_check') as unknown[]).length;
    if (brokenLinks > 0) {
      throw new ServiceError('STORAGE', 'backups.error.damaged', { path: shownAs, detail: `${brokenLinks} broken link(s) between records` }, 'file');
    }
    const companies = (db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n;
    return { schemaVersion, companies };
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw damaged(shownAs, error);
  } finally {
    db.close();
  }
}

function damaged(file: string, error: unknown): ServiceError {
  const code = (error as { code?: string })?.code;
  if (code === 'SQLITE_NOTADB') return new ServiceError('VALIDATION', 'backups.error.notBackup', { path: file }, 'file');
  return new ServiceError('STORAGE', 'backups.error.damaged', { path: file, detail: oneLine((error as Error)?.message ?? String(error)) }, 'file');
}

/** SQLite's integrity report as one short line ("*** in database main ***" and newlines removed). */
function oneLine(text: string, max = 200): string {
  const line = text.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * A fresh copy from db.backup() carries the WAL flag of the live database; switch it to a plain
 * single-file database (so it can be copied around alone), check it, and flush it to disk.
 */
function finaliseCopy(temp: string): void {
  let db: Db;
  try {
    db = new Database(temp, { fileMustExist: true });
  } catch (error) {
    throw new ServiceError('STORAGE', 'backups.error.copyCheckFailed', { detail: oneLine((error as Error).message) });
  }
  try {
    db.pragma('journal_mode = DELETE');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new ServiceError('STORAGE', 'backups.error.copyCheckFailed', { detail: oneLine(String(result)) });
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('STORAGE', 'backups.error.copyCheckFailed', { detail: oneLine((error as Error).message) });
  } finally {
    db.close();
  }
  fsyncFile(temp);
}

function hasSqliteHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    return read === 100 && header.subarray(0, 16).equals(SQLITE_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** user_version straight from the file header (bytes 60–63), without opening SQLite. */
function headerSchemaVersion(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) !== 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
    return header.readInt32BE(60);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// Restore helpers

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
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations === MIGRATIONS ? LATEST_SCHEMA_VERSION : Math.max(0, ...migrations.map((m) => m.version));
  const databaseFile = databasePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const { staged, verified } = stageAndVerify(file, dataDir, databaseFile, latest);
  try {
    takeSoleOwnership(databaseFile);
    const replacedBackup = rawBackupOfClosedFile(databaseFile, backupsDir(dataDir), 'before-restore', options.now?.() ?? new Date());
    swapIn(staged, databaseFile);
    return { restoredFrom: verified.file, replacedBackup, backupSchemaVersion: verified.schemaVersion };
  } finally {
    removeStaged(staged);
  }
}

/** Copies file next to the database and checks the copy; the caller owns (and removes) the copy. */
function stageAndVerify(
  file: string,
  dataDir: string,
  databaseFile: string,
  latestVersion: number,
): { staged: string; verified: VerifiedBackup } {
  const source = checkAbsolute(file, 'file');
  const stat = statOrNull(source);
  if (!stat) throw new ServiceError('NOT_FOUND', 'backups.error.fileMissing', { path: source }, 'file');
  if (!stat.isFile()) throw new ServiceError('VALIDATION', 'backups.error.notBackup', { path: source }, 'file');
  if (samePath(source, databaseFile)) throw new ServiceError('VALIDATION', 'backups.error.sourceIsDatabase', {}, 'file');
  if (!hasSqliteHeader(source)) throw new ServiceError('VALIDATION', 'backups.error.notBackup', { path: source }, 'file');

  const staged = path.join(dataDir, `.caruman-restore-${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    fs.copyFileSync(source, staged, fs.constants.COPYFILE_EXCL);
    fsyncFile(staged);
  } catch (error) {
    removeStaged(staged);
    throw asStorageError(error, staged);
  }
  try {
    return { staged, verified: { ...verifyCopy(staged, source, latestVersion), file: source, size: stat.size } };
  } catch (error) {
    removeStaged(staged);
    throw error;
  }
}

/**
 * Puts the verified copy in place of the (closed) database. Any -wal, -shm or -journal of the old
 * database goes first: SQLite would otherwise apply the old database's log to the restored file.
 */
function swapIn(staged: string, databaseFile: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(databaseFile + suffix, { force: true });
  fs.renameSync(staged, databaseFile);
  syncFolder(path.dirname(databaseFile));
}

/** A byte-for-byte copy of a closed database (and a -wal it left behind) into the backups folder. */
function rawBackupOfClosedFile(databaseFile: string, dir: string, reason: BackupReason, now: Date): string | null {
  if (!fs.existsSync(databaseFile)) return null;
  fs.mkdirSync(dir, { recursive: true });
  const target = uniqueName(dir, reason, now);
  const temp = tempNameFor(target);
  const wal = `${databaseFile}-wal`;
  try {
    fs.copyFileSync(databaseFile, temp, fs.constants.COPYFILE_EXCL);
    fsyncFile(temp);
    if ((statOrNull(wal)?.size ?? 0) > 0) fs.copyFileSync(wal, `${target}-wal`);
    fs.renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    removeQuietly(`${target}-wal`);
    throw asStorageError(error, target);
  }
  syncFolder(dir);
  return target;
}

function countCompanies(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n;
}

/**
 * Folds the old database's WAL into its file and proves nobody else has it open: leaving WAL mode
 * needs the only connection, so SQLITE_BUSY here means the app or another `caruman` still uses it.
 * Afterwards no -wal of the old database is left to be applied to the restored file.
 */
function takeSoleOwnership(databaseFile: string): void {
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

function removeStaged(staged: string): void {
  removeQuietly(staged);
  for (const suffix of SIDE_FILES) removeQuietly(staged + suffix);
}

// ---------------------------------------------------------------------------------------------
// Files and names

function describe(file: string): BackupInfo {
  const info = describeOrNull(file);
  if (!info) throw new ServiceError('STORAGE', 'backups.error.writeFailed', { path: file, reason: 'missing after writing' });
  return info;
}

function describeOrNull(file: string): BackupInfo | null {
  const stat = statOrNull(file);
  if (!stat?.isFile()) return null;
  const name = path.basename(file);
  const match = NAME_PATTERN.exec(name);
  const stamp = match?.[2];
  return {
    file,
    name,
    reason: match?.[1] ? match[1].replace(/-v\d+$/, '') : 'manual',
    createdAt: stamp ? stampToIso(stamp) : stat.mtime.toISOString(),
    size: stat.size,
    schemaVersion: headerSchemaVersion(file),
  };
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function stampToIso(value: string): string {
  const [date, time] = value.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

function uniqueName(dir: string, reason: string, now: Date): string {
  const base = `caruman-${reason}-${stamp(now)}`;
  let candidate = path.join(dir, `${base}.sqlite`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}.sqlite`);
  return candidate;
}

function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Puts temp at target unless something appeared there meanwhile (a hard link refuses to replace). */
function placeWithoutReplacing(temp: string, target: string): void {
  let linked = false;
  try {
    fs.linkSync(temp, target);
    linked = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ServiceError('CONFLICT', 'backups.error.targetExists', { path: target }, 'to');
    }
    // Some drives (FAT-formatted USB sticks) have no hard links: check, then rename.
  }
  if (linked) {
    removeQuietly(temp);
    return;
  }
  if (fs.existsSync(target)) throw new ServiceError('CONFLICT', 'backups.error.targetExists', { path: target }, 'to');
  fs.renameSync(temp, target);
}

function checkAbsolute(file: string, field: string): string {
  if (typeof file !== 'string' || file.trim() === '') throw new ServiceError('VALIDATION', 'backups.error.path.required', {}, field);
  if (!path.isAbsolute(file)) throw new ServiceError('VALIDATION', 'backups.error.path.notAbsolute', { path: file }, field);
  return path.resolve(file);
}

function samePath(a: string, b: string): boolean {
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

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function isDirectory(dir: string): boolean {
  return statOrNull(dir)?.isDirectory() ?? false;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // best effort: a leftover temporary file is cleaned up by a later prune
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable where the OS allows it (not on Windows, where directories cannot be synced). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function asStorageError(error: unknown, file: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return new ServiceError('STORAGE', 'backups.error.diskFull', { path: file });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new ServiceError('STORAGE', 'backups.error.noPermission', { path: file });
  }
  return new ServiceError('STORAGE', 'backups.error.writeFailed', { path: file, reason: (error as Error)?.message ?? String(error) });
}
