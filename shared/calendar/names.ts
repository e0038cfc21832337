// Month names in the two languages of the app, as data: the same words on every computer,
// whatever its ICU data or locale ("Disember 2026", "December 2026").
import type { Locale } from '../i18n/catalog';
import { monthIndex, monthOf, type Month } from './month';

export const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const SHORT_MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  ms: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The name of month number 1–12: (12, 'ms') → "Disember". */
export function monthName(monthNumber: number, locale: Locale): string {
  return MONTH_NAMES[locale][monthNumber - 1] ?? String(monthNumber);
}

/** "2026-12" → "Disember 2026" / "December 2026"; anything that is not a month is returned as it is. */
export function formatMonthName(month: string, locale: Locale): string {
  const index = safeIndex(month);
  if (index < 0) return month;
  return `${MONTH_NAMES[locale][index % 12]} ${Math.floor(index / 12)}`;
}

/** "2026-12" → "Dis 2026" / "Dec 2026" (chart labels, narrow columns). */
export function formatShortMonthName(month: string, locale: Locale): string {
  const index = safeIndex(month);
  if (index < 0) return month;
  return `${SHORT_MONTH_NAMES[locale][index % 12]} ${Math.floor(index / 12)}`;
}

/** "2026-12-01" → "1 Disember 2026" / "1 December 2026". */
export function formatLongDate(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const name = MONTH_NAMES[locale][Number(match[2]) - 1];
  return name ? `${Number(match[3])} ${name} ${match[1]}` : date;
}

function safeIndex(month: string): number {
  try {
    return monthIndex(month);
  } catch {
    return -1;
  }
}

/**
 * A month as people type it, to "YYYY-MM": "12/2026", "12-2026", "2026-12", or by name in either
 * language, full or short ("Disember 2026", "dec 2026"). Null for anything else. The year has four
 * digits and comes last in the typed forms (so "1/2026" is never taken before "12/2026" is done).
 */
export function parseTypedMonth(text: string): Month | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{2})$/.exec(value);
  if (iso) return monthNumberInRange(Number(iso[1]), Number(iso[2]));
  const numeric = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
  if (numeric) return monthNumberInRange(Number(numeric[2]), Number(numeric[1]));
  const named = /^(\p{L}+)\.? (\d{4})$/u.exec(value);
  if (!named) return null;
  const name = named[1] ?? '';
  for (const names of [...Object.values(MONTH_NAMES), ...Object.values(SHORT_MONTH_NAMES)]) {
    const index = names.findIndex((candidate) => candidate.toLowerCase() === name);
    if (index >= 0) return monthNumberInRange(Number(named[2]), index + 1);
  }
  return null;
}

function monthNumberInRange(year: number, monthNumber: number): Month | null {
  return monthNumber >= 1 && monthNumber <= 12 ? monthOf(year, monthNumber) : null;
}
