// Small helpers shared by the ASSIST files, Reports and month-end screens: the sub-route of
// #/files, dates as DD/MM/YYYY and the time of a run in the user's language.
import { useSyncExternalStore } from 'react';
import type { Locale } from '../../../../shared/i18n/catalog';
import { dateInMalaysia, formatMalaysianDate } from '../../../../shared/calendar';

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

/** An instant (ISO, UTC) as its date in Malaysia, DD/MM/YYYY: how Malaysians write dates. */
export function formatLocalDate(iso: string): string {
  return formatMalaysianDate(dateInMalaysia(iso));
}

/** An ISO time (UTC) in the computer's time zone: "12/06/2025, 3:04 pm" (the time in the user's language). */
export function formatWhen(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short' }).format(date);
  return `${formatLocalDate(iso)}, ${time}`;
}

/** "2025-06-15" → "15/06/2025" in every language (issue 12 item 8). */
export function formatDay(isoDate: string): string {
  return formatMalaysianDate(isoDate);
}
