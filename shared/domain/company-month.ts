// A company's month as computed from its records: what the wage grid, the upload files and the
// reports show. Produced by main/services/contributions.ts; never stored.
import type { ContributionResult } from '../statutory';
import type { Employee } from './employee';
import type { WageEntry } from './wages';

/** What happened to the employee in this month, for the upload files' fields 7 and 8. */
export interface MonthEvents {
  joined: boolean;
  left: boolean;
  died: boolean;
}

export interface EmployeeMonth {
  employee: Employee;
  entry: WageEntry | null;
  wagesSen: number;
  events: MonthEvents;
  /**
   * The engine's result. Its explanation is worked out when read (a getter), so a month sent to
   * the renderer (structured clone) arrives without it: where one is shown, ask the engine for
   * that employee, or send contributionResultData(result).
   */
  result: ContributionResult;
}

export interface CompanyMonth {
  companyId: number;
  month: string;
  rows: EmployeeMonth[];
  totals: { employerSen: number; employeeSen: number; totalSen: number; wagesSen: number };
}
