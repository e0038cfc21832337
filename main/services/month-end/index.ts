import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { EmployeeService } from '../employees';
import type { ReceiptService } from '../receipts';
import type { MonthFilesService } from '../month-files';
import type { createExportService } from '../export';
import { dashboardRow } from './dashboard';
import type { DashboardRow } from '../../../shared/domain/month-end';
import { computeArrears } from './arrears';
import { generateForCompanies, type BulkOptions } from './bulk';
import { packMonth, type PackOptions } from './pack';
import { monthlyTotals } from './history';
import { exportAuditYear } from './audit';
import { createFilingStore } from './filings';
import { createActionNowQuery } from './action-now';
import { createMonthMemo } from './month-memo';
import { monthOfDate, previousMonth } from '../../../shared/calendar';
import type { Db } from '../db/open';
import type { EpfDividendRateService } from '../payroll-records';
import type { PayrollService } from '../payroll';
import type { PayslipService } from '../payslips';
import type { FilingBody, FilingMark } from '../../../shared/domain/month-end';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function createMonthEndService(deps: {
  db: Db;
  companies: CompanyService;
  contributions: ContributionService;
  employees: EmployeeService;
  receipts: ReceiptService;
  monthFiles: MonthFilesService;
  exports: ReturnType<typeof createExportService>;
  epfDividendRates: Pick<EpfDividendRateService, 'rateFor'>;
  payroll: PayrollService;
  payslips: PayslipService;
  today: () => string;
}) {
  const filings = createFilingStore(deps.db);
  const actionNow = createActionNowQuery(deps.db);
  // The dashboard's rows read each company's month through the memo (month-memo.ts says why it is safe).
  const contributions = { ...deps.contributions, ...createMonthMemo(deps.db, deps.companies, deps.contributions) };
  const rows = { ...deps, contributions, filings, dividendRateBp: (year: number) => deps.epfDividendRates.rateFor(year) };
  return {
    dashboard: (month: string) => {
      const today = deps.today();
      return deps.companies.list().map((c) => dashboardRow(rows, c.id, month, today));
    },
    /**
     * What needs action now: every company's `month` (default: the month to pay now, by the
     * service's clock) and each earlier month that is overdue or has files out of date.
     */
    actionNow: (month?: string) => {
      const today = deps.today();
      const current = month ?? previousMonth(monthOfDate(today));
      return { month: current, rows: actionNow.rows(rows, deps.companies.list().map((c) => c.id), current, today) };
    },
    /** Marks a company's month with KWSP or LHDN as submitted or paid (null: takes the mark away). */
    setFiling(companyId: number, month: string, body: FilingBody, mark: FilingMark | null): DashboardRow {
      deps.companies.get(companyId);
      filings.set(companyId, month, body, mark);
      return dashboardRow(rows, companyId, month, deps.today());
    },
    generateAll: (options: BulkOptions) => generateForCompanies(deps, options),
    /** The month-end pack: each company's month (upload files, payslips, summary, journal, payment list) into <company folder>/<YYYY-MM>/. */
    pack: (options: PackOptions) =>
      packMonth({ ...deps, companyFolder: (id) => deps.receipts.companyFolder(id), readTogether: (read) => deps.db.transaction(read)() }, options),
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
