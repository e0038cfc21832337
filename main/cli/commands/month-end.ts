import type { Command, CommandContext } from '../command';
import { UsageError } from '../command';
import { companyMonthRequest, companyOption, monthOption, outOption, sharedOptions, yearOption } from '../args';
import { call, printJson, printTable } from '../call';
import { formatRinggit } from '../../../shared/money/sen';
import { dateInMalaysia, formatMalaysianDate } from '../../../shared/calendar';

/**
 * What the commands for many companies at once send (`export --all`, `pack`): the month, the
 * folder, and whether to replace files already there and include months not ready.
 */
export function bulkRequest(ctx: CommandContext, values: Record<string, string | boolean | undefined>) {
  return {
    month: monthOption(values.month),
    outDir: outOption(ctx, values.out),
    overwrite: values.force === true,
    includeIncomplete: values['include-incomplete'] === true,
  };
}

/** `caruman export --all`: every company's files for the month, one folder each under --out. */
export async function exportAll(ctx: CommandContext, values: Record<string, string | boolean | undefined>): Promise<number> {
  if (typeof values.out !== 'string') throw new UsageError({ key: 'cli.usage.outRequiredWithAll' });
  if (values.company !== undefined) throw new UsageError({ key: 'cli.usage.companyOrAll' });
  const report = await call(ctx, 'monthEnd:generateAll', bulkRequest(ctx, values));
  if (ctx.json) printJson(ctx, report);
  else {
    printTable(
      ctx,
      (['employerCode', 'company', 'result', 'files', 'total', 'note'] as const).map((c) => ctx.t(`cli.column.${c}`)),
      report.results.map((r) => [r.employerCode, r.name, ctx.t(`dashboard.bulk.outcome.${r.outcome}`), String(r.files.length), formatRinggit(r.totalSen), r.reason?.message ?? '']),
    );
    ctx.io.stdout(`${ctx.t('cli.exportAll.summary', { generated: report.generated, skipped: report.skipped, failed: report.failed, file: report.summaryFile })}\n`);
  }
  if (report.failed > 0) ctx.io.stderr(`caruman: ${ctx.t('cli.exportAll.someFailed', { failed: report.failed })}\n`);
  return report.failed > 0 ? 1 : 0;
}

const status: Command = {
  path: ['status'],
  options: sharedOptions('month', 'json'),
  async run(ctx, values) {
    const rows = await call(ctx, 'monthEnd:dashboard', { month: monthOption(values.month) });
    if (ctx.json) printJson(ctx, rows);
    else
      printTable(
        ctx,
        (['employerCode', 'company', 'stage', 'wages', 'files', 'pack', 'due', 'days', 'total', 'interest', 'lateRegistrations'] as const).map((c) => ctx.t(`cli.column.${c}`)),
        rows.map((r) => [
          r.company.employerCode,
          r.company.name,
          ctx.t(`dashboard.stage.${r.stage}`),
          `${r.wagesEntered}/${r.employees}`,
          r.filesGenerated ? ctx.t(r.filesOutOfDate ? 'dashboard.files.outOfDate' : 'dashboard.files.current') : '',
          r.pack ? ctx.t(r.pack.draft ? 'cli.status.packDraft' : 'cli.status.packed', { date: dateInMalaysia(r.pack.packedAt), files: r.pack.files }) : '',
          formatMalaysianDate(r.dueDate),
          String(r.daysToDeadline),
          formatRinggit(r.contributionSen),
          r.overdue ? formatRinggit(r.interestEstimateSen) : '',
          r.lateRegistrations ? String(r.lateRegistrations) : '',
        ]),
      );
    return 0;
  },
};

const arrears: Command = {
  path: ['arrears'],
  options: sharedOptions('company', 'month', 'json'),
  async run(ctx, values) {
    const report = await call(ctx, 'monthEnd:arrears', companyMonthRequest(ctx, values));
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(`${report.statement.map((s) => s.message).join('\n')}\n`);
    return 0;
  },
};

const audit: Command = {
  path: ['audit'],
  options: sharedOptions('company', 'year', 'out', 'json'),
  async run(ctx, values) {
    const year = yearOption(values.year);
    const outDir = outOption(ctx, values.out);
    const result = await call(ctx, 'monthEnd:auditExport', { companyId: companyOption(ctx, values.company), year, outDir });
    if (ctx.json) printJson(ctx, result);
    else ctx.io.stdout(`${ctx.t('cli.audit.written', { folder: result.folder, monthCount: result.months.length, files: result.files })}\n`);
    return 0;
  },
};

export const monthEndCommands = [status, arrears, audit];
