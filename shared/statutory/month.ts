// Contribution months ("2024-10": the month the wages are for) and calendar dates ("1980-05-17").
// Months are compared and stepped as integers (year × 12 + month − 1), so no Date object and no
// time zone is ever involved: a month is a label, not an instant.

/** "YYYY-MM", e.g. "2024-10" (a plain string: the name documents the format; isMonth checks it). */
export type ContributionMonth = string;

/** "YYYY-MM-DD", e.g. "1980-05-17" (a plain string; isIsoDate checks it). */
export type IsoDate = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
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

export function monthFromIndex(index: number): ContributionMonth {
  const year = Math.floor(index / 12);
  const mm = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** The month `count` months after `month` (before, if negative). */
export function addMonths(month: string, count: number): ContributionMonth {
  return monthFromIndex(monthIndex(month) + count);
}

/** Negative, zero or positive, like a sort comparator. */
export function compareMonths(a: string, b: string): number {
  return monthIndex(a) - monthIndex(b);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits a "YYYY-MM-DD" that names a real calendar day; null for anything else (2023-02-29, 2024-13-01, "x"). */
export function parseIsoDate(value: string): DateParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month a date falls in: "1980-05-17" → "1980-05". */
export function monthOfDate(date: string): ContributionMonth {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
  return monthFromIndex(parts.year * 12 + parts.month - 1);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
