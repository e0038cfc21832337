// Small helpers shared by the ASSIST files and Reports screens: the sub-route of #/files, the
// date and time of a run in the user's language.
import { useSyncExternalStore } from 'react';
import type { Locale } from '../../../../shared/i18n/catalog';

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
