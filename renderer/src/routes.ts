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
  { id: 'payroll', navKey: 'payrollScreen.nav' },
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

// The route follows the address when a `hashchange` event is delivered and the route guard (set by
// state/UnsavedChanges.tsx) lets it: the guard refuses a change it must ask about first, and puts
// the address back. The route is never read from the address during a render, so a render in
// between (the Back button changes the address a moment before its event) shows no other screen.
let routedHash = '';
const routeListeners = new Set<() => void>();

/** Asked before the route follows the address from `from` to `to`; false keeps the screen. */
export type RouteGuard = (from: string, to: string) => boolean;
let routeGuard: RouteGuard | null = null;

export function setRouteGuard(guard: RouteGuard | null) {
  routeGuard = guard;
}

/** Shows the screen of `hash` (the address already says it, or is about to). */
function follow(hash: string) {
  routedHash = hash;
  for (const listener of routeListeners) listener();
}

function onHashChange() {
  const to = window.location.hash;
  if (to === routedHash) return; // followed already (navigate)
  if (routeGuard && !routeGuard(routedHash, to)) return;
  follow(to);
}

function subscribe(onChange: () => void) {
  if (routeListeners.size === 0) {
    routedHash = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  routeListeners.add(onChange);
  return () => {
    routeListeners.delete(onChange);
    if (routeListeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseHash(routeListeners.size === 0 ? window.location.hash : routedHash));
}

export function navigate(route: RouteId) {
  const to = hrefFor(route);
  if (routeListeners.size > 0) {
    if (routeGuard && !routeGuard(routedHash, to)) return;
    follow(to);
  }
  window.location.hash = to;
}

/** "#/wages?month=2026-10" → "2026-10"; null when there is none (or it is not a month). */
export function monthFromHash(hash: string): string | null {
  const month = new URLSearchParams(hash.split('?')[1] ?? '').get('month');
  return month !== null && isMonth(month) ? month : null;
}
