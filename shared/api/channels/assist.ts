// ASSIST portal files: generate a month's files into a folder, see what was generated and whether
// it is out of date, and check any ASSIST file (ours or another program's) before uploading it.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from './backups';
import {
  ASSIST_KINDS,
  type AssistKind,
  type CheckProblem,
  type CheckResult,
  type FileTotals,
  type LeftOut,
  type NameChangeReport,
  type ReportItem,
} from '../../assist';

export type { AssistKind, CheckProblem, FileTotals, LeftOut, NameChangeReport, ReportItem } from '../../assist';

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

/** A report sentence with its text in the caller's language. */
export type Said<T extends { key: string; params: Record<string, string | number> } = ReportItem> = T & { message: string };

/** The report as a caller sees it: every sentence also in words. */
export interface GenerationReportView extends Omit<GenerationReport, 'leftOut' | 'nameChanges' | 'warnings'> {
  leftOut: (LeftOut & { message: string })[];
  nameChanges: (NameChangeReport & { message: string })[];
  warnings: Said[];
  /** Compared with the data now (false for the run just made). */
  outOfDate: boolean;
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

export interface CheckReport extends Omit<CheckResult, 'problems'> {
  fileName: string;
  /** The layout in words. */
  layoutName: string;
  problems: Said<CheckProblem>[];
  ok: boolean;
}

const id = z.number().int().positive();
const kinds = z.array(z.enum(ASSIST_KINDS as [AssistKind, ...AssistKind[]])).min(1).max(3);
const absoluteFolder = z.string().trim().min(1, 'assist.error.folderRequired').refine(isAbsolutePath, 'assist.error.folderNotAbsolute');

export const assistChannels = {
  /** Writes the month's files into the folder (default: the company's output folder). */
  'assist:generate': channel<GenerationReportView>()(
    z
      .object({ companyId: id, month: monthSchema, folder: absoluteFolder.optional(), formats: kinds.optional(), overwrite: z.boolean().default(false) })
      .strict(),
  ),
  /** What generation would write, without writing or storing anything. */
  'assist:preview': channel<GenerationReportView & { contents: Record<string, string> }>()(
    z.object({ companyId: id, month: monthSchema, formats: kinds.optional() }).strict(),
  ),
  'assist:status': channel<MonthFilesStatus>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** Every generation of the month with its report, newest first. */
  'assist:runs': channel<GenerationReportView[]>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** Checks a file: by path, or its bytes (base64) and name. With companyId, against that company's records. */
  'assist:check': channel<CheckReport>()(
    z
      .object({
        file: z.string().trim().min(1).refine(isAbsolutePath, 'assist.error.folderNotAbsolute').optional(),
        fileName: z.string().trim().min(1).max(260).optional(),
        contentBase64: z.string().max(70_000_000).optional(),
        companyId: id.optional(),
        kind: z.enum(ASSIST_KINDS as [AssistKind, ...AssistKind[]]).optional(),
      })
      .strict()
      .refine((v) => v.file !== undefined || v.contentBase64 !== undefined, { message: 'backups.error.path.required', path: ['file'] }),
  ),
};
