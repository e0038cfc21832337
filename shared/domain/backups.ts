// Backups of the database: what a backup is, why it was made, what a restore did.
/** Why an automatic backup was made; part of its file name (caruman-<reason>-<UTC time>.sqlite). */
export const BACKUP_REASONS = ['daily', 'manual', 'before-import', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** Absolute path of the backup file. */
  file: string;
  name: string;
  /** One of BACKUP_REASONS, or 'manual' for a file whose name Caruman did not choose. */
  reason: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Bytes. */
  size: number;
  /** PRAGMA user_version of the copy; null when the file is not an SQLite database. */
  schemaVersion: number | null;
}

export interface VerifiedBackup {
  file: string;
  size: number;
  schemaVersion: number;
  companies: number;
}

export interface RestoreSummary {
  restoredFrom: string;
  /** The database that was replaced, kept in the backups folder (null if there was no database file). */
  replacedBackup: string | null;
  /** The version the file was saved with; older ones are migrated when reopened. */
  backupSchemaVersion: number;
  /** The version now open. */
  schemaVersion: number;
  companies: number;
}
