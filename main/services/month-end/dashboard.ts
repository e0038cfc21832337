// One row per company for a month: how far month-end has got, what is due when, and what is late.
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { EmployeeService } from '../employees';
import type { ReceiptService } from '../receipts';
import type { MonthFilesService } from '../month-files';
import { daysToDeadline, dueDate, estimateLateInterest } from '../../../shared/statutory/deadlines';
import type { DashboardRow, MonthStage } from '../../../shared/domain/month-end';

const LATE_REGISTRATION_KEYS = new Set(['employees.warning.notRegistered', 'employees.warning.registeredLate']);

export interface DashboardDeps {
  companies: CompanyService;
  contributions: ContributionService;
  employees: EmployeeService;
  receipts: ReceiptService;
  monthFiles: MonthFilesService;
}

export function dashboardRow(deps: DashboardDeps, companyId: number, month: string, today: string): DashboardRow {
  const company = deps.companies.get(companyId);
  const computed = deps.contributions.forMonth(companyId, month);
  const wagesEntered = computed.rows.filter((r) => r.entry !== null).length;
  const wagesComplete = computed.rows.length > 0 && wagesEntered === computed.rows.length;
  const files = deps.monthFiles.status(companyId, month, computed);
  const status = deps.receipts.monthStatus.get(companyId, month).status;

  let stage: MonthStage = wagesEntered === 0 ? 'not_started' : wagesComplete ? 'ready' : 'wages_incomplete';
  if (files.generated) stage = 'generated';
  if (status && status !== 'generated') stage = status;

  const paid = status === 'paid' || status === 'receipt_filed';
  const days = daysToDeadline(month, today);
  const contributionSen = computed.totals.totalSen;
  const overdue = days < 0 && !paid && contributionSen > 0;
  const lateRegistrations = deps.employees
    .list(companyId, 'active')
    .filter((e) => e.warnings.some((w) => LATE_REGISTRATION_KEYS.has(w.key))).length;

  return {
    company: { id: company.id, name: company.name, employerCode: company.employerCode },
    month,
    employees: computed.rows.length,
    wagesEntered,
    wagesComplete,
    filesGenerated: files.generated,
    lastGeneratedAt: files.lastGeneratedAt,
    filesOutOfDate: files.outOfDate,
    stage,
    contributionSen,
    dueDate: dueDate(month),
    daysToDeadline: days,
    overdue,
    interestEstimateSen: overdue ? estimateLateInterest(month, contributionSen, today).interestSen : 0,
    lateRegistrations,
  };
}
