// Month-end across companies: the dashboard, bulk generation, arrears, history and the auditor's
// export of a year.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import type { ArrearsReport, AuditExportResult, BulkGenerationReport, DashboardRow, MonthTotals } from '../../domain/month-end';

export type {
  ArrearsLine,
  ArrearsReport,
  AuditExportResult,
  BulkCompanyResult,
  BulkGenerationReport,
  DashboardRow,
  MonthStage,
  MonthTotals,
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
