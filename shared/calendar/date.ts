// Calendar dates ("1980-05-17"): stored and exchanged as ISO "YYYY-MM-DD", shown and typed the
// Malaysian way, DD/MM/YYYY, whatever the computer's locale. No time zone is involved.
import { digits } from './digits';
import { monthFromIndex, monthIndex, type Month } from './month';

/** "YYYY-MM-DD", e.g. "1980-05-17" (a plain string; isIsoDate checks it). */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month given as year and month number 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days in a "YYYY-MM" month: "2024-02" → 29. */
export function daysInMonthOf(month: Month): number {
  return daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** Whether (year, month, day) names a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a "YYYY-MM-DD" that names a real calendar day; null for anything else (2023-02-29, 2024-13-01, "x"). */
export function parseIsoDate(value: string): DateParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

/**
 * The month index (year × 12 + month − 1) of a "YYYY-MM-DD" that names a real calendar day; −1 for
 * anything else. parseIsoDate without the object: the statutory engine reads a date of birth this
 * way millions of times.
 */
export function isoDateMonthIndex(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  return isRealDay(year, month, digits(value, 8, 10)) ? year * 12 + month - 1 : -1;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month a date falls in: "1980-05-17" → "1980-05". */
export function monthOfDate(date: string): Month {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  return monthFromIndex(parts.year * 12 + parts.month - 1);
}

/** Whether a month comes after the month of a date (a future month, asked of today); false when the date is not a date. */
export function isMonthAfterDate(month: string, date: string): boolean {
  const parts = parseIsoDate(date);
  return parts !== null && monthIndex(month) > parts.year * 12 + parts.month - 1;
}

/** Days since 1970-01-01 of an ISO date (throws on anything else); differences are day counts. */
export function dayNumber(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  return Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `count` days after `date`. */
export function addDays(date: string, count: number): IsoDate {
  const d = new Date((dayNumber(date) + count) * 86_400_000);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** "2026-12-01" → "01/12/2026": how Malaysians write a date, in every language of the app. */
export function formatMalaysianDate(date: string): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${String(parts.year).padStart(4, '0')}`;
}

/**
 * A date as people type it, to ISO: DD/MM/YYYY first (also D/M/YYYY, with "-" or "." between),
 * or ISO YYYY-MM-DD. Null when it is none of these or not a real day (31/02/2026). Two-digit
 * years are refused: "01/02/26" could be 1926 or 2026.
 */
export function parseTypedDate(text: string): IsoDate | null {
  const value = text.trim();
  const iso = parseIsoDate(value);
  if (iso) return formatIsoDate(iso);
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  return isRealDay(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}

/** The accepted forms of a typed date, for messages ("DD/MM/YYYY, D/M/YYYY or YYYY-MM-DD"). */
export const TYPED_DATE_FORMS = 'DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD';
