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
  /** KWSP's month: Form A and the contributions, due on the 15th of the contribution month (EPF.md §5, E8). */
  kwsp: KwspFiling;
  /** LHDN's month: CP39 with the PCB and CP38, due on the 15th of the next month (PCB.md §6.1). */
  lhdn: LhdnFiling;
  /** Payslips of the month, as the pay run makes them; null while no wages are saved for it. */
  payslips: PayslipsState | null;
  /** The month's newest month-end pack; null when it was never packed. */
  pack: PackState | null;
  /** Forms EA and Form E for last year, from January until Form E is due; null outside that time or without staff that year. */
  yearEnd: YearEndDeadlines | null;
}

/**
 * What a month's payslips are: DRAFT (each page says so) while the month is open, final once the
 * month is finalised on the Payroll screen (payroll:finalise) — the point at which they can be
 * given to staff.
 */
export interface PayslipsState {
  stage: 'draft' | 'final';
  /** When the month was finalised (ISO timestamp); null while draft. */
  finalisedAt: string | null;
}

/** When and where the month-end pack last wrote a company's month (recorded in its run, migration 11). */
export interface PackState {
  packedAt: string;
  folder: string;
  /** Its files besides the upload files: payslips, summary, journal, payment list, README.txt. */
  files: number;
  /** Packed while the month was open (its payslips and reports say DRAFT): pack again once finalised. */
  draft: boolean;
}

/** The dashboard's "needs action now" view: the month shown and the rows (that month's, then earlier months'). */
export interface ActionNowView {
  /** The month every company is shown for; earlier rows carry their own month. */
  month: string;
  rows: DashboardRow[];
}

/** The bodies whose filings Caruman follows besides PERKESO, as stored in month_filings. */
export const FILING_BODIES = ['kwsp', 'lhdn'] as const;
export type FilingBody = (typeof FILING_BODIES)[number];
/** What the user marked: uploaded (submitted) in the body's portal, then paid. */
export const FILING_MARKS = ['submitted', 'paid'] as const;
export type FilingMark = (typeof FILING_MARKS)[number];

/**
 * Where one body's month stands, the furthest step first: paid or submitted (as marked), the file
 * out of date or made, to make, or why there is nothing to make (no employer number, nothing due).
 */
export type FilingStage = 'nothing_due' | 'no_employer_number' | 'to_make' | 'made' | 'out_of_date' | 'submitted' | 'paid' | 'unknown';

export interface FilingFile {
  fileName: string;
  createdAt: string;
  /** What the file says is paid (sen). */
  totalSen: number;
  outOfDate: boolean;
}

interface FilingBase {
  stage: FilingStage;
  mark: FilingMark | null;
  /** The newest file of the body for the month, or null. */
  file: FilingFile | null;
  dueDate: string;
  /** Positive before the due date, 0 on it, negative once late. */
  daysToDeadline: number;
  /** Past the due date, something due and not marked paid. */
  overdue: boolean;
}

/** The late-payment charge while overdue: KWSP's rule with the year's dividend rate, or why it cannot be estimated. */
export type EpfLateCharge =
  | { kind: 'estimate'; chargeSen: number; rateBp: number; dividendYear: number; daysLate: number; minimumApplied: boolean }
  | { kind: 'rateMissing'; dividendYear: number };

export interface KwspFiling extends FilingBase {
  /** Employer + employee shares of the month as the data stands now (sen). */
  amountSen: number;
  lateCharge: EpfLateCharge | null;
}

export interface LhdnFiling extends FilingBase {
  /** PCB + CP38 of the month (sen): the pay run's when it can say, else the newest CP39's, else null. */
  amountSen: number | null;
}

export interface YearEndDeadline {
  dueDate: string;
  daysToDeadline: number;
}

export interface YearEndDeadlines {
  /** The remuneration year the forms are for (last year). */
  year: number;
  /** Form EA to every employee by the last day of February (PCB.md §7). */
  ea: YearEndDeadline;
  /** Form E (with C.P.8D) to LHDN by 31 March. */
  formE: YearEndDeadline;
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
  /** Packed, with something to say: a file the pack could not make (the month-end pack's README.txt says it too). */
  notes?: Said[];
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

/** The month-end pack of one company or many (main/services/month-end/pack.ts). */
export interface PackReport {
  month: string;
  /** The folder chosen, or null: each company's own folder. */
  outDir: string | null;
  packed: number;
  skipped: number;
  failed: number;
  /** outcome 'generated': packed into folder. */
  results: BulkCompanyResult[];
}

export interface AuditExportResult {
  folder: string;
  months: string[];
  files: number;
}
