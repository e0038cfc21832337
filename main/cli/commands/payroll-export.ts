// `caruman export --format payroll-summary|journal|payment-list [--xlsx]`: the pay run's files for
// the accountant and for paying staff, one per call, through payroll:export.
import path from 'node:path';
import type { CommandContext } from '../command';
import { UsageError } from '../command';
import { companyOption, monthOption } from '../args';
import { call, printJson } from '../call';

/** The --format names of the pay run's reports, and the report each one is. */
export const PAYROLL_REPORT_FORMATS = { 'payroll-summary': 'summary', journal: 'journal', 'payment-list': 'paymentList' } as const;

export type PayrollReportFormat = keyof typeof PAYROLL_REPORT_FORMATS;

/** Whether --format names one of the pay run's reports (alone: they are written one at a time). */
export function payrollReportFormat(value: unknown): PayrollReportFormat | null {
  if (typeof value !== 'string') return null;
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const reports = names.filter((n): n is PayrollReportFormat => n in PAYROLL_REPORT_FORMATS);
  if (reports.length === 0) return null;
  if (names.length > 1) {
    throw new UsageError({ key: 'cli.usage.formatAlone', params: { format: reports[0] ?? '' } });
  }
  return reports[0] as PayrollReportFormat;
}

export async function exportPayrollReport(ctx: CommandContext, values: Record<string, string | boolean | undefined>, format: PayrollReportFormat): Promise<number> {
  if (values.all === true) throw new UsageError({ key: 'cli.usage.formatOneCompany', params: { format } });
  const companyId = companyOption(ctx, values.company);
  const month = monthOption(values.month);
  const out = typeof values.out === 'string' ? values.out : ctx.services().companies.get(companyId).outputFolder;
  if (!out) throw new UsageError({ key: 'cli.usage.outRequiredNoFolder' });
  const written = await call(ctx, 'payroll:export', {
    companyId,
    month,
    kind: PAYROLL_REPORT_FORMATS[format],
    format: values.xlsx === true ? 'xlsx' : 'csv',
    folder: path.resolve(ctx.io.cwd, out),
    replace: values.force === true,
  });
  if (ctx.json) printJson(ctx, written);
  else {
    ctx.io.stdout(`${written.path}\n`);
    if (written.draft && written.fileName.includes('-DRAFT')) ctx.io.stdout(`${ctx.t('payrollReports.cli.draft', { month })}\n`);
  }
  return 0;
}
