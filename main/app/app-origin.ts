// The one origin the app's own UI is served from. Pure constants and a parser shared by the
// protocol handler, the navigation policy and the IPC sender check.

export const APP_SCHEME = 'app';
export const APP_HOST = 'caruman';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longest URL we bother to look at; anything longer is refused. */
export const MAX_URL_LENGTH = 8192;

/** Parses a URL, or returns null for anything that is not a string or does not parse. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True only for app://caruman/... exactly: the right scheme, the exact host (no look-alikes such as
 * caruman.evil or evil.caruman), no port and no credentials.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return false;
  if (url.port !== '' || url.username !== '' || url.password !== '') return false;
  // Guard against parser differences: the raw text itself must be the origin or start with "origin/".
  const raw = String(value).toLowerCase();
  return raw === APP_ORIGIN || raw.startsWith(`${APP_ORIGIN}/`);
}
