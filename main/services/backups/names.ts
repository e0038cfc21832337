// Backup file names: caruman-<reason>-<UTC time>[-n].sqlite, which is how a backup says what it is
// and when it was made without being opened.
import fs from 'node:fs';
import path from 'node:path';
import { readSqliteHeader } from './verify';
import type { BackupInfo } from '../../../shared/domain/backups';

const NAME_PATTERN = /^caruman-([a-z][a-z0-9-]*?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.sqlite$/;

export function isBackupName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function stampToIso(value: string): string {
  const [date, time] = value.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

/** A name not yet taken in dir: caruman-<reason>-<time>.sqlite, then -2, -3… */
export function uniqueBackupPath(dir: string, reason: string, now: Date): string {
  const base = `caruman-${reason}-${stamp(now)}`;
  let candidate = path.join(dir, `${base}.sqlite`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}.sqlite`);
  return candidate;
}

/** What a file in the backups folder (or one the user chose) is, or null when it is not a file. */
export function describeBackup(file: string): BackupInfo | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const name = path.basename(file);
  const match = NAME_PATTERN.exec(name);
  const when = match?.[2];
  return {
    file,
    name,
    reason: match?.[1] ? match[1].replace(/-v\d+$/, '') : 'manual',
    createdAt: when ? stampToIso(when) : stat.mtime.toISOString(),
    size: stat.size,
    schemaVersion: readSqliteHeader(file)?.schemaVersion ?? null,
  };
}

/** The backups in dir, newest first (files of other names are not Caruman's and are ignored). */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    if (!isBackupName(name)) continue;
    const info = describeBackup(path.join(dir, name));
    if (info) backups.push(info);
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
