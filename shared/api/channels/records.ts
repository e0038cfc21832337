import { z } from 'zod';
import { channel } from '../channel';
import { EMPLOYEE_FILTERS, employeeInputSchema, type EmployeeWithWarnings } from '../../domain/employee';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import { setWagesInputSchema, type WagesSaved } from '../../domain/wages';
import type { CompanyMonth } from '../../domain/company-month';
import type { WageGrid, WagePcb, WagePcbWorking } from '../../domain/wage-grid';
import type { ChangeEntry } from '../../domain/history';
import type { ImportReport } from '../../domain/import-report';

const id = z.number().int().positive();

export type { CompanyMonth, EmployeeMonth } from '../../domain/company-month';

/** What an import would do (dry run) or did. */
export interface ImportReportView extends ImportReport {
  /** The file's name as Caruman read it. */
  fileName: string;
  /** SHA-256 of the bytes read (hex): pass it back as checkedDigest so the import is of the file checked. */
  fileDigest: string;
}

/** A file produced for the user to save: CSV text, or base64 for .xlsx. */
export interface ExportedFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf8' | 'base64';
  content: string;
}

const fileContent = {
  /**
   * The file as the app takes it: a path the user chose in the import dialog (purpose
   * importFile); the main process reads it, an ordinary file up to the import limit.
   */
  file: z.string().trim().min(1).max(4096).refine(isAbsolutePath, 'backups.error.path.notAbsolute').optional(),
  /** The file's name, when content is given (with file, its own name is used). */
  fileName: z.string().trim().min(1).max(260).optional(),
  /** Or the file's bytes in base64 (a dropped file, the CLI), or CSV text already decoded. */
  content: z.string().max(50_000_000).optional(),
  /** How content is given; .xlsx is always base64. Default: text for CSV. */
  encoding: z.enum(['text', 'base64']).optional(),
  /**
   * The digest a dry run reported (ImportReportView.fileDigest): the import is refused when the
   * file is no longer what was checked (edited and saved again in between).
   */
  checkedDigest: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  dryRun: z.boolean().default(true),
  /** Headers Caruman does not know that the user agreed to skip (exactly as in the file). */
  ignoreColumns: z.array(z.string().max(500)).max(200).default([]),
};

/** One import request: a chosen file, or content with its name, never both. */
function oneSource(v: { file?: string | undefined; fileName?: string | undefined; content?: string | undefined }, ctx: z.RefinementCtx) {
  if ((v.file === undefined) === (v.content === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'import.error.fileOrContent', path: ['file'] });
  } else if (v.content !== undefined && v.fileName === undefined) {
    ctx.addIssue({ code: 'custom', message: 'import.error.fileNameRequired', path: ['fileName'] });
  }
}

export const recordChannels = {
  'employees:list': channel<EmployeeWithWarnings[]>()(
    z.object({ companyId: id, filter: z.enum(EMPLOYEE_FILTERS).default('all'), search: z.string().max(200).default('') }).strict(),
  ),
  'employees:get': channel<EmployeeWithWarnings>()(z.object({ id }).strict()),
  'employees:create': channel<EmployeeWithWarnings>()(z.object({ companyId: id, employee: employeeInputSchema }).strict()),
  'employees:update': channel<EmployeeWithWarnings>()(z.object({ id, employee: employeeInputSchema }).strict()),
  'employees:history': channel<ChangeEntry[]>()(z.object({ id }).strict()),
  'wages:sheet': channel<CompanyMonth>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** The wage grid's compact rows (wages:sheet has the full records and explanations). */
  'wages:grid': channel<WageGrid>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** The month's PCB per employee, from the pay run (saved wages only). */
  'wages:pcb': channel<WagePcb>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** One employee's PCB with LHDN's working; null when the employee is not paid this month. */
  'wages:pcbWorking': channel<WagePcbWorking | null>()(z.object({ companyId: id, month: monthSchema, employeeId: id }).strict()),
  /** Rows whose net pay the pay run would refuse are left out, the others saved (WagesSaved.refused). */
  'wages:set': channel<WagesSaved>()(setWagesInputSchema),
  'wages:copyPreviousMonth': channel<{ copied: number; skipped: number }>()(
    z.object({ companyId: id, month: monthSchema, overwrite: z.boolean().default(false) }).strict(),
  ),
  'wages:history': channel<ChangeEntry[]>()(z.object({ companyId: id, month: monthSchema }).strict()),
  'import:employees': channel<ImportReportView>()(z.object({ companyId: id, ...fileContent }).strict().superRefine(oneSource)),
  'import:wages': channel<ImportReportView>()(z.object({ companyId: id, month: monthSchema, ...fileContent }).strict().superRefine(oneSource)),
  /** A file of TP1 claims: employee (ID or staff number), month, item, amount; all or nothing. */
  'import:tp1': channel<ImportReportView>()(z.object({ companyId: id, ...fileContent }).strict().superRefine(oneSource)),
  'import:template': channel<ExportedFile>()(
    z.object({ kind: z.enum(['employees', 'wages', 'tp1']), format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
  ),
  'export:employees': channel<ExportedFile>()(z.object({ companyId: id, format: z.enum(['csv', 'xlsx']).default('csv') }).strict()),
  /** The year's TP1 claims in the import's columns. */
  'export:tp1': channel<ExportedFile>()(
    z.object({ companyId: id, year: z.number().int().min(2000).max(2100), format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
  ),
  'export:wages': channel<ExportedFile>()(
    z.object({ companyId: id, month: monthSchema, format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
  ),
};
