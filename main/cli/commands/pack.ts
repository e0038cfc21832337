// `caruman pack (--company C | --all) --month M --out DIR`: the month-end pack (issue 17's contract).
import type { Command } from '../command';
import { UsageError } from '../command';
import { companyOption, sharedOptions } from '../args';
import { bulkRequest } from './month-end';
import { call, printJson, printTable } from '../call';
import { formatRinggit } from '../../../shared/money/sen';

const pack: Command = {
  path: ['pack'],
  options: sharedOptions('company', 'all', 'month', 'out', 'force', 'include-incomplete', 'json'),
  async run(ctx, values) {
    if ((values.company === undefined) === (values.all !== true)) throw new UsageError({ key: 'cli.usage.companyOrAll' });
    const companyIds = values.all === true ? undefined : [companyOption(ctx, values.company)];
    const report = await call(ctx, 'monthEnd:pack', { ...bulkRequest(ctx, values), companyIds });
    if (ctx.json) printJson(ctx, report);
    else {
      printTable(
        ctx,
        (['employerCode', 'company', 'result', 'folder', 'files', 'total', 'note'] as const).map((c) => ctx.t(`cli.column.${c}`)),
        report.results.map((r) => [
          r.employerCode,
          r.name,
          r.outcome === 'generated' ? ctx.t('cli.pack.packed') : ctx.t(`dashboard.bulk.outcome.${r.outcome}`),
          r.folder ?? '',
          r.files.length > 6 ? ctx.t('cli.pack.files', { count: r.files.length }) : r.files.map((f) => f.fileName).join(' '),
          formatRinggit(r.totalSen),
          r.reason?.message ?? '',
        ]),
      );
      for (const r of report.results) for (const note of r.notes ?? []) ctx.io.stdout(`${r.employerCode}: ${note.message}\n`);
      ctx.io.stdout(`${ctx.t('monthEnd.pack.summary', { packed: report.packed, skipped: report.skipped, failed: report.failed })}\n`);
    }
    if (report.failed > 0) ctx.io.stderr(`caruman: ${ctx.t('monthEnd.pack.someFailed', { failed: report.failed })}\n`);
    return report.failed > 0 ? 1 : 0;
  },
};

export const packCommands = [pack];
