// Month-end across companies: the dashboard, bulk generation, arrears, history and the auditor's
// export of a year.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from './backups';
import type { ArrearsReport, DashboardRow, MonthTotals } from '../../domain/month-end';

export type { ArrearsLine, ArrearsReport, DashboardRow, MonthStage, MonthTotals } from '../../domain/month-end';

const id = z.number().int().positive();
const folder = z
  .string({ error: 'monthEnd.error.folder' })
  .trim()
  .min(1, 'monthEnd.error.folder')
  .refine((value): boolean => isAbsolutePath(value), 'monthEnd.error.folder');

export interface Said {
  key: string;
  params: Record<string, string | number>;
  message: string;
}

export interface BulkCompanyResult {
  companyId: number;
  employerCode: string;
  name: string;
  outcome: 'generated' | 'skipped' | 'failed';
  folder: string | null;
  files: { fileName: string; records: number; amountSen: number }[];
  totalSen: number;
  reason: Said | null;
}

export interface BulkGenerationReport {
  month: string;
  outDir: string;
  /** A CSV of the results, saved in outDir. */
  summaryFile: string;
  generated: number;
  skipped: number;
  failed: number;
  results: BulkCompanyResult[];
}

export interface AuditExportResult {
  folder: string;
  months: string[];
  files: number;
}

export const monthEndChannels = {
  'monthEnd:dashboard': channel<DashboardRow[]>()(z.object({ month: monthSchema }).strict()),
  'monthEnd:generateAll': channel<BulkGenerationReport>()(
    z
      .object({
        month: monthSchema,
        outDir: folder,
        companyIds: z.array(id).max(10_000).optional(),
        overwrite: z.boolean().default(false),
        includeIncomplete: z.boolean().default(false),
      })
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
