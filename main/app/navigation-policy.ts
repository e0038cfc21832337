// What the app's windows may navigate to, open, attach or be granted. Pure decisions, unit-tested;
// main/app/hardening.ts applies them to every webContents.
//
//  - In-app navigation: only within app://caruman (the exact origin).
//  - https: links (a click or window.open) are never loaded inside the app; they are handed to
//    the user's browser through shell.openExternal.
//  - Everything else is refused: http:, file:, javascript:, data:, blob:, other custom schemes,
//    look-alike hosts, URLs carrying credentials, malformed or oversized URLs.
//  - <webview> never attaches; every permission request and check is denied.
import { isAppUrl, parseUrl } from './app-origin';

export interface NavigationDecision {
  /** Let the navigation proceed inside the app. */
  allow: boolean;
  /** When set, open this (normalised) https URL in the user's browser instead. */
  openExternal?: string;
}

export interface WindowOpenDecision {
  /** Always 'deny': the app never opens a second window from page content. */
  action: 'deny';
  openExternal?: string;
}

/** The https URL to give to shell.openExternal, or null when it must not leave the app at all. */
export function externalUrlFor(value: unknown): string | null {
  const url = parseUrl(value);
  if (!url) return null;
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '' || url.hostname.length > 253) return null;
  return url.href;
}

/** will-navigate, will-redirect and will-frame-navigate. */
export function decideNavigation(value: unknown): NavigationDecision {
  if (isAppUrl(value)) return { allow: true };
  const external = externalUrlFor(value);
  return external ? { allow: false, openExternal: external } : { allow: false };
}

/** setWindowOpenHandler: never a new window; https links go to the browser. */
export function decideWindowOpen(value: unknown): WindowOpenDecision {
  const external = externalUrlFor(value);
  return external ? { action: 'deny', openExternal: external } : { action: 'deny' };
}

/** will-attach-webview: the app has no <webview> (the ASSIST portal uses a WebContentsView). */
export function allowWebviewAttach(): false {
  return false;
}

/** session.setPermissionRequestHandler: camera, notifications, clipboard-read, … all denied. */
export function allowPermissionRequest(_permission: string, _requestingUrl?: string): false {
  return false;
}

/** session.setPermissionCheckHandler and setDevicePermissionHandler: denied as well. */
export function allowPermissionCheck(_permission: string, _requestingOrigin?: string): false {
  return false;
}
