import { underField, type HandlerMap } from '../handler';
import { formatFromFileName, importTemplate, templateFileName } from '../../services/import';
import type { ExportedFile, recordChannels } from '../../../shared/api/channels/records';

function exported(fileName: string, format: 'csv' | 'xlsx', bytes: Buffer): ExportedFile {
  return format === 'csv'
    ? { fileName, format, encoding: 'utf8', content: bytes.toString('utf8') }
    : { fileName, format, encoding: 'base64', content: bytes.toString('base64') };
}

/** The file of an import call as the service takes it: bytes, or CSV text someone already decoded. */
function importFile(input: { fileName: string; content: string; encoding?: 'text' | 'base64' | undefined; dryRun: boolean; ignoreColumns: string[] }) {
  const format = formatFromFileName(input.fileName);
  const base64 = format === 'xlsx' || input.encoding === 'base64';
  return {
    format,
    content: base64 ? Buffer.from(input.content, 'base64') : input.content,
    dryRun: input.dryRun,
    ignoreColumns: input.ignoreColumns,
  };
}

export const recordHandlers = {
  'employees:list': (input, { employees }) => employees.list(input.companyId, input.filter, input.search),
  'employees:get': (input, { employees }) => employees.getWithWarnings(input.id),
  'employees:create': (input, { employees }) => underField('employee', () => employees.create(input.companyId, input.employee)),
  'employees:update': (input, { employees }) => underField('employee', () => employees.update(input.id, input.employee)),
  'employees:history': (input, { employees }) => employees.history(input.id),
  'wages:sheet': (input, { contributions }) => contributions.forMonth(input.companyId, input.month),
  'wages:grid': (input, { contributions }) => contributions.gridForMonth(input.companyId, input.month),
  'wages:pcb': (input, { payroll }, { t }) => {
    const month = payroll.month(input.companyId, input.month, t);
    return {
      companyId: input.companyId,
      month: input.month,
      finalised: month.status.finalised,
      rows: month.lines.map(({ payroll: p }) => ({ employeeId: p.employeeId, pcbSen: p.deductions.pcbSen, cp38Sen: p.deductions.cp38Sen })),
      refused: month.refusals.map((r) => ({ employeeId: r.employeeId, message: r.message })),
    };
  },
  'wages:pcbWorking': (input, { payroll }) => {
    const line = payroll.month(input.companyId, input.month).lines.find((l) => l.payroll.employeeId === input.employeeId);
    if (!line) return null;
    const p = line.payroll;
    return { pcbSen: p.deductions.pcbSen, cp38Sen: p.deductions.cp38Sen, working: p.pcbWorking.map((w) => ({ key: w.key, params: { ...w.params } })) };
  },
  'wages:set': (input, { wages }) => wages.write(input.companyId, input.month, input.entries, 'app'),
  'wages:copyPreviousMonth': (input, { wages }) => wages.copyPreviousMonth(input.companyId, input.month, input.overwrite),
  'wages:history': (input, { wages }) => wages.history(input.companyId, input.month),
  'import:employees': (input, { imports, companies }, context) => {
    companies.get(input.companyId);
    return imports.employees({ companyId: input.companyId, ...importFile(input), ...context });
  },
  'import:wages': (input, { imports, companies }, context) => {
    companies.get(input.companyId);
    return imports.wages({ companyId: input.companyId, month: input.month, ...importFile(input), ...context });
  },
  'import:template': async (input, _services, { locale }) =>
    exported(templateFileName(input.kind, input.format, locale), input.format, await importTemplate(input.kind, input.format, locale)),
  'export:employees': async (input, { exports, companies }) => {
    const company = companies.get(input.companyId);
    return exported(`employees_${company.employerCode}.${input.format}`, input.format, await exports.employees(input.companyId, input.format));
  },
  'export:wages': async (input, { exports, companies }) => {
    const company = companies.get(input.companyId);
    const bytes = await exports.wages(input.companyId, input.month, input.format);
    return exported(`wages_${company.employerCode}_${input.month}.${input.format}`, input.format, bytes);
  },
} satisfies HandlerMap<keyof typeof recordChannels>;
