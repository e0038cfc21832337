// The wage grid's view of a company-month: one compact row per employee (who they are, the facts
// the statutory engine needs to recompute the row as the user types, the stored pay items and the
// amounts), without the full employee record or the engine's explanation. The explanation of a
// row is worked out when the user opens it (wages/ExplainPanel.tsx). Produced by
// main/services/contributions.ts (gridForMonth); never stored.
import type { ContributionResult, PersonFacts } from '../statutory';
import type { MonthEvents } from './company-month';
import type { PayItemAmounts, WageEvent } from './wages';

/** A row's contributions, amounts only (sen). */
export interface GridAmounts {
  socsoEmployer: number;
  socsoEmployee: number;
  eisEmployer: number;
  eisEmployee: number;
  /** LINDUNG 24 Jam, both shares. */
  lindung: number;
  /** LINDUNG is in force in the month (from 2026-06). */
  lindungInForce: boolean;
  employer: number;
  employee: number;
  total: number;
}

export interface WageGridRow {
  employeeId: number;
  name: string;
  idNumber: string;
  person: PersonFacts;
  events: MonthEvents;
  /** The stored pay items with an amount (others are zero); null when nothing is entered yet. */
  items: Partial<PayItemAmounts> | null;
  event: WageEvent | null;
  /** Unpaid leave deducted (sen): it comes off the wages of every scheme. */
  unpaidLeaveSen: number;
  wagesSen: number;
  amounts: GridAmounts;
}

export interface WageGrid {
  companyId: number;
  month: string;
  rows: WageGridRow[];
}

export function gridAmountsOf(result: ContributionResult): GridAmounts {
  return {
    socsoEmployer: result.socso.employerSen,
    socsoEmployee: result.socso.employeeSen,
    eisEmployer: result.eis.employerSen,
    eisEmployee: result.eis.employeeSen,
    lindung: result.lindung.employerSen + result.lindung.employeeSen,
    lindungInForce: result.lindung.status !== 'not_in_force',
    employer: result.totals.employerSen,
    employee: result.totals.employeeSen,
    total: result.totals.totalSen,
  };
}
