// Small helpers shared by the ASSIST files and Reports screens: the month they open on, today's
// date, the sub-route of #/files, the date and time of a run in the user's language.
import { useSyncExternalStore } from 'react';
import type { Locale } from '../../../../shared/i18n/catalog';
import { isMonth } from '../../../../shared/statutory/month';

/** The month a bookkeeper pays now: contributions for M are due by the 15th of M+1. */
export function previousMonth(today: Date = new Date()): string {
  const index = today.getFullYear() * 12 + today.getMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Today as "YYYY-MM-DD" in the computer's own time zone. */
export function todayIso(today: Date = new Date()): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

/** "?month=2025-05" in the hash (the month-end dashboard opens a company's month this way). */
export function monthFromHash(hash: string): string | null {
  const month = new URLSearchParams(hash.split('?')[1] ?? '').get('month');
  return month !== null && isMonth(month) ? month : null;
}

export type FilesView = 'make' | 'check';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** #/files → 'make', #/files/check → 'check'. */
export function filesViewOf(hash: string): FilesView {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return path.split('/')[1] === 'check' ? 'check' : 'make';
}

export function useFilesView(): FilesView {
  return useSyncExternalStore(subscribe, () => filesViewOf(window.location.hash));
}

function intlLocale(locale: Locale): string {
  return locale === 'ms' ? 'ms-MY' : 'en-MY';
}

/** An ISO time (UTC) in the user's language and the computer's time zone: "12 Jun 2025, 3:04 pm". */
export function formatWhen(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "2025-06-15" → "15 Jun 2025" in the user's language. */
export function formatDay(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2025-05" → "May 2025" / "Mei 2025". */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The bytes of a File as base64, for assist:check. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
