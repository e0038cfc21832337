// `caruman pack (--company C | --all) --month M --out DIR`: the month-end pack (issue 17's contract).
import type { Command } from '../command';
import { UsageError } from '../command';
import { companyOption, monthOption, outOption } from '../args';
import { call, printJson, printTable } from '../call';
import { formatRinggit } from '../../../shared/money/sen';

const pack: Command = {
  path: ['pack'],
  summary: "Write everything a month needs (upload files, payslips, payroll summary, journal, payment list) into a folder per company and month.",
  details:
    'With --company: into DIR/<YYYY-MM>/. With --all: each company into DIR/<employer code>/<YYYY-MM>/.\n' +
    'Each company\'s files are written as one set (all of them or none): the ASSIST file(s), KWSP\'s Form A when the company\n' +
    'has its KWSP employer number, LHDN\'s CP39 when it has its E number (these recorded like `caruman export`); the payslips\n' +
    '(a PDF each and one combined), the payroll summary, the journal and the payment list (CSV); and README.txt, which lists\n' +
    'every file with its sha256 and says what could not be made (the payment list while someone has no bank account).\n' +
    'A month not yet finalised is packed as a DRAFT (the summary\'s and journal\'s names, the payslips\' pages and README.txt\n' +
    'say so): check it, pay, `caruman payroll finalise`, then pack again with --force for the final set.\n' +
    'A company without wages for the month is skipped; one with some employees\' wages missing too, unless --include-incomplete.\n' +
    'Existing files are never replaced without --force. Exit code 1 when any company failed.',
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company.' },
    all: { type: 'boolean', description: 'Every company.' },
    month: { type: 'string', valueName: 'YYYY-MM', description: 'The month (required).' },
    out: { type: 'string', valueName: 'DIR', description: 'Folder to write into (required).' },
    force: { type: 'boolean', description: 'Replace files that already exist.' },
    'include-incomplete': { type: 'boolean', description: 'Also companies where some employees have no wages entered.' },
    json: { type: 'boolean', description: 'Print the report as JSON.' },
  },
  async run(ctx, values) {
    if ((values.company === undefined) === (values.all !== true)) throw new UsageError({ key: 'cli.usage.companyOrAll' });
    const companyIds = values.all === true ? undefined : [companyOption(ctx, values.company)];
    const report = await call(ctx, 'monthEnd:pack', {
      month: monthOption(values.month),
      outDir: outOption(ctx, values.out),
      companyIds,
      overwrite: values.force === true,
      includeIncomplete: values['include-incomplete'] === true,
    });
    if (ctx.json) printJson(ctx, report);
    else {
      printTable(
        ctx,
        ['EMPLOYER CODE', 'COMPANY', 'RESULT', 'FOLDER', 'FILES', 'TOTAL', 'NOTE'],
        report.results.map((r) => [r.employerCode, r.name, r.outcome === 'generated' ? 'packed' : r.outcome, r.folder ?? '', r.files.length > 6 ? `${r.files.length} files` : r.files.map((f) => f.fileName).join(' '), formatRinggit(r.totalSen), r.reason?.message ?? '']),
      );
      for (const r of report.results) for (const note of r.notes ?? []) ctx.io.stdout(`${r.employerCode}: ${note.message}\n`);
      ctx.io.stdout(`${ctx.t('monthEnd.pack.summary', { packed: report.packed, skipped: report.skipped, failed: report.failed })}\n`);
    }
    if (report.failed > 0) ctx.io.stderr(`caruman: ${ctx.t('monthEnd.pack.someFailed', { failed: report.failed })}\n`);
    return report.failed > 0 ? 1 : 0;
  },
};

export const packCommands = [pack];
