// The pay run's files for the accountant and for paying staff (issue 17): a company-month's
// payroll summary, journal or payment list, as CSV or .xlsx, written into a chosen folder.
// `caruman export --format payroll-summary|journal|payment-list [--xlsx]` goes through it.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { LOCALES } from '../../i18n/define';

const id = z.number().int().positive();

export const PAYROLL_REPORT_KIND_VALUES = ['summary', 'journal', 'paymentList'] as const;

export interface PayrollReportWritten {
  kind: (typeof PAYROLL_REPORT_KIND_VALUES)[number];
  fileName: string;
  path: string;
  size: number;
  /** People (summary, payment list) or journal lines, the totals row apart. */
  rows: number;
  /** The month is not finalised: its figures can still change (the summary's and journal's file names say DRAFT). */
  draft: boolean;
}

export const payrollExportChannels = {
  /**
   * Writes one report of the month into folder: kind summary (one row per employee, every item),
   * journal (balanced: debits = credits) or paymentList (refused while someone cannot be paid or
   * has no bank account, naming them). Headers in locale, default the app's language; an existing
   * file is replaced only with replace.
   */
  'payroll:export': channel<PayrollReportWritten>()(
    z
      .object({
        companyId: id,
        month: monthSchema,
        kind: z.enum(PAYROLL_REPORT_KIND_VALUES),
        format: z.enum(['csv', 'xlsx']).default('csv'),
        folder: z.string().min(1).max(4096),
        replace: z.boolean().optional(),
        locale: z.enum(LOCALES).optional(),
      })
      .strict(),
  ),
};
