// The wage grid's view of a company-month: one compact row per employee (who they are, the facts
// the statutory engine needs to recompute the row as the user types, the stored pay items and the
// amounts), without the full employee record or the engine's explanation. The explanation of a
// row is worked out when the user opens it (wages/ExplainPanel.tsx). Produced by
// main/services/contributions.ts (gridForMonth); never stored.
import type { ContributionResult, PersonFacts } from '../statutory';
import { calculateEpf, type EpfPerson, type EpfResult } from '../epf';
import { epfWagesSen } from '../pay/pay-items';
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
  /** PERKESO's schemes together (SOCSO, EIS, LINDUNG): the employer's part, the employees' and both. */
  employer: number;
  employee: number;
  total: number;
  /** EPF (KWSP) shares; null when the EPF engine has no answer for the month (before March 2016). */
  epfEmployer: number | null;
  epfEmployee: number | null;
}

export interface WageGridRow {
  employeeId: number;
  name: string;
  idNumber: string;
  person: PersonFacts;
  /** The EPF engine's facts for this wage month (status, keep-11 % election, domestic servant). */
  epfPerson: EpfPerson;
  events: MonthEvents;
  /** The stored pay items with an amount (others are zero); null when nothing is entered yet. */
  items: Partial<PayItemAmounts> | null;
  /** The stored entry's version (its updatedAt), sent back with a save; null when nothing is stored. */
  version: string | null;
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

/**
 * The month's EPF from the pay items, as every caller works it out: EPF wages and bonus from the
 * items (pay-items.ts), less unpaid leave. Null when the engine refuses the month or the amounts.
 */
export function epfOf(month: string, items: Readonly<Partial<PayItemAmounts>>, unpaidLeaveSen: number, person: EpfPerson): EpfResult | null {
  try {
    const { wagesSen, bonusSen } = epfWagesSen(items, unpaidLeaveSen);
    return calculateEpf({ wageMonth: month, wagesSen, bonusSen, person });
  } catch {
    return null;
  }
}

export function gridAmountsOf(result: ContributionResult, epf: EpfResult | null): GridAmounts {
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
    epfEmployer: epf?.employerSen ?? null,
    epfEmployee: epf?.employeeSen ?? null,
  };
}

/**
 * PCB (MTD) of the month's saved wages, per employee, as the pay run computes it (payroll:month;
 * wages:pcb): it needs the year to date of finalised months, TP1, TP3 and CP38, so the grid shows
 * it for what is saved and works it out again after Save.
 */
export interface WagePcb {
  companyId: number;
  month: string;
  /** The month is finalised: its figures are as paid and the wages cannot be changed. */
  finalised: boolean;
  rows: { employeeId: number; pcbSen: number; cp38Sen: number }[];
  /** Employees whose month cannot be paid as entered (their PCB is not worked out). */
  refused: { employeeId: number; message: string }[];
}

/** One employee's PCB with LHDN's working, as message keys (wages:pcbWorking). */
export interface WagePcbWorking {
  pcbSen: number;
  cp38Sen: number;
  working: { key: string; params: Readonly<Record<string, string | number>> }[];
}
