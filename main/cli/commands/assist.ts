// `caruman export` writes a month's ASSIST portal files; `caruman check` checks any such file.
import path from 'node:path';
import { exportAll } from './month-end';
import { exportPayrollReport, payrollReportFormat } from './payroll-export';
import type { Command, CommandContext } from '../command';
import { UsageError } from '../command';
import { companyOption, monthOption, sharedOptions } from '../args';
import { call, printJson } from '../call';
import { ASSIST_KINDS, type AssistKind } from '../../../shared/assist/layouts';
import type { CheckReport, GenerationReportView } from '../../../shared/api/channels/assist';
import { formatRinggit } from '../../../shared/money/sen';
import { nextSteps } from '../../../shared/month-files/next-steps';
import { parseFormats, type MonthFileKind } from '../../../shared/month-files/kinds';

/** --format: the kinds of file, in file order (socso, eis, lindung, epf, epf-csv, pcb). */
function formats(ctx: CommandContext, value: unknown): MonthFileKind[] | undefined {
  if (value === undefined) return undefined;
  const parsed = parseFormats(String(value));
  if ('problem' in parsed) throw new UsageError(ctx.t(parsed.problem.key, parsed.problem.params));
  return parsed.kinds;
}

/** --kind of `check`: which ASSIST file a 223-character file is, when its name does not say. */
function assistKind(value: unknown): AssistKind | undefined {
  if (value === undefined) return undefined;
  const kind = String(value).trim().toLowerCase();
  if (!(ASSIST_KINDS as readonly string[]).includes(kind)) throw new UsageError({ key: 'cli.usage.kind', params: { kind } });
  return kind as AssistKind;
}

function printGeneration(ctx: CommandContext, report: GenerationReportView): void {
  const { t } = ctx;
  const out = (line: string) => ctx.io.stdout(`${line}\n`);
  out(t('cli.export.written', { code: report.employerCode, month: report.month, count: report.files.length, folder: report.folder ?? '' }));
  for (const f of report.files) {
    const parts = f.totals.parts;
    out(`  ${t('cli.export.file', { file: f.fileName, records: f.totals.records, total: f.totals.amount })}`);
    const epf = f.totals.epf;
    const pcb = f.totals.pcb;
    if (epf) out(`    ${t('monthFiles.cli.epfParts', { wages: formatRinggit(epf.wagesSen), employer: formatRinggit(epf.employerSen), employee: formatRinggit(epf.employeeSen) })}`);
    if (pcb) out(`    ${t('monthFiles.cli.pcbParts', { pcb: formatRinggit(pcb.pcbSen), pcbCount: pcb.pcbRecords, cp38: formatRinggit(pcb.cp38Sen), cp38Count: pcb.cp38Records })}`);
    if (parts) {
      const socso = formatRinggit(parts.socsoEmployerSen + parts.socsoEmployeeSen);
      out(`    ${t('cli.export.parts', { socso, eis: formatRinggit(parts.eisEmployerSen + parts.eisEmployeeSen), lindung: formatRinggit(parts.lindungEmployeeSen) })}`);
    }
    out(`    sha256 ${f.sha256}`);
  }
  const fileOf = (kind: string) => report.files.find((f) => f.kind === kind)?.fileName ?? kind.toUpperCase();
  for (const l of report.leftOut) out(t('cli.export.leftOut', { file: fileOf(l.kind), name: l.name, id: l.idNumber, reason: l.message }));
  for (const c of report.nameChanges) out(t('cli.export.nameChanged', { message: c.message }));
  for (const w of report.warnings) out(t('cli.warning', { message: w.message }));
  for (const n of report.notMade) out(t('monthFiles.cli.notMade', { message: n.message }));
  for (const r of report.refusals) out(t('cli.warning', { message: r.message }));
  // The next steps, as the Files screen says them: "upload this one file" or "two uploads", then
  // KWSP's and LHDN's portals.
  for (const next of nextSteps(report.files)) out(t(next.key, next.params));
}

const exportFiles: Command = {
  path: ['export'],
  options: {
    ...sharedOptions('company', 'month', 'out'),
    format: {
      type: 'string',
      valueName: 'socso,eis,lindung,epf,epf-csv,pcb | payroll-summary | journal | payment-list',
    },
    xlsx: { type: 'boolean' },
    ...sharedOptions('force', 'all', 'include-incomplete', 'json'),
  },
  async run(ctx, values) {
    const payrollReport = payrollReportFormat(values.format);
    if (payrollReport !== null) return exportPayrollReport(ctx, values, payrollReport);
    if (values.xlsx === true) throw new UsageError({ key: 'cli.usage.xlsxFormats' });
    if (values.all === true) return exportAll(ctx, values);
    const id = companyOption(ctx, values.company);
    const m = monthOption(values.month);
    const folder = typeof values.out === 'string' ? path.resolve(ctx.io.cwd, values.out) : undefined;
    const report = await call(ctx, 'assist:generate', { companyId: id, month: m, folder, formats: formats(ctx, values.format), overwrite: values.force === true });
    if (ctx.json) printJson(ctx, report);
    else printGeneration(ctx, report);
    return 0;
  },
};

const checkFile: Command = {
  path: ['check'],
  positionals: [{ name: 'FILE', required: true }],
  options: { ...sharedOptions('company'), kind: { type: 'string', valueName: 'socso|eis|lindung' }, ...sharedOptions('json') },
  async run(ctx, values, positionals) {
    const file = path.resolve(ctx.io.cwd, positionals[0] as string);
    const kind = assistKind(values.kind);
    const id = values.company === undefined ? undefined : companyOption(ctx, values.company);
    const report: CheckReport = await call(ctx, 'assist:check', { file, companyId: id, kind });
    if (ctx.json) printJson(ctx, report);
    else {
      const { t } = ctx;
      const out = (line: string) => ctx.io.stdout(`${line}\n`);
      out(file);
      out(`  ${report.layoutName}`);
      out(`  ${t('cli.check.totals', { records: report.totals.records, total: report.totals.amount })}`);
      for (const p of report.problems) {
        const where = p.line === 0 ? t('cli.check.wholeFile') : p.column === null ? t('cli.check.line', { line: p.line }) : t('cli.check.lineColumn', { line: p.line, column: p.column });
        out(`${t(p.severity === 'error' ? 'cli.check.error' : 'cli.check.warning')}: ${where}: ${p.message}`);
      }
      if (!report.ok) out(t('cli.check.failed', { errors: report.errors, warnings: report.warnings }));
      else out(report.warnings ? t('cli.check.okWarnings', { warnings: report.warnings }) : t('cli.check.ok'));
    }
    return report.ok ? 0 : 1;
  },
};

export const assistCommands = [exportFiles, checkFile];
