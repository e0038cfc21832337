import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import type { WageService } from '../wages';
import { readTable, type TableFormat } from './table-source';
import { importEmployees } from './employees-import';
import { importWages } from './wages-import';
import type { ImportReport, Translate } from './report';

export type { ImportReport, ImportIssue, ImportChange } from './report';
export { formatFromFileName, type TableFormat } from './table-source';

export interface ImportRequest {
  companyId: number;
  format: TableFormat;
  /** CSV text, or an .xlsx workbook as bytes (base64 text over IPC). */
  content: Buffer | string;
  dryRun: boolean;
  t: Translate;
  onProgress?: (done: number, total: number) => void;
}

export function createImportService(deps: {
  db: Db;
  employees: EmployeeService;
  wages: WageService;
  today: () => string;
  /** Takes a backup before a committed import writes anything; returns its path. */
  backupBeforeImport: () => Promise<string | null>;
}) {
  const base = (request: ImportRequest) => ({
    dryRun: request.dryRun,
    today: deps.today(),
    t: request.t,
    beforeWrite: deps.backupBeforeImport,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  return {
    async employees(request: ImportRequest): Promise<ImportReport> {
      const table = await readTable(request.format, request.content);
      return importEmployees(deps.db, deps.employees, request.companyId, table, base(request));
    },
    async wages(request: ImportRequest & { month: string }): Promise<ImportReport> {
      const table = await readTable(request.format, request.content);
      return importWages(deps.employees, deps.wages, request.companyId, request.month, table, base(request));
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
