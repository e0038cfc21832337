// Cleaning up after a crash: the hidden temporary files and staging folders durable-write.ts
// makes are removed the next time Caruman starts (the data and backups folders) or writes into
// the folder (every other folder), once they are old enough that no write can still be using them.
import fs from 'node:fs';
import path from 'node:path';

/** A temporary file or folder older than this is left over from a crash (never one still being written). */
export const STALE_LEFTOVER_MS = 60 * 60 * 1000;

// What removeLeftovers may take: the names above, and those earlier versions used (backups'
// ".<name>.sqlite.<hex>.partial" with SQLite's side files, a restore's ".caruman-restore-<hex>.partial",
// the audit export's "<CODE>-<YYYY>-audit.partial-<pid>" folder).
const LEFTOVER_FILES = [
  /^\..+\.\d+\.[0-9a-f]{8,}\.(tmp|old)(-wal|-shm|-journal)?$/,
  /^\..+\.sqlite\.[0-9a-f]+\.partial(-wal|-shm|-journal)?$/,
  /^\.caruman-(restore|putback)-[0-9a-f]+\.partial(-wal|-shm|-journal)?$/,
];
const LEFTOVER_FOLDERS = [/^\..+\.partial-\d+-[0-9a-f]{8,}$/, /^[A-Z0-9]+-\d{4}-audit\.partial-\d+$/];

/**
 * Removes what a crashed write left in folder (not below it): Caruman's own hidden temporary
 * files and staging folders, only when older than STALE_LEFTOVER_MS, so a write in progress in
 * another Caruman is never disturbed. Best effort; returns the names removed.
 */
export function removeLeftovers(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const isFile = LEFTOVER_FILES.some((pattern) => pattern.test(name));
    const isFolder = LEFTOVER_FOLDERS.some((pattern) => pattern.test(name));
    if (!isFile && !isFolder) continue;
    const file = path.join(folder, name);
    try {
      const stat = fs.lstatSync(file);
      if (now - stat.mtimeMs < STALE_LEFTOVER_MS) continue;
      if (isFile && stat.isFile()) fs.rmSync(file, { force: true });
      else if (isFolder && stat.isDirectory()) fs.rmSync(file, { recursive: true, force: true });
      else continue;
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

