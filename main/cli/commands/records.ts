import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { UsageError } from '../command';
import { companyOption, companyMonthRequest, monthOption, sharedOptions, yearOption } from '../args';
import { call, printJson, printTable } from '../call';
import { EMPLOYEE_COLUMNS, TP1_COLUMNS, WAGE_COLUMNS, type ColumnSpec } from '../../../shared/domain/import-columns';
import { formatMalaysianDate } from '../../../shared/calendar';
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
  options: { ...sharedOptions('company'), filter: { type: 'string', valueName: 'active|left|all' }, ...sharedOptions('json') },
  async run(ctx, values) {
    const filter = (values.filter as string | undefined) ?? 'all';
    if (!['active', 'left', 'all'].includes(filter)) throw new UsageError({ key: 'cli.usage.filter' });
    const list = await call(ctx, 'employees:list', { companyId: companyOption(ctx, values.company), filter: filter as 'all', search: '' });
    if (ctx.json) printJson(ctx, list);
    else
      printTable(
        ctx,
        (['idNumber', 'name', 'nationality', 'hired', 'left', 'warnings'] as const).map((c) => ctx.t(`cli.column.${c}`)),
        list.map((e) => [
          e.idNumber,
          e.name,
          ctx.t(`statutory.nationality.${e.nationality}`),
          e.hireDate ? formatMalaysianDate(e.hireDate) : '',
          e.leaveDate ? formatMalaysianDate(e.leaveDate) : '',
          String(e.warnings.length || ''),
        ]),
      );
    return 0;
  },
};

/** The template's headers in each language, for the import commands' help (* required). */
const importHelpParams = (columns: readonly ColumnSpec[]) => () => ({
  en: columns.map((c) => c.header.en + (c.required ? '*' : '')).join(', '),
  ms: columns.map((c) => c.header.ms + (c.required ? '*' : '')).join(', '),
});

const importOptions = {
  ...sharedOptions('company'),
  'dry-run': { type: 'boolean' },
  'skip-column': { type: 'string', multiple: true, valueName: 'HEADER' },
  ...sharedOptions('json'),
} as const;

/**
 * What every import command sends: the company, the command's own fields (checked before the
 * file is read), the file, dry run and the columns the user agreed to skip.
 */
async function importRequest<Extra extends object>(
  ctx: CommandContext,
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  extra: () => Extra,
) {
  const companyId = companyOption(ctx, values.company);
  const own = extra();
  const input = await readInput(ctx, positionals[0]!);
  return { companyId, ...own, ...input, dryRun: Boolean(values['dry-run']), ignoreColumns: skippedColumns(values['skip-column']) };
}

/** `caruman import employees|tp1 FILE`: a file of the company's records, with nothing else to say. */
function companyFileImport(kind: 'employees' | 'tp1', columns: readonly ColumnSpec[]): Command {
  return {
    path: ['import', kind],
    helpParams: importHelpParams(columns),
    positionals: [{ name: 'FILE', required: true }],
    options: { ...importOptions },
    async run(ctx, values, positionals) {
      const request = await importRequest(ctx, values, positionals, () => ({}));
      return await printReport(ctx, await call(ctx, `import:${kind}`, request));
    },
  };
}

const importEmployees = companyFileImport('employees', EMPLOYEE_COLUMNS);
const importTp1 = companyFileImport('tp1', TP1_COLUMNS);

const importWages: Command = {
  path: ['import', 'wages'],
  helpParams: importHelpParams(WAGE_COLUMNS),
  positionals: [{ name: 'FILE', required: true }],
  options: { ...importOptions, ...sharedOptions('month') },
  async run(ctx, values, positionals) {
    const request = await importRequest(ctx, values, positionals, () => ({ month: monthOption(values.month) }));
    return await printReport(ctx, await call(ctx, 'import:wages', request));
  },
};

/** Writes an exported file to --out (or stdout without it); 0, the command's exit code, once written. */
async function writeExport(ctx: CommandContext, out: unknown, file: { fileName: string; encoding: 'utf8' | 'base64'; content: string }): Promise<number> {
  const bytes = Buffer.from(file.content, file.encoding);
  if (typeof out !== 'string' || out === '-') {
    if (file.encoding === 'base64') throw new UsageError({ key: 'cli.usage.outFileXlsx' });
    // The byte order mark is for Excel opening a saved file; a pipe gets plain text.
    ctx.io.stdout(file.content.replace(/^\uFEFF/, ''));
    return 0;
  }
  const target = path.resolve(ctx.io.cwd, out);
  // Never a half-written file under the name asked for, and never over an existing file.
  const { fileWriteError, writeFileDurably } = await import('../../services/fs'); // not at the top: `--help` stays quick
  try {
    writeFileDurably(target, bytes);
  } catch (error) {
    throw fileWriteError(error, target);
  }
  ctx.io.stderr(`${ctx.t('cli.export.fileWritten', { file: target })}\n`);
  return 0;
}

/** --format and --out of the commands that write one file (import template, export). */
const fileOptions = {
  format: { type: 'string', valueName: 'csv|xlsx' },
  out: { type: 'string', valueName: 'FILE' },
} as const;

const exportOptions = { ...sharedOptions('company'), ...fileOptions } as const;

function format(value: unknown): 'csv' | 'xlsx' {
  const f = (value as string | undefined) ?? 'csv';
  if (f !== 'csv' && f !== 'xlsx') throw new UsageError({ key: 'cli.usage.csvOrXlsx' });
  return f;
}

const exportEmployees: Command = {
  path: ['export', 'employees'],
  options: { ...exportOptions },
  async run(ctx, values) {
    const file = await call(ctx, 'export:employees', { companyId: companyOption(ctx, values.company), format: format(values.format) });
    return await writeExport(ctx, values.out, file);
  },
};

const exportWages: Command = {
  path: ['export', 'wages'],
  options: { ...exportOptions, ...sharedOptions('month') },
  async run(ctx, values) {
    const file = await call(ctx, 'export:wages', { ...companyMonthRequest(ctx, values), format: format(values.format) });
    return await writeExport(ctx, values.out, file);
  },
};

const importTemplateCommand: Command = {
  path: ['import', 'template'],
  positionals: [{ name: 'employees|wages|tp1', required: true }],
  options: fileOptions,
  async run(ctx, values, positionals) {
    const kind = positionals[0];
    if (kind !== 'employees' && kind !== 'wages' && kind !== 'tp1') throw new UsageError({ key: 'cli.usage.whichTemplate' });
    const file = await call(ctx, 'import:template', { kind, format: format(values.format) });
    // Awaited: a template that cannot be written is the command's failure, not a stray rejection.
    return await writeExport(ctx, values.out, file);
  },
};

const exportTp1: Command = {
  path: ['export', 'tp1'],
  options: { ...exportOptions, ...sharedOptions('year') },
  async run(ctx, values) {
    const file = await call(ctx, 'export:tp1', { companyId: companyOption(ctx, values.company), year: yearOption(values.year), format: format(values.format) });
    return await writeExport(ctx, values.out, file);
  },
};

export const recordCommands = [employeesList, importEmployees, importWages, importTp1, importTemplateCommand, exportEmployees, exportWages, exportTp1];
