// Month names in the two languages of the app, as data: the same words on every computer,
// whatever its ICU data or locale ("Disember 2026", "December 2026").
import type { Locale } from '../i18n/catalog';
import { monthIndex } from './month';

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
