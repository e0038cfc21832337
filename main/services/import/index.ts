import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import type { WageService, WageWrite } from '../wages';
import type { RefusedRow } from '../../../shared/domain/wages';
import type { Cp38Service, Tp1Service, Tp3Service } from '../payroll-records';
import type { HeaderLocale } from '../../../shared/domain/import-columns';
import { readTable, type TableFormat } from './table-source';
import { importEmployees, type ImportOptions } from './employees-import';
import { importWages } from './wages-import';
import { importTp1Claims } from './tp1-import';
import type { ImportReport, Translate } from './report';

export type { ImportReport, ImportIssue, ImportChange } from './report';
export { formatFromFileName, type TableFormat } from './table-source';
export { importTemplate, templateFileName, type TemplateKind } from './template';

export interface ImportRequest {
  companyId: number;
  format: TableFormat;
  /** The file's bytes, or (CSV only) its text already decoded. */
  content: Buffer | string;
  dryRun: boolean;
  t: Translate;
  /** The language of headers named in messages (default English). */
  locale?: HeaderLocale;
  /** Unknown headers the user agreed to skip (exactly as in the file). */
  ignoreColumns?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

export function createImportService(deps: {
  db: Db;
  employees: EmployeeService;
  wages: WageService;
  tp1: Tp1Service;
  tp3: Tp3Service;
  cp38: Cp38Service;
  today: () => string;
  /** The rows the pay run would refuse once written (net pay below zero), nothing kept (payroll/entry.ts). */
  netRefusals: (companyId: number, month: string, writes: readonly WageWrite[]) => RefusedRow[];
  /** Takes a backup before a committed import writes anything; returns its path. */
  backupBeforeImport: () => Promise<string | null>;
}) {
  const options = (request: ImportRequest): ImportOptions => ({
    dryRun: request.dryRun,
    today: deps.today(),
    t: request.t,
    locale: request.locale ?? 'en',
    ignoreColumns: request.ignoreColumns ?? [],
    beforeWrite: deps.backupBeforeImport,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  return {
    async employees(request: ImportRequest): Promise<ImportReport> {
      const table = await readTable(request.format, request.content);
      return importEmployees(deps.db, deps, request.companyId, table, options(request));
    },
    /** A file of TP1 claims (employee, month, item, amount). */
    async tp1(request: ImportRequest): Promise<ImportReport> {
      const table = await readTable(request.format, request.content);
      return importTp1Claims(deps, request.companyId, table, options(request));
    },
    async wages(request: ImportRequest & { month: string }): Promise<ImportReport> {
      const table = await readTable(request.format, request.content);
      return importWages(deps.db, deps, request.companyId, request.month, table, options(request));
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
