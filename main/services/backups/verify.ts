// Checking a database file before Caruman trusts it: the SQLite header (one check, used to list,
// to refuse a non-database early and to decide what --force may replace), and a complete check
// of a private copy: integrity, version, links between records and the exact schema its version
// must have (issue 11 item 7: a planted trigger, view, table or index is refused).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { MIGRATIONS, type Migration } from '../db/migrations';
import { expectedSchema, latestSchemaVersion, schemaDifferences, schemaOf } from '../db/schema';
import { ServiceError } from '../service-error';
import { fsyncFile } from '../fs';
import type { VerifiedBackup } from '../../../shared/domain/backups';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The 100-byte SQLite header of file, or null when file is not an SQLite database (or unreadable). */
export function readSqliteHeader(file: string): { schemaVersion: number } | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) !== 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
    // user_version, bytes 60–63, without opening SQLite.
    return { schemaVersion: header.readInt32BE(60) };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A Caruman database or backup (what `backup --to --force` may replace): SQLite, a schema
 * version, and Caruman's companies and settings tables. Any other SQLite file (another program's
 * data) is not.
 */
export function isCarumanDatabase(file: string): boolean {
  const header = readSqliteHeader(file);
  if (!header || header.schemaVersion < 1) return false;
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('companies', 'settings')").all();
    return tables.length === 2;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** SQLite's integrity report as one short line ("*** in database main ***" and newlines removed). */
export function oneLine(text: string, max = 200): string {
  const line = text.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function damaged(file: string, error: unknown): ServiceError {
  const code = (error as { code?: string })?.code;
  if (code === 'SQLITE_NOTADB') return new ServiceError('VALIDATION', 'backups.error.notBackup', { path: file }, 'file');
  return new ServiceError('STORAGE', 'backups.error.damaged', { path: file, detail: oneLine((error as Error)?.message ?? String(error)) }, 'file');
}

/** Opens a private copy read-only and checks it is a sound Caruman database this app can use. */
export function verifyCopy(
  staged: string,
  shownAs: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Omit<VerifiedBackup, 'file' | 'size'> {
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
    const latest = latestSchemaVersion(migrations);
    if (schemaVersion > latest) {
      throw new ServiceError('STORAGE', 'backups.error.newerVersion', { found: schemaVersion, supported: latest }, 'file');
    }
    // Exactly the schema a genuine database of this version has: nothing added, removed or changed.
    const differences = schemaDifferences(schemaOf(db), expectedSchema(schemaVersion, migrations));
    if (differences.length > 0) {
      const detail = differences
        .slice(0, 5)
        .map((d) => `${d.change} ${d.type} "${d.name}"`)
        .join('; ');
      throw new ServiceError('VALIDATION', 'backups.error.unexpectedSchema', { path: shownAs, detail: oneLine(detail) }, 'file');
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

/**
 * A fresh copy from db.backup() carries the WAL flag of the live database; switch it to a plain
 * single-file database (so it can be copied around alone), check it, and flush it to disk.
 */
export function finaliseCopy(temp: string): void {
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
