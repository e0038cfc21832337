import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { UsageError } from '../command';
import { companyOption, monthOption, yearOption } from '../args';
import { call, printJson, printTable } from '../call';
import { EMPLOYEE_COLUMNS, TP1_COLUMNS, WAGE_COLUMNS, type ColumnSpec } from '../../../shared/domain/import-columns';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import type { ImportReportView } from '../../../shared/api/channels/records';

/**
 * The file to import, as bytes: only an ordinary file (never a device or a pipe, which could be
 * endless), at most the import limit — read by the one reader for files a user names.
 */
async function readInput(ctx: CommandContext, file: string): Promise<{ fileName: string; content: string; encoding: 'base64' }> {
  const { readRegularFile } = await import('../../services/fs');
  const resolved = path.resolve(ctx.io.cwd, file);
  const bytes = readRegularFile(resolved, IMPORT_LIMITS.fileBytes);
  return { fileName: path.basename(resolved), content: bytes.toString('base64'), encoding: 'base64' };
}

/** --skip-column, given any number of times: unknown headers the user agrees to leave out. */
function skippedColumns(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** The report in the user's language (CARUMAN_LANG or the app's setting); --json gives it whole. */
async function printReport(ctx: CommandContext, report: ImportReportView): Promise<number> {
  const { translate } = await import('../../../shared/i18n/catalog'); // not at the top: `--help` stays quick
  const say = (key: string, params: Record<string, string | number> = {}) => translate(ctx.locale(), key, params);
  const line = (kind: 'warning' | 'error', issue: ImportReportView['errors'][number]) => {
    const [whole, at] = kind === 'warning' ? ['import.cli.warning', 'import.cli.warningAt'] : ['import.cli.error', 'import.cli.errorAt'];
    return issue.column ? say(at, { row: issue.row, column: issue.column, message: issue.message }) : say(whole, { row: issue.row, message: issue.message });
  };
  if (ctx.json) printJson(ctx, report);
  else {
    const outcome = report.committed ? 'import.cli.committed' : report.dryRun ? 'import.cli.dryRun' : 'import.cli.nothing';
    ctx.io.stdout(`${say(outcome, { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged })}\n`);
    for (const change of report.changes.filter((c) => c.action === 'update')) {
      ctx.io.stdout(`  ${say('import.cli.change', { row: change.row, name: change.name, idNumber: change.idNumber, fields: change.fields.join(', ') })}\n`);
    }
    if (report.ignoredColumns.length) ctx.io.stdout(`${say('import.cli.skipped', { columns: report.ignoredColumns.join(', ') })}\n`);
    for (const w of report.warnings) ctx.io.stdout(`${line('warning', w)}\n`);
    for (const e of report.errors) ctx.io.stdout(`${line('error', e)}\n`);
    if (report.unknownColumns.length) {
      const flags = report.unknownColumns.map((c) => `--skip-column ${JSON.stringify(c.header)}`).join(' ');
      ctx.io.stdout(`${say('import.cli.skipHint', { flags })}\n`);
    }
  }
  if (report.errors.length > 0) {
    const first = report.errors[0]!;
    ctx.io.stderr(`caruman: ${say('import.cli.failed', { count: report.errors.length, row: first.row, message: first.message })}\n`);
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
    if (!['active', 'left', 'all'].includes(filter)) throw new UsageError({ key: 'cli.usage.filter' });
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

const importDetails = (columns: readonly ColumnSpec[]) =>
  [
    'Columns (first row; * required). The template headers in English, then Malay:',
    `  ${columns.map((c) => c.header.en + (c.required ? '*' : '')).join(', ')}`,
    `  ${columns.map((c) => c.header.ms + (c.required ? '*' : '')).join(', ')}`,
    'Other common names are recognised too (caruman import template writes an empty file to fill in).',
    'Dates: DD/MM/YYYY (also D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY or YYYY-MM-DD). The file is CSV in UTF-8, or .xlsx (the first visible sheet).',
    'The import is all or nothing: a file with any bad row, or a column Caruman does not know, changes nothing.',
    'A backup is taken first.',
  ].join('\n');

const importOptions = {
  company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
  'dry-run': { type: 'boolean', description: 'Show what would change, write nothing.' },
  'skip-column': { type: 'string', multiple: true, valueName: 'HEADER', description: 'Leave out a column Caruman does not know (repeat for each).' },
  json: { type: 'boolean', description: 'Print the report as JSON.' },
} as const;

const importEmployees: Command = {
  path: ['import', 'employees'],
  summary: 'Import employees from a CSV or .xlsx file (new ones added, known ID numbers updated).',
  positionals: [{ name: 'FILE', description: 'The .csv or .xlsx file.', required: true }],
  details:
    importDetails(EMPLOYEE_COLUMNS) +
    '\nFor a known employee, a column left out or a cell left empty keeps what is saved. TP3 columns are the previous employment in the year of the hire date;' +
    '\nCP38 columns set the instruction with that LHDN reference (a new reference adds one; months as MM/YYYY). Remove a TP3 or CP38 in the app.',
  options: { ...importOptions },
  async run(ctx, values, positionals) {
    const id = companyOption(ctx, values.company);
    const input = await readInput(ctx, positionals[0]!);
    const ignoreColumns = skippedColumns(values['skip-column']);
    const report = await call(ctx, 'import:employees', { companyId: id, ...input, dryRun: Boolean(values['dry-run']), ignoreColumns });
    return await printReport(ctx, report);
  },
};

const importWages: Command = {
  path: ['import', 'wages'],
  summary: "Import a month's wages from a CSV or .xlsx file.",
  positionals: [{ name: 'FILE', description: 'The .csv or .xlsx file.', required: true }],
  details:
    importDetails(WAGE_COLUMNS) +
    '\nAmounts in ringgit with at most two decimals (1234.50); a blank pay item cell means 0. event: S (PERKESO sick leave) or T (unpaid leave).',
  options: {
    ...importOptions,
    month: { type: 'string', valueName: 'YYYY-MM', description: 'The contribution month the wages are for (required).' },
  },
  async run(ctx, values, positionals) {
    const id = companyOption(ctx, values.company);
    const m = monthOption(values.month);
    const input = await readInput(ctx, positionals[0]!);
    const ignoreColumns = skippedColumns(values['skip-column']);
    const report = await call(ctx, 'import:wages', { companyId: id, month: m, ...input, dryRun: Boolean(values['dry-run']), ignoreColumns });
    return await printReport(ctx, report);
  },
};

const importTp1: Command = {
  path: ['import', 'tp1'],
  summary: 'Import TP1 claims (Form PCB/TP1) from a CSV or .xlsx file: employee, month, item, amount.',
  positionals: [{ name: 'FILE', description: 'The .csv or .xlsx file.', required: true }],
  details:
    importDetails(TP1_COLUMNS) +
    '\nName the employee by ID number or staff number (one of the two columns). Month as MM/YYYY or YYYY-MM; item as its code on the 2026 form' +
    '\n(C1–C17, D1a, D1b); amount in ringgit above 0. A row sets that month\'s claim for the item; claims not in the file stay. Each item\'s yearly' +
    '\nlimit counts the year\'s other claims; a finalised month is refused.',
  options: { ...importOptions },
  async run(ctx, values, positionals) {
    const id = companyOption(ctx, values.company);
    const input = await readInput(ctx, positionals[0]!);
    const ignoreColumns = skippedColumns(values['skip-column']);
    const report = await call(ctx, 'import:tp1', { companyId: id, ...input, dryRun: Boolean(values['dry-run']), ignoreColumns });
    return await printReport(ctx, report);
  },
};

async function writeExport(ctx: CommandContext, out: unknown, file: { fileName: string; encoding: 'utf8' | 'base64'; content: string }) {
  const bytes = Buffer.from(file.content, file.encoding);
  if (typeof out !== 'string' || out === '-') {
    if (file.encoding === 'base64') throw new UsageError({ key: 'cli.usage.outFileXlsx' });
    // The byte order mark is for Excel opening a saved file; a pipe gets plain text.
    ctx.io.stdout(file.content.replace(/^\uFEFF/, ''));
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
  if (f !== 'csv' && f !== 'xlsx') throw new UsageError({ key: 'cli.usage.csvOrXlsx' });
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

const importTemplateCommand: Command = {
  path: ['import', 'template'],
  summary: 'Write an empty import file to fill in (headers in the app language; CARUMAN_LANG=ms|en).',
  positionals: [{ name: 'employees|wages|tp1', description: 'Which import the template is for.', required: true }],
  options: {
    format: { type: 'string', valueName: 'csv|xlsx', description: 'File format (default csv).' },
    out: { type: 'string', valueName: 'FILE', description: 'Where to write (default: standard output, CSV only). Never overwrites.' },
  },
  async run(ctx, values, positionals) {
    const kind = positionals[0];
    if (kind !== 'employees' && kind !== 'wages' && kind !== 'tp1') throw new UsageError({ key: 'cli.usage.whichTemplate' });
    const file = await call(ctx, 'import:template', { kind, format: format(values.format) });
    writeExport(ctx, values.out, file);
    return 0;
  },
};

const exportTp1: Command = {
  path: ['export', 'tp1'],
  summary: "Export a year's TP1 claims in the import format.",
  options: { ...exportOptions, year: { type: 'string', valueName: 'YYYY', description: 'The year of the claims (required).' } },
  async run(ctx, values) {
    const file = await call(ctx, 'export:tp1', { companyId: companyOption(ctx, values.company), year: yearOption(values.year), format: format(values.format) });
    await writeExport(ctx, values.out, file);
    return 0;
  },
};

export const recordCommands = [employeesList, importEmployees, importWages, importTp1, importTemplateCommand, exportEmployees, exportWages, exportTp1];
