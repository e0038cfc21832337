// Month-end across companies: the dashboard row of one company's month, arrears, history.
import type { Company } from './company';
import type { Said } from './said';

/** What one employee's amounts were when a month's files were generated (sen). */
export interface ContributionSnapshot {
  employeeId: number;
  perkesoId: string;
  name: string;
  wagesSen: number;
  category: 1 | 2 | null;
  socsoEmployerSen: number;
  socsoEmployeeSen: number;
  eisEmployerSen: number;
  eisEmployeeSen: number;
  lindungEmployeeSen: number;
  /** EPF and PCB when the run wrote a Form A or a CP39 file; null when it did not (every run before migration 9). */
  epfWagesSen: number | null;
  epfEmployerSen: number | null;
  epfEmployeeSen: number | null;
  pcbSen: number | null;
  cp38Sen: number | null;
}

export const MONTH_STAGES = ['not_started', 'wages_incomplete', 'ready', 'generated', 'submitted', 'paid', 'receipt_filed'] as const;
export type MonthStage = (typeof MONTH_STAGES)[number];

export interface DashboardRow {
  company: Pick<Company, 'id' | 'name' | 'employerCode'>;
  month: string;
  /** Employees on the month's payroll, and how many have wages entered. */
  employees: number;
  wagesEntered: number;
  wagesComplete: boolean;
  filesGenerated: boolean;
  lastGeneratedAt: string | null;
  filesOutOfDate: boolean;
  /** The furthest step reached: from nothing entered to receipt filed. */
  stage: MonthStage;
  /** Statutory total for the month as the data stands now (employer + employee, all schemes). */
  contributionSen: number;
  dueDate: string;
  /** Positive before the 15th, negative once late. */
  daysToDeadline: number;
  overdue: boolean;
  /** An estimate (6 % a year per day late, at least RM5) while the month is overdue and unpaid. */
  interestEstimateSen: number;
  /** Employees not registered with PERKESO within 30 days of hiring. */
  lateRegistrations: number;
}

/** The difference, for one employee and scheme, between what was generated and the data now. */
export interface ArrearsLine {
  employeeId: number;
  perkesoId: string;
  name: string;
  scheme: 'socso' | 'eis' | 'lindung' | 'epf' | 'pcb' | 'cp38';
  /** The scheme's wages then and now (EPF: EPF wages); for PCB and CP38, the amount deducted then and now. */
  generatedWagesSen: number;
  currentWagesSen: number;
  employerDifferenceSen: number;
  employeeDifferenceSen: number;
}

export interface ArrearsReport {
  companyId: number;
  month: string;
  /** The generation compared with; null when the month was never generated. */
  runId: number | null;
  generatedAt: string | null;
  lines: ArrearsLine[];
  /** Differences by body's scheme (pcbSen: PCB and CP38); totalSen all of them. */
  totals: { socsoSen: number; eisSen: number; lindungSen: number; epfSen: number; pcbSen: number; totalSen: number };
  /** Plain sentences: what to enter in each portal (no arrears text-file layout is known). */
  statement: { key: string; params: Record<string, string | number>; message: string }[];
}

export interface MonthTotals {
  month: string;
  headcount: number;
  wagesSen: number;
  socsoSen: number;
  eisSen: number;
  lindungSen: number;
  employerSen: number;
  employeeSen: number;
  totalSen: number;
}

export interface BulkCompanyResult {
  companyId: number;
  employerCode: string;
  name: string;
  outcome: 'generated' | 'skipped' | 'failed';
  folder: string | null;
  files: { fileName: string; records: number; amountSen: number }[];
  totalSen: number;
  reason: Said | null;
}

export interface BulkGenerationReport {
  month: string;
  outDir: string;
  /** A CSV of the results, saved in outDir. */
  summaryFile: string;
  generated: number;
  skipped: number;
  failed: number;
  results: BulkCompanyResult[];
}

export interface AuditExportResult {
  folder: string;
  months: string[];
  files: number;
}
