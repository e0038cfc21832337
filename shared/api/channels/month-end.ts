// Month-end across companies: the dashboard, bulk generation, arrears, history and the auditor's
// export of a year.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import { FILING_BODIES, FILING_MARKS, type ActionNowView, type ArrearsReport, type AuditExportResult, type BulkGenerationReport, type DashboardRow, type MonthTotals, type PackReport } from '../../domain/month-end';
import { MONTH_FILE_KINDS } from '../../month-files/kinds';

export type {
  ActionNowView,
  ArrearsLine,
  ArrearsReport,
  AuditExportResult,
  BulkCompanyResult,
  BulkGenerationReport,
  DashboardRow,
  EpfLateCharge,
  FilingBody,
  FilingFile,
  FilingMark,
  FilingStage,
  KwspFiling,
  LhdnFiling,
  MonthStage,
  MonthTotals,
  PackReport,
  YearEndDeadlines,
} from '../../domain/month-end';
export type { Said } from '../../domain/said';

const id = z.number().int().positive();
const folder = z
  .string({ error: 'monthEnd.error.folder' })
  .trim()
  .min(1, 'monthEnd.error.folder')
  .refine((value): boolean => isAbsolutePath(value), 'monthEnd.error.folder');

export const monthEndChannels = {
  'monthEnd:dashboard': channel<DashboardRow[]>()(z.object({ month: monthSchema }).strict()),
  /**
   * What needs action now: every company's month (absent: the month to pay now) and, after each,
   * its earlier months that are overdue or have files out of date (oldest first).
   */
  'monthEnd:actionNow': channel<ActionNowView>()(z.object({ month: monthSchema.optional() }).strict()),
  'monthEnd:generateAll': channel<BulkGenerationReport>()(
    z
      .object({
        month: monthSchema,
        outDir: folder,
        companyIds: z.array(id).max(10_000).optional(),
        /** Which files for every company; default: each company's own default set. */
        formats: z.array(z.enum(MONTH_FILE_KINDS)).min(1).max(MONTH_FILE_KINDS.length).optional(),
        overwrite: z.boolean().default(false),
        includeIncomplete: z.boolean().default(false),
      })
      .strict(),
  ),
  /**
   * The month-end pack: each company's month into <company folder>/<YYYY-MM>/ (outDir absent: each
   * company's own folder; one company: <outDir>/<YYYY-MM>; several: <outDir>/<employer code>/<YYYY-MM>).
   */
  'monthEnd:pack': channel<PackReport>()(
    z
      .object({
        month: monthSchema,
        outDir: folder.optional(),
        companyIds: z.array(id).min(1).max(10_000).optional(),
        overwrite: z.boolean().default(false),
        includeIncomplete: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Marks a company's month with KWSP or LHDN as submitted or paid (mark null: takes it away); the company's row back. */
  'monthEnd:setFiling': channel<DashboardRow>()(
    z
      .object({ companyId: id, month: monthSchema, body: z.enum(FILING_BODIES, { error: 'monthEnd.error.filingBody' }), mark: z.enum(FILING_MARKS, { error: 'monthEnd.error.filingMark' }).nullable() })
      .strict(),
  ),
  'monthEnd:arrears': channel<ArrearsReport>()(z.object({ companyId: id, month: monthSchema }).strict()),
  'monthEnd:history': channel<MonthTotals[]>()(
    z.object({ companyId: id.nullable(), lastMonth: monthSchema, months: z.number().int().min(1).max(120).default(24) }).strict(),
  ),
  'monthEnd:auditExport': channel<AuditExportResult>()(
    z.object({ companyId: id, year: z.number().int().min(2016).max(2100), outDir: folder }).strict(),
  ),
};
