// The month's upload files (PERKESO's ASSIST files, KWSP's Form A, LHDN's CP39): generate them
// into a folder as one set, see what was generated and whether it is out of date, and check any
// such file (ours or another program's) before uploading it. (Named for the first of them.)
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import type { FamilyNote, GenerationReport, MonthFilesStatus } from '../../domain/month-files';
import type { Said } from '../../domain/said';
import { ASSIST_KINDS, type AssistKind, type CheckProblem, type CheckResult } from '../../assist';
import { MONTH_FILE_KINDS } from '../../month-files/kinds';
import type { MonthLeftOut, MonthNameChange } from '../../month-files/report';

export type { AssistKind, CheckProblem, FileTotals, LeftOut, NameChangeReport, ReportItem } from '../../assist';
export type { FamilyNote, GeneratedFile, GenerationReport, MonthFilesStatus, RunSummary, StoredFileStatus } from '../../domain/month-files';
export type { FileFamily, MonthFileKind } from '../../month-files/kinds';
export type { MonthFileTotals, MonthLeftOut, MonthNameChange } from '../../month-files/report';
export type { Said } from '../../domain/said';

/** The report as a caller sees it: every sentence also in words. */
export interface GenerationReportView extends Omit<GenerationReport, 'leftOut' | 'nameChanges' | 'warnings' | 'notMade' | 'refusals'> {
  leftOut: (MonthLeftOut & { message: string })[];
  nameChanges: (MonthNameChange & { message: string })[];
  warnings: Said[];
  notMade: Said<FamilyNote>[];
  refusals: Said<FamilyNote>[];
  /** Compared with the data now (false for the run just made). */
  outOfDate: boolean;
}

export interface CheckReport extends Omit<CheckResult, 'problems'> {
  fileName: string;
  /** The layout in words. */
  layoutName: string;
  problems: Said<CheckProblem>[];
  ok: boolean;
}

const id = z.number().int().positive();
const kinds = z.array(z.enum(MONTH_FILE_KINDS)).min(1).max(MONTH_FILE_KINDS.length);
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
