import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { EmployeeService } from '../employees';
import type { ReceiptService } from '../receipts';
import type { MonthFilesService } from '../month-files';
import type { createExportService } from '../export';
import { dashboardRow } from './dashboard';
import { computeArrears } from './arrears';
import { generateForCompanies, type BulkOptions } from './bulk';
import { monthlyTotals } from './history';
import { exportAuditYear } from './audit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function createMonthEndService(deps: {
  companies: CompanyService;
  contributions: ContributionService;
  employees: EmployeeService;
  receipts: ReceiptService;
  monthFiles: MonthFilesService;
  exports: ReturnType<typeof createExportService>;
  today: () => string;
}) {
  return {
    dashboard: (month: string) => deps.companies.list().map((c) => dashboardRow(deps, c.id, month, deps.today())),
    generateAll: (options: BulkOptions) => generateForCompanies(deps, options),
    arrears: (companyId: number, month: string, t: Translate) => {
      deps.companies.get(companyId); // an unknown company is NOT_FOUND, not "no arrears"
      return computeArrears(deps, companyId, month, t);
    },
    history: (companyId: number | null, lastMonth: string, months: number) => monthlyTotals(deps, companyId, lastMonth, months),
    auditExport: (input: { companyId: number; year: number; outDir: string }, t: Translate) =>
      exportAuditYear(deps, { ...input, today: deps.today() }, t),
  };
}

export type MonthEndService = ReturnType<typeof createMonthEndService>;
