// Months ("2024-10": a wage or contribution month). Months are compared and stepped as integers
// (year × 12 + month − 1), so no Date object and no time zone is ever involved: a month is a
// label, not an instant. This folder is the one home for month and date arithmetic.
import { digits } from './digits';

/** "YYYY-MM", e.g. "2024-10" (a plain string: the name documents the format; isMonth checks it). */
export type Month = string;
/** A wage or contribution month; the same format as Month (the name says which one is meant). */
export type ContributionMonth = Month;

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && tryMonthIndex(value) >= 0;
}

/** "2024-10" → 2024 × 12 + 9, or -1 when the text is not a well-formed month. */
export function tryMonthIndex(month: string): number {
  // Hand-rolled on char codes: this runs once per calculation and must stay allocation-free.
  if (month.length !== 7 || month.charCodeAt(4) !== 45 /* - */) return -1;
  const year = digits(month, 0, 4);
  const mm = digits(month, 5, 7);
  if (year < 0 || mm < 1 || mm > 12) return -1;
  return year * 12 + mm - 1;
}

/** "2024-10" → 2024 × 12 + 9. Throws on anything that is not a well-formed month. */
export function monthIndex(month: string): number {
  const index = tryMonthIndex(month);
  if (index < 0) throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  return index;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const mm = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** The month of a year and a month number 1–12: (2026, 3) → "2026-03". */
export function monthOf(year: number, monthNumber: number): Month {
  return monthFromIndex(year * 12 + monthNumber - 1);
}

/** The month `count` months after `month` (before, if negative). */
export function addMonths(month: string, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** "2026-01" → "2025-12". */
export function previousMonth(month: string): Month {
  return addMonths(month, -1);
}

/** "2025-12" → "2026-01". */
export function nextMonth(month: string): Month {
  return addMonths(month, 1);
}

/** Negative, zero or positive, like a sort comparator. */
export function compareMonths(a: string, b: string): number {
  return monthIndex(a) - monthIndex(b);
}

/** Months from `from` to `to`: ("2026-01", "2026-03") → 2. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

/** "2026-03" → 2026. */
export function yearOfMonth(month: string): number {
  return Math.floor(monthIndex(month) / 12);
}

/** "2026-03" → 3. */
export function monthNumberOf(month: string): number {
  return (monthIndex(month) % 12) + 1;
}

/** Every month from `from` to `to`, both included, in order (empty when `to` is before `from`). */
export function monthRange(from: string, to: string): Month[] {
  const start = monthIndex(from);
  const end = monthIndex(to);
  const months: Month[] = [];
  for (let i = start; i <= end; i++) months.push(monthFromIndex(i));
  return months;
}
