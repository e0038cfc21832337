import fs from 'node:fs';
import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { CommandFailed, UsageError } from '../command';
import { companyOption, monthOption } from '../args';
import { call, printJson, printTable } from '../call';
import { EMPLOYEE_COLUMNS, WAGE_COLUMNS } from '../../../shared/domain/import-columns';
import type { ImportReportView } from '../../../shared/api/channels/records';

async function readInput(ctx: CommandContext, file: string): Promise<{ fileName: string; content: string }> {
  const resolved = path.resolve(ctx.io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(resolved);
  } catch (error) {
    const { translate } = await import('../../../shared/i18n/catalog'); // not at the top: `--help` stays quick
    throw new CommandFailed(translate(ctx.locale(), 'import.error.file', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const xlsx = /\.xlsx$/i.test(resolved);
  return { fileName: path.basename(resolved), content: xlsx ? bytes.toString('base64') : bytes.toString('utf8') };
}

function printReport(ctx: CommandContext, report: ImportReportView): number {
  if (ctx.json) printJson(ctx, report);
  else {
    const verb = report.committed ? 'Imported' : report.dryRun ? 'Dry run (nothing written)' : 'Nothing imported';
    ctx.io.stdout(`${verb}: ${report.rows} rows; ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged.\n`);
    for (const change of report.changes.filter((c) => c.action === 'update')) {
      ctx.io.stdout(`  row ${change.row}: ${change.name} (${change.idNumber}) changes ${change.fields.join(', ')}\n`);
    }
    if (report.ignoredColumns.length) ctx.io.stdout(`Ignored columns: ${report.ignoredColumns.join(', ')}\n`);
    for (const w of report.warnings) ctx.io.stdout(`warning: row ${w.row}${w.column ? `, ${w.column}` : ''}: ${w.message}\n`);
    for (const e of report.errors) ctx.io.stdout(`error: row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
  }
  if (report.errors.length > 0) {
    const first = report.errors[0]!;
    ctx.io.stderr(`caruman: ${report.errors.length} row(s) have errors, nothing was imported (first: row ${first.row}: ${first.message})\n`);
    return 1;
  }
  return 0;
}

const employeesList: Command = {
  path: ['employees', 'list'],
  summary: "List a company's employees.",
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    filter: { type: 'string', valueName: 'active|left|all', description: 'Which employees (default all).' },
    json: { type: 'boolean', description: 'Print JSON instead of a table.' },
  },
  async run(ctx, values) {
    const filter = (values.filter as string | undefined) ?? 'all';
    if (!['active', 'left', 'all'].includes(filter)) throw new UsageError('--filter must be active, left or all');
    const list = await call(ctx, 'employees:list', { companyId: companyOption(ctx, values.company), filter: filter as 'all', search: '' });
    if (ctx.json) printJson(ctx, list);
    else
      printTable(
        ctx,
        ['ID NUMBER', 'NAME', 'NATIONALITY', 'HIRED', 'LEFT', 'WARNINGS'],
        list.map((e) => [e.idNumber, e.name, e.nationality, e.hireDate ?? '', e.leaveDate ?? '', String(e.warnings.length || '')]),
      );
    return 0;
  },
};

const importDetails = (columns: readonly { name: string; required: boolean }[]) =>
  `Columns (first row; Malay and English aliases accepted; * required):\n  ${columns.map((c) => c.name + (c.required ? '*' : '')).join(', ')}\nThe import is all or nothing: a file with any bad row changes nothing. A backup is taken first.`;

const importEmployees: Command = {
  path: ['import', 'employees'],
  summary: 'Import employees from a CSV or .xlsx file (new ones added, known ID numbers updated).',
  positionals: [{ name: 'FILE', description: 'The .csv or .xlsx file.', required: true }],
  details: importDetails(EMPLOYEE_COLUMNS),
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    'dry-run': { type: 'boolean', description: 'Show what would change, write nothing.' },
    json: { type: 'boolean', description: 'Print the report as JSON.' },
  },
  async run(ctx, values, positionals) {
    const id = companyOption(ctx, values.company);
    const input = await readInput(ctx, positionals[0]!);
    const report = await call(ctx, 'import:employees', { companyId: id, ...input, dryRun: Boolean(values['dry-run']) });
    return printReport(ctx, report);
  },
};

const importWages: Command = {
  path: ['import', 'wages'],
  summary: "Import a month's wages from a CSV or .xlsx file.",
  positionals: [{ name: 'FILE', description: 'The .csv or .xlsx file.', required: true }],
  details: importDetails(WAGE_COLUMNS) + '\nAmounts in ringgit (1234.50); a blank pay item cell means 0. event: S (PERKESO sick leave) or T (unpaid leave).',
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    month: { type: 'string', valueName: 'YYYY-MM', description: 'The contribution month the wages are for (required).' },
    'dry-run': { type: 'boolean', description: 'Show what would change, write nothing.' },
    json: { type: 'boolean', description: 'Print the report as JSON.' },
  },
  async run(ctx, values, positionals) {
    const id = companyOption(ctx, values.company);
    const m = monthOption(values.month);
    const input = await readInput(ctx, positionals[0]!);
    const report = await call(ctx, 'import:wages', { companyId: id, month: m, ...input, dryRun: Boolean(values['dry-run']) });
    return printReport(ctx, report);
  },
};

async function writeExport(ctx: CommandContext, out: unknown, file: { fileName: string; encoding: 'utf8' | 'base64'; content: string }) {
  const bytes = Buffer.from(file.content, file.encoding);
  if (typeof out !== 'string' || out === '-') {
    if (file.encoding === 'base64') throw new UsageError('--out FILE is required for .xlsx');
    ctx.io.stdout(file.content);
    return;
  }
  const target = path.resolve(ctx.io.cwd, out);
  // Never a half-written file under the name asked for, and never over an existing file.
  const { fileWriteError, writeFileDurably } = await import('../../services/fs'); // not at the top: `--help` stays quick
  try {
    writeFileDurably(target, bytes);
  } catch (error) {
    throw fileWriteError(error, target);
  }
  ctx.io.stderr(`Wrote ${target}\n`);
}

const exportOptions = {
  company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
  format: { type: 'string', valueName: 'csv|xlsx', description: 'File format (default csv).' },
  out: { type: 'string', valueName: 'FILE', description: 'Where to write (default: standard output, CSV only). Never overwrites.' },
} as const;

function format(value: unknown): 'csv' | 'xlsx' {
  const f = (value as string | undefined) ?? 'csv';
  if (f !== 'csv' && f !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
  return f;
}

const exportEmployees: Command = {
  path: ['export', 'employees'],
  summary: "Export a company's employees in the import format.",
  options: { ...exportOptions },
  async run(ctx, values) {
    const file = await call(ctx, 'export:employees', { companyId: companyOption(ctx, values.company), format: format(values.format) });
    await writeExport(ctx, values.out, file);
    return 0;
  },
};

const exportWages: Command = {
  path: ['export', 'wages'],
  summary: "Export a month's wages in the import format.",
  options: { ...exportOptions, month: { type: 'string', valueName: 'YYYY-MM', description: 'The contribution month (required).' } },
  async run(ctx, values) {
    const file = await call(ctx, 'export:wages', { companyId: companyOption(ctx, values.company), month: monthOption(values.month), format: format(values.format) });
    await writeExport(ctx, values.out, file);
    return 0;
  },
};

export const recordCommands = [employeesList, importEmployees, importWages, exportEmployees, exportWages];
