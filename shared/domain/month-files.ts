// A company's month of upload files as Caruman generated and stored them (PERKESO's ASSIST files,
// KWSP's Form A, LHDN's CP39): what a generation made, and whether what is on disk and in the
// data still matches.
import type { ReportItem } from '../assist';
import type { FileFamily, MonthFileKind } from '../month-files/kinds';
import type { PackFileKind } from '../month-files/pack-kinds';
import type { MonthFileTotals, MonthLeftOut, MonthNameChange } from '../month-files/report';
import type { Said } from './said';

export interface GeneratedFile {
  kind: MonthFileKind;
  fileName: string;
  /** Absolute path written, or null for a preview. */
  path: string | null;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  totals: MonthFileTotals;
}

/** A sentence about one body's files (KWSP's, LHDN's). */
export interface FamilyNote extends ReportItem {
  family: FileFamily;
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
  /** The files chosen (a file nobody is in, or a default one that would be wrong, is not made). */
  kinds: MonthFileKind[];
  written: boolean;
  /** Employees on the month's payroll. */
  employees: number;
  files: GeneratedFile[];
  leftOut: MonthLeftOut[];
  nameChanges: MonthNameChange[];
  warnings: ReportItem[];
  /**
   * The KWSP and LHDN files not in the set, and why (no employer number, nobody to pay, or a
   * problem that would make the file wrong); absent in runs made before they existed.
   */
  notMade?: FamilyNote[];
  /** Every problem that keeps a default KWSP or LHDN file out of the set, each saying how to fix it. */
  refusals?: FamilyNote[];
  /** sha256 of the canonical inputs (each stored file also keeps its own family's). */
  inputFingerprint: string;
}

/** A file a run wrote, as stored with the run. */
export interface StoredFile {
  kind: MonthFileKind;
  fileName: string;
  path: string;
  sha256: string;
  records: number;
  totalSen: number;
  /** sha256 of the inputs that decided the file (its family's: ASSIST, EPF or PCB). */
  inputFingerprint: string;
}

export interface StoredFileStatus extends StoredFile {
  /** Its family's inputs changed since it was written. */
  outOfDate: boolean;
  /** Is the file still there, byte for byte? */
  onDisk: 'same' | 'changed' | 'missing';
}

/**
 * A file the month-end pack wrote in the same run as the upload files (payslips, the summary, the
 * journal, the payment list, README.txt). Never an upload file: no "out of date" of its own.
 */
export interface StoredPackFile {
  kind: PackFileKind;
  fileName: string;
  path: string;
  sha256: string;
  records: number;
  totalSen: number;
  /** Whose payslip it is (kind 'payslip'); null for every other file, or once the employee is deleted. */
  employeeId: number | null;
}

export interface StoredPackFileStatus extends StoredPackFile {
  onDisk: StoredFileStatus['onDisk'];
}

export interface RunSummary {
  runId: number;
  createdAt: string;
  folder: string;
  kinds: MonthFileKind[];
  /** One of its files is out of date. */
  outOfDate: boolean;
  /** The upload files. */
  files: StoredFileStatus[];
  /** What a month-end pack wrote besides them (none for a run of the upload files alone). */
  packFiles: StoredPackFileStatus[];
}

export interface MonthFilesStatus {
  companyId: number;
  month: string;
  generated: boolean;
  lastGeneratedAt: string | null;
  /** The data changed since the last generation (false when never generated). */
  outOfDate: boolean;
  /** Newest first; every run is kept. */
  runs: RunSummary[];
  summary: Said;
}
