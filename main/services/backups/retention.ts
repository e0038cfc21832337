// Which automatic backups stay: the newest few of each kind; the user's own never go.
import fs from 'node:fs';
import { removeLeftovers } from '../fs';
import { listBackups } from './names';
import type { BackupInfo } from '../../../shared/domain/backups';

/**
 * How many backups of each kind stay in the backups folder (newest first). Kinds not listed here
 * ('manual' and anything unknown) are never deleted by Caruman: a manual backup is the user's
 * own. Files outside the backups folder are never touched.
 */
export const BACKUP_RETENTION: Readonly<Record<string, number>> = {
  daily: 14,
  'before-import': 10,
  'before-migration': 10,
  // Each holds the data a restore replaced; ten restores back is further than anyone goes.
  'before-restore': 10,
};

/** Deletes the automatic backups beyond BACKUP_RETENTION, and what a crashed backup left behind. */
export function pruneBackups(dir: string): void {
  const byReason = new Map<string, BackupInfo[]>();
  for (const backup of listBackups(dir)) {
    const group = byReason.get(backup.reason) ?? [];
    group.push(backup);
    byReason.set(backup.reason, group);
  }
  for (const [reason, backups] of byReason) {
    const keep = BACKUP_RETENTION[reason];
    if (keep === undefined) continue;
    for (const old of backups.slice(keep)) {
      for (const file of [old.file, `${old.file}-wal`]) {
        try {
          fs.rmSync(file, { force: true });
        } catch {
          // Locked or read-only: it goes at the next prune.
        }
      }
    }
  }
  removeLeftovers(dir);
}
