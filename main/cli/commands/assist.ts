// `caruman export` writes a month's ASSIST portal files; `caruman check` checks any such file.
import path from 'node:path';
import { exportAll } from './month-end';
import { exportPayrollReport, payrollReportFormat } from './payroll-export';
import type { Command, CommandContext } from '../command';
import { UsageError } from '../command';
import { companyOption, monthOption } from '../args';
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
  summary: "Write a month's upload files (PERKESO's ASSIST files, KWSP's Form A, LHDN's CP39), or the pay run's summary, journal or payment list, into a folder.",
  details:
    'Files: SOCSO_<code>_<MMYYYY>.txt, EIS_<code>_<MMYYYY>.txt, SOCSO-EIS-LINDUNG_<code>_<MMYYYY>.txt (PERKESO ASSIST);\n' +
    'epf: EPF_<KWSP employer number>_<MMYYYY of the contribution month, the month after the wages>.txt (KWSP i-Akaun);\n' +
    'epf-csv: the same Form A as CSV (less certain; never with epf); pcb: <LHDN employer number, 10 digits><MM>_<YYYY>.txt (CP39, e-PCB Plus).\n' +
    'Without --format: the ASSIST file(s), plus Form A when the company has its KWSP employer number (and CP39 when the pay run\n' +
    'can say the PCB and the company has its E number); a default file that would be wrong is left out with the reason.\n' +
    'Default: from 2026-06 the one SOCSO + EIS + LINDUNG file (lindung), uploaded alone; before 2026-06 the SOCSO and EIS files\n' +
    '(socso,eis), two uploads. lindung is never made together with socso or eis: that would submit the same contributions twice.\n' +
    'Existing files are never replaced without --force.\n' +
    'The pay run\'s files, one per call (CSV, or .xlsx with --xlsx; headers in the app\'s language):\n' +
    '  payroll-summary: payroll-summary-<YYYY-MM>-<code>.csv, one row per employee paid: every pay item, every deduction,\n' +
    '    net pay, the employer\'s contributions, and the totals;\n' +
    '  journal: payroll-journal-<YYYY-MM>-<code>.csv, the month as one balanced journal entry (salary expense by group,\n' +
    '    employer EPF/SOCSO/EIS; EPF, SOCSO, EIS, PCB, zakat payable; net wages payable);\n' +
    '  payment-list: payment-list-<YYYY-MM>-<code>.csv, name, bank, account, net pay and reference per employee, and the\n' +
    '    total; refused while anyone paid has no bank account (named).\n' +
    '  While the month is not finalised the summary\'s and journal\'s names end in -DRAFT (the figures can still change).\n' +
    'See also: caruman export employees | wages (CSV/XLSX of the records).',
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    month: { type: 'string', valueName: 'YYYY-MM', description: 'The contribution month (required).' },
    out: { type: 'string', valueName: 'DIR', description: "Folder to write into (default: the company's output folder)." },
    format: {
      type: 'string',
      valueName: 'socso,eis,lindung,epf,epf-csv,pcb | payroll-summary | journal | payment-list',
      description: 'Which files (comma-separated); a named file that cannot be made right is refused.',
    },
    xlsx: { type: 'boolean', description: 'payroll-summary, journal, payment-list: an Excel workbook instead of CSV.' },
    force: { type: 'boolean', description: 'Replace files that already exist.' },
    all: { type: 'boolean', description: 'Every company, each into its own folder <DIR>/<employer code> (needs --out).' },
    'include-incomplete': { type: 'boolean', description: 'With --all: also companies where some employees have no wages entered.' },
    json: { type: 'boolean', description: 'Print the report as JSON.' },
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
  summary: 'Check an ASSIST, EPF Form A or CP39 (PCB) text file (made by Caruman or any other program) before uploading it.',
  positionals: [{ name: 'FILE', description: 'The .txt file.', required: true }],
  details:
    'Exit code 0 when the file has no errors (warnings allowed), 1 when it has errors.\n' +
    'The file name tells SOCSO from EIS for 223-character files (SOCSO_…, PERKESO…, EIS_…, SIP…); --kind overrides it.\n' +
    'An EPF Form A file (KWSP i-Akaun, "00EPF MONTHLY FORM A…") and a CP39 file (LHDN: PCB and CP38, 57-character\n' +
    'header) are recognised by their content, whatever their name.',
  options: {
    company: { type: 'string', valueName: 'CODE', description: "Also check against this company's employees and stored wages." },
    kind: { type: 'string', valueName: 'socso|eis|lindung', description: 'What the file is, when its name does not say.' },
    json: { type: 'boolean', description: 'Print the report as JSON.' },
  },
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
