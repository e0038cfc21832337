import { createHash } from 'node:crypto';
import path from 'node:path';
import { underField, type HandlerMap } from '../handler';
import type { PathGuard } from '../path-guard';
import { readRegularFile } from '../../services/fs';
import { ServiceError } from '../../services/service-error';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { formatFromFileName, importTemplate, templateFileName } from '../../services/import';
import type { ExportedFile, recordChannels } from '../../../shared/api/channels/records';

function exported(fileName: string, format: 'csv' | 'xlsx', bytes: Buffer): ExportedFile {
  return format === 'csv'
    ? { fileName, format, encoding: 'utf8', content: bytes.toString('utf8') }
    : { fileName, format, encoding: 'base64', content: bytes.toString('base64') };
}

interface ImportInput {
  file?: string | undefined;
  fileName?: string | undefined;
  content?: string | undefined;
  encoding?: 'text' | 'base64' | undefined;
  checkedDigest?: string | undefined;
  dryRun: boolean;
  ignoreColumns: string[];
}

/**
 * The file of an import call as the service takes it. A path (the app) is used only when the
 * user chose it in the import dialog, and read here as an ordinary file up to the import limit;
 * content (a dropped file, the CLI) is taken as given. With checkedDigest, the bytes must still
 * be those of the dry run the user saw, or nothing is imported.
 */
function importFile(input: ImportInput, paths: PathGuard) {
  let fileName: string;
  let content: Buffer | string;
  if (input.file !== undefined) {
    const file = paths.require(input.file, { purposes: ['importFile'], field: 'file' });
    fileName = path.basename(file);
    content = readRegularFile(file, IMPORT_LIMITS.fileBytes);
  } else {
    fileName = input.fileName ?? '';
    const base64 = formatFromFileName(fileName) === 'xlsx' || input.encoding === 'base64';
    content = base64 ? Buffer.from(input.content ?? '', 'base64') : (input.content ?? '');
  }
  const fileDigest = createHash('sha256').update(content).digest('hex');
  if (input.checkedDigest !== undefined && input.checkedDigest !== fileDigest) {
    throw new ServiceError('CONFLICT', 'import.error.fileChanged', { file: fileName }, 'file');
  }
  return {
    fileName,
    fileDigest,
    request: { format: formatFromFileName(fileName), content, dryRun: input.dryRun, ignoreColumns: input.ignoreColumns },
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
  'wages:set': (input, { payroll }) => payroll.entries.saveRows(input.companyId, input.month, input.entries, 'app'),
  'wages:copyPreviousMonth': (input, { wages }) => wages.copyPreviousMonth(input.companyId, input.month, input.overwrite),
  'wages:history': (input, { wages }) => wages.history(input.companyId, input.month),
  'import:employees': async (input, { imports, companies }, context) => {
    companies.get(input.companyId);
    const { fileName, fileDigest, request } = importFile(input, context.paths);
    return { ...(await imports.employees({ companyId: input.companyId, ...request, ...context })), fileName, fileDigest };
  },
  'import:wages': async (input, { imports, companies }, context) => {
    companies.get(input.companyId);
    const { fileName, fileDigest, request } = importFile(input, context.paths);
    return { ...(await imports.wages({ companyId: input.companyId, month: input.month, ...request, ...context })), fileName, fileDigest };
  },
  'import:tp1': async (input, { imports, companies }, context) => {
    companies.get(input.companyId);
    const { fileName, fileDigest, request } = importFile(input, context.paths);
    return { ...(await imports.tp1({ companyId: input.companyId, ...request, ...context })), fileName, fileDigest };
  },
  'import:template': async (input, _services, { locale }) =>
    exported(templateFileName(input.kind, input.format, locale), input.format, await importTemplate(input.kind, input.format, locale)),
  'export:employees': async (input, { exports, companies }) => {
    const company = companies.get(input.companyId);
    return exported(`employees_${company.employerCode}.${input.format}`, input.format, await exports.employees(input.companyId, input.format));
  },
  'export:tp1': async (input, { exports, companies }) => {
    const company = companies.get(input.companyId);
    return exported(`tp1_${company.employerCode}_${input.year}.${input.format}`, input.format, await exports.tp1(input.companyId, input.year, input.format));
  },
  'export:wages': async (input, { exports, companies }) => {
    const company = companies.get(input.companyId);
    const bytes = await exports.wages(input.companyId, input.month, input.format);
    return exported(`wages_${company.employerCode}_${input.month}.${input.format}`, input.format, bytes);
  },
} satisfies HandlerMap<keyof typeof recordChannels>;
