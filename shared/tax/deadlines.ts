// When PCB and the year-end forms are due (PCB.md §6.1, §7). Pure date functions; the dashboard
// shows them beside SOCSO's.
import { addMonths, daysBetween, daysInMonth, isMonth } from '../calendar';

/** PCB (and CP38) deducted in month M is remitted by this day of month M + 1. OFFICIAL. */
export const PCB_DUE_DAY_OF_NEXT_MONTH = 15;
/** Form E (with C.P.8D) for remuneration year Y is due by this day and month of Y + 1. OFFICIAL. */
export const FORM_E_DUE = { month: 3, day: 31 } as const;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) throw new RangeError(`Not a year: ${year}`);
}

/** PCB deducted in "2026-07" is due "2026-08-15". */
export function pcbDueDate(month: string): string {
  if (!isMonth(month)) throw new RangeError(`Not a month: ${month}`);
  return `${addMonths(month, 1)}-${String(PCB_DUE_DAY_OF_NEXT_MONTH).padStart(2, '0')}`;
}

/** Forms EA for remuneration year 2026 are given to employees by the last day of February 2027 ("2027-02-28"). OFFICIAL. */
export function eaDueDate(remunerationYear: number): string {
  assertYear(remunerationYear);
  const year = remunerationYear + 1;
  return `${year}-02-${String(daysInMonth(year, 2)).padStart(2, '0')}`;
}

/** Form E for remuneration year 2026 is due "2027-03-31". OFFICIAL. */
export function formEDueDate(remunerationYear: number): string {
  assertYear(remunerationYear);
  return `${remunerationYear + 1}-${String(FORM_E_DUE.month).padStart(2, '0')}-${String(FORM_E_DUE.day).padStart(2, '0')}`;
}

/** Days from `today` to a due date: positive before it, 0 on it, negative once late. */
export function daysUntil(dueDate: string, today: string): number {
  return daysBetween(today, dueDate);
}
