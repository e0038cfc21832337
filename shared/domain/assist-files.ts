// The ASSIST files of a month as Caruman generated and stored them: what a generation made, and
// whether what is on disk and in the data still matches.
import type { AssistKind, FileTotals, LeftOut, NameChangeReport, ReportItem } from '../assist';
import type { Said } from './said';

export interface GeneratedFile {
  kind: AssistKind;
  fileName: string;
  /** Absolute path written, or null for a preview. */
  path: string | null;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  totals: FileTotals;
}

/** What one generation made (or would make), as stored with the month: message keys, no text. */
export interface GenerationReport {
  /** The stored run, or null for a preview. */
  runId: number | null;
  /** ISO 8601 UTC time of the run, or null for a preview. */
  createdAt: string | null;
  companyId: number;
  employerCode: string;
  month: string;
  folder: string | null;
  kinds: AssistKind[];
  written: boolean;
  /** Employees on the month's payroll. */
  employees: number;
  files: GeneratedFile[];
  leftOut: LeftOut[];
  nameChanges: NameChangeReport[];
  warnings: ReportItem[];
  /** sha256 of the canonical inputs; a different fresh value means the data changed since. */
  inputFingerprint: string;
}

export interface StoredFileStatus {
  kind: AssistKind;
  fileName: string;
  path: string;
  sha256: string;
  records: number;
  totalSen: number;
  /** Is the file still there, byte for byte? */
  onDisk: 'same' | 'changed' | 'missing';
}

export interface RunSummary {
  runId: number;
  createdAt: string;
  folder: string;
  kinds: AssistKind[];
  outOfDate: boolean;
  files: StoredFileStatus[];
}

export interface MonthFilesStatus {
  companyId: number;
  month: string;
  generated: boolean;
  lastGeneratedAt: string | null;
  /** The data changed since the last generation (false when never generated). */
  outOfDate: boolean;
  currentFingerprint: string;
  /** Newest first; every run is kept. */
  runs: RunSummary[];
  summary: Said;
}
