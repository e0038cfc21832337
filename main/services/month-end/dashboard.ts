// One row per company for a month: how far month-end has got with each body (PERKESO, KWSP, LHDN),
// what is due when, and what is late. Read for every company at once, so nothing here reads a
// file from disk: the files' state comes from the stored runs and the fingerprints of the data.
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { EmployeeService } from '../employees';
import type { ReceiptService } from '../receipts';
import type { MonthFilesService } from '../month-files';
import { daysToDeadline, dueDate, estimateLateInterest } from '../../../shared/statutory/deadlines';
import { familyOf, type FileFamily } from '../../../shared/month-files/kinds';
import type { DashboardRow, FilingFile, MonthStage, PackState, PayslipsState } from '../../../shared/domain/month-end';
import type { PayrollService } from '../payroll';
import type { FilingStore } from './filings';
import { kwspFiling, lhdnFiling, yearEndDeadlines } from './filing-states';


export interface DashboardDeps {
  companies: CompanyService;
  contributions: ContributionService;
  employees: EmployeeService;
  receipts: ReceiptService;
  monthFiles: MonthFilesService;
  filings: FilingStore;
  payroll: Pick<PayrollService, 'status'>;
  /** The EPF dividend rate of a year in basis points (epf_dividend_rates), or null when not entered. */
  dividendRateBp(year: number): number | null;
}

export function dashboardRow(deps: DashboardDeps, companyId: number, month: string, today: string): DashboardRow {
  const company = deps.companies.get(companyId);
  const computed = deps.contributions.forMonth(companyId, month);
  const wagesEntered = computed.rows.filter((r) => r.entry !== null).length;
  const wagesComplete = computed.rows.length > 0 && wagesEntered === computed.rows.length;
  const { files, kwspSen, lhdnSen } = deps.monthFiles.dashboardFigures(companyId, month, computed);
  const newest = (family: FileFamily): FilingFile | null => {
    const mine = files.filter((f) => familyOf(f.kind) === family);
    if (mine.length === 0) return null;
    const last = mine.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    return { fileName: last.fileName, createdAt: last.createdAt, totalSen: last.totalSen, outOfDate: mine.some((f) => f.outOfDate) };
  };
  const perkesoFiles = newest('assist');
  const status = deps.receipts.monthStatus.get(companyId, month).status;
  const marks = deps.filings.forMonth(companyId, month);

  let stage: MonthStage = wagesEntered === 0 ? 'not_started' : wagesComplete ? 'ready' : 'wages_incomplete';
  if (perkesoFiles) stage = 'generated';
  if (status && status !== 'generated') stage = status;

  const paid = status === 'paid' || status === 'receipt_filed';
  const days = daysToDeadline(month, today);
  const contributionSen = computed.totals.totalSen;
  const overdue = days < 0 && !paid && contributionSen > 0;
  const lateRegistrations = deps.employees.lateRegistrations(companyId);
  const payslips = payslipsState(deps, companyId, month, wagesEntered);

  return {
    company: { id: company.id, name: company.name, employerCode: company.employerCode },
    month,
    employees: computed.rows.length,
    wagesEntered,
    wagesComplete,
    filesGenerated: perkesoFiles !== null,
    lastGeneratedAt: perkesoFiles?.createdAt ?? null,
    filesOutOfDate: perkesoFiles?.outOfDate ?? false,
    stage,
    contributionSen,
    dueDate: dueDate(month),
    daysToDeadline: days,
    overdue,
    interestEstimateSen: overdue ? estimateLateInterest(month, contributionSen, today).interestSen : 0,
    lateRegistrations,
    kwsp: kwspFiling({
      month,
      today,
      mark: marks.get('kwsp') ?? null,
      file: newest('epf'),
      hasEmployerNumber: company.epfEmployerNumber !== null,
      amountSen: kwspSen,
      dividendRateBp: deps.dividendRateBp,
    }),
    lhdn: lhdnFiling({ month, today, mark: marks.get('lhdn') ?? null, file: newest('pcb'), hasEmployerNumber: company.taxEmployerNumber !== null, amountSen: lhdnSen }),
    payslips,
    pack: packState(deps, companyId, month, payslips),
    yearEnd: yearEndDeadlines(today, (year) => deps.filings.hasWagesInYear(companyId, year)),
  };
}

/** The newest pack, and whether it was made before the month was finalised (a DRAFT set). */
function packState(deps: DashboardDeps, companyId: number, month: string, payslips: PayslipsState | null): PackState | null {
  const last = deps.monthFiles.lastPack(companyId, month);
  if (last === null) return null;
  const finalisedAt = payslips?.finalisedAt ?? null;
  return { packedAt: last.createdAt, folder: last.folder, files: last.files, draft: finalisedAt === null || last.createdAt < finalisedAt };
}

/** Draft until the month is finalised, then final; nothing while no wages are saved for it. */
function payslipsState(deps: DashboardDeps, companyId: number, month: string, wagesEntered: number): PayslipsState | null {
  if (wagesEntered === 0) return null;
  const status = deps.payroll.status(companyId, month);
  return status.finalised ? { stage: 'final', finalisedAt: status.finalisedAt } : { stage: 'draft', finalisedAt: null };
}
