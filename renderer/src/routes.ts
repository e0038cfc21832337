// Hash routes ("#/companies"): a reload keeps the screen, and no server is needed to serve
// deep links (the app is loaded from app:// or, in tests, from a routed origin).
import { useSyncExternalStore } from 'react';
import { isMonth } from '../../shared/calendar';
import type { MessageKey } from '../../shared/i18n/catalog';

export const ROUTES = [
  { id: 'dashboard', navKey: 'dashboard.nav' },
  { id: 'companies', navKey: 'nav.companies' },
  { id: 'employees', navKey: 'nav.employees' },
  { id: 'wages', navKey: 'nav.wages' },
  { id: 'files', navKey: 'nav.files' },
  { id: 'reports', navKey: 'reports.nav' },
  { id: 'portal', navKey: 'nav.portal' },
  { id: 'settings', navKey: 'nav.settings' },
] as const satisfies readonly { id: string; navKey: MessageKey }[];

export type RouteId = (typeof ROUTES)[number]['id'];
export const DEFAULT_ROUTE: RouteId = 'companies';

export function hrefFor(route: RouteId): string {
  return `#/${route}`;
}

export function parseHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return ROUTES.find((route) => route.id === id)?.id ?? DEFAULT_ROUTE;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseHash(window.location.hash));
}

export function navigate(route: RouteId) {
  window.location.hash = hrefFor(route);
}

/** "#/wages?month=2026-10" → "2026-10"; null when there is none (or it is not a month). */
export function monthFromHash(hash: string): string | null {
  const month = new URLSearchParams(hash.split('?')[1] ?? '').get('month');
  return month !== null && isMonth(month) ? month : null;
}
