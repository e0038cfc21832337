// What the PERKESO ASSIST portal view may load, open and request. Pure decisions (no electron
// import), unit-tested with hostile cases; main/app/portal/portal-view.ts applies them.
//
//  - The view itself shows the portal: https://assist.perkeso.gov.my exactly (default port, no
//    credentials in the URL). The FPX payment flow may also move the view itself through FPX and the
//    banks (a form POST redirect), so those hosts are allowed in the view too.
//  - Popups (window.open, target=_blank) from the portal or the payment flow open as child windows
//    in the SAME partition (the same company's session), so a payment started in the portal comes
//    back to it logged in. Any other https link goes to the user's browser; everything else (http:,
//    file:, javascript:, data:, blob:, about:, custom schemes, look-alike hosts, URLs with
//    credentials or an explicit port) is refused.
//  - Every permission request is denied.
//  - Tests may point the portal at a local stand-in (CARUMAN_PORTAL_URL), accepted only for
//    127.0.0.1 / localhost and only with CARUMAN_PORTAL_TEST=1; see resolvePortalConfig.
import { parseUrl } from '../app-origin';
import { PORTAL_HOST, PORTAL_LOGIN_URL, PORTAL_ORIGIN } from '../../../shared/assist/portal';

export { PORTAL_HOST, PORTAL_LOGIN_URL, PORTAL_ORIGIN };

/**
 * Hosts of the FPX payment flow (PayNet, the FPX operator; MEPS is its former name and still
 * serves the FPX pages) and of the Malaysian banks' internet banking that FPX hands the payer to,
 * retail and corporate. A host matches when it IS one of these domains or a subdomain of it
 * ("www.maybank2u.com.my" matches "maybank2u.com.my"; "maybank2u.com.my.evil.io" does not).
 *
 * Reviewed list: a bank missing here still works, its page just opens in the user's browser
 * (and ASSIST shows the payment result when the user comes back). Add a domain only if it is the
 * bank's own internet banking domain.
 */
export const PAYMENT_DOMAINS: readonly string[] = Object.freeze([
  // FPX itself
  'mepsfpx.com.my',
  'paynet.my',
  'paynet.com.my',
  // Banks (retail and corporate internet banking)
  'maybank2u.com.my', // Maybank retail
  'maybank2e.net', // Maybank2E corporate
  'maybank.com.my',
  'cimbclicks.com.my', // CIMB retail
  'cimb.com.my',
  'cimb-bizchannel.com.my', // CIMB BizChannel corporate
  'pbebank.com', // Public Bank (PBe, PBe Biz)
  'rhbgroup.com',
  'rhb.com.my', // RHB Now / Reflex
  'hongleongconnect.my', // Hong Leong Connect retail
  'hongleongconnect.com.my',
  'hlb.com.my',
  'ambank.com.my',
  'ambankgroup.com',
  'bankislam.biz', // Bank Islam (BIMB, Go)
  'bankislam.com',
  'bankislam.com.my',
  'bankrakyat.com.my',
  'irakyat.com.my', // Bank Rakyat retail
  'mybsn.com.my', // BSN
  'bsn.com.my',
  'affinbank.com.my',
  'affinalways.com', // AffinAlways
  'affinmax.com', // AffinMax corporate
  'alliancebank.com.my',
  'allianceonline.com.my',
  'agrobank.com.my',
  'agronet.com.my',
  'muamalat.com.my',
  'i-muamalat.com.my',
  'bankmuamalat.com.my',
  'ocbc.com.my',
  'uob.com.my',
  'hsbc.com.my',
  'sc.com', // Standard Chartered (Straight2Bank, online banking)
  'kfh.com.my',
  'mbsbbank.com',
  'alrajhibank.com.my',
]);

export type PortalDecision = 'allow-in-view' | 'allow-popup-in-partition' | 'open-external' | 'deny';

export interface PortalConfig {
  /** Where the view starts. */
  loginUrl: string;
  /** Exact origins shown in the view as "the portal" ("https://assist.perkeso.gov.my"). */
  portalOrigins: readonly string[];
  /** Domains (and their subdomains) of the payment flow. */
  paymentDomains: readonly string[];
  /** True only for the local stand-in used by tests. */
  testMode: boolean;
}

export const DEFAULT_PORTAL_CONFIG: PortalConfig = Object.freeze({
  loginUrl: PORTAL_LOGIN_URL,
  portalOrigins: Object.freeze([PORTAL_ORIGIN]),
  paymentDomains: PAYMENT_DOMAINS,
  testMode: false,
});

/** A DNS host name as the URL parser gives it: letters, digits, hyphens, dots, no empty label. */
function isPlainHostName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** host IS domain, or is a subdomain of it. Never a suffix match on text ("evilpaynet.my"). */
export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/**
 * The URL when it is an ordinary https address: parses, scheme https:, no user name or
 * password, default port, a plain host name (no trailing dot, no IP address). Otherwise null.
 */
function plainHttpsUrl(value: unknown): URL | null {
  const url = parseUrl(value);
  if (!url) return null;
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname.toLowerCase();
  if (!isPlainHostName(host) || /^[0-9.]+$/.test(host)) return null;
  // The raw text must say https:// itself (guards against parser differences such as "https:host").
  if (!/^https:\/\//i.test(String(value))) return null;
  return url;
}

/** True when the URL is the portal itself (one of the configured origins, exactly). */
export function isPortalUrl(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (!config.portalOrigins.includes(url.origin)) return false;
  // Outside test mode the portal is https with a plain host; the origin check above already
  // pins scheme, host and port. Check the raw text too, as for any URL we act on.
  const raw = String(value).toLowerCase();
  return config.portalOrigins.some((origin) => raw === origin || raw.startsWith(`${origin}/`) || raw.startsWith(`${origin}?`) || raw.startsWith(`${origin}#`));
}

/** True for an https URL on a payment-flow host (FPX, a bank). */
export function isPaymentUrl(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): boolean {
  const url = plainHttpsUrl(value);
  if (!url) return false;
  return config.paymentDomains.some((domain) => hostMatchesDomain(url.hostname, domain));
}

/** The https URL to hand to the user's browser, or null when it must not leave at all. */
export function portalExternalUrl(value: unknown): string | null {
  const url = plainHttpsUrl(value);
  return url ? url.href : null;
}

/**
 * One decision for any URL the portal view meets:
 *  - 'allow-in-view': the portal itself;
 *  - 'allow-popup-in-partition': the payment flow (may also be navigated to in the view);
 *  - 'open-external': some other ordinary https page (the user's browser);
 *  - 'deny': everything else.
 */
export function decidePortalUrl(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): PortalDecision {
  if (isPortalUrl(value, config)) return 'allow-in-view';
  if (isPaymentUrl(value, config)) return 'allow-popup-in-partition';
  if (portalExternalUrl(value)) return 'open-external';
  return 'deny';
}

export interface PortalNavigationDecision {
  allow: boolean;
  openExternal?: string;
}

/** will-navigate / will-redirect / will-frame-navigate in the portal view or one of its popups. */
export function decidePortalNavigation(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): PortalNavigationDecision {
  const decision = decidePortalUrl(value, config);
  if (decision === 'allow-in-view' || decision === 'allow-popup-in-partition') return { allow: true };
  if (decision === 'open-external') return { allow: false, openExternal: portalExternalUrl(value) ?? undefined };
  return { allow: false };
}

export type PortalPopupDecision =
  | { action: 'allow-in-partition' }
  | { action: 'open-external'; url: string }
  | { action: 'deny' };

/**
 * setWindowOpenHandler in the portal view: the portal's own popups (printing an ACR) and the
 * payment flow's open as child windows in the same partition; other https pages go to the
 * browser; anything else (about:blank included: a blank window can be scripted by its opener to
 * show anything) is refused.
 */
export function decidePortalPopup(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): PortalPopupDecision {
  const decision = decidePortalUrl(value, config);
  if (decision === 'allow-in-view' || decision === 'allow-popup-in-partition') return { action: 'allow-in-partition' };
  if (decision === 'open-external') {
    const url = portalExternalUrl(value);
    if (url) return { action: 'open-external', url };
  }
  return { action: 'deny' };
}

/**
 * session.webRequest.onBeforeRequest in a portal partition: only https (and wss), plus the
 * in-page data: and blob: resources a page makes itself. In test mode also the stand-in's origin.
 */
export function allowPortalRequest(value: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol === 'https:' || url.protocol === 'wss:' || url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (config.testMode && config.portalOrigins.includes(url.origin)) return true;
  return false;
}

/** Permission requests and checks (camera, geolocation, notifications, clipboard, …): never. */
export function allowPortalPermission(_permission: string, _requestingUrl?: string): false {
  return false;
}

/** Chromium's user agent without the "Electron/x" and "Caruman/x" tokens, so ASSIST sees a browser. */
export function portalUserAgent(original: string): string {
  return original
    .split(' ')
    .filter((token) => !/^(Electron|caruman)\//i.test(token))
    .join(' ');
}

export const PORTAL_URL_ENV = 'CARUMAN_PORTAL_URL';
export const PORTAL_TEST_ENV = 'CARUMAN_PORTAL_TEST';

export interface ResolvedPortalConfig {
  config: PortalConfig;
  /** Why an override in the environment was ignored (logged by the app). */
  ignored?: string;
}

/**
 * The portal configuration for this run. CARUMAN_PORTAL_URL replaces the portal with a local
 * stand-in, for the Electron tests only: it is accepted when CARUMAN_PORTAL_TEST=1 is also set
 * and the URL is http(s) on 127.0.0.1 or localhost without credentials. Anything else keeps the
 * real portal (and says why).
 */
export function resolvePortalConfig(env: Record<string, string | undefined>): ResolvedPortalConfig {
  const raw = env[PORTAL_URL_ENV]?.trim();
  if (!raw) return { config: DEFAULT_PORTAL_CONFIG };
  if (env[PORTAL_TEST_ENV] !== '1') return { config: DEFAULT_PORTAL_CONFIG, ignored: `${PORTAL_URL_ENV} needs ${PORTAL_TEST_ENV}=1` };
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { config: DEFAULT_PORTAL_CONFIG, ignored: `${PORTAL_URL_ENV} is not an http(s) URL` };
  }
  if (url.username !== '' || url.password !== '') {
    return { config: DEFAULT_PORTAL_CONFIG, ignored: `${PORTAL_URL_ENV} must not carry credentials` };
  }
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    return { config: DEFAULT_PORTAL_CONFIG, ignored: `${PORTAL_URL_ENV} must point to 127.0.0.1 or localhost` };
  }
  return {
    config: Object.freeze({
      loginUrl: url.href,
      portalOrigins: Object.freeze([url.origin]),
      paymentDomains: PAYMENT_DOMAINS,
      testMode: true,
    }),
  };
}

/**
 * will-download in a portal partition: a file is kept as a receipt only when the portal itself
 * started the download (the initiating frame's origin is the portal's, exactly; Electron's
 * DownloadItem.getInitiatorOrigin()) and it is served by the portal or the payment flow, or made
 * in the portal's page (blob: of the portal's origin, data:). A data: or blob: file from an
 * embedded https frame (a captcha, an advert), a bank's page or an opaque origin ("null") is not a
 * receipt, whatever its name says: it is never filed and never moves the month's status.
 */
export function allowPortalDownload(value: unknown, initiatorOrigin: unknown, config: PortalConfig = DEFAULT_PORTAL_CONFIG): boolean {
  if (typeof initiatorOrigin !== 'string' || !config.portalOrigins.includes(initiatorOrigin)) return false;
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol === 'blob:') return config.portalOrigins.includes(url.origin);
  if (url.protocol === 'data:') return true;
  const decision = decidePortalUrl(value, config);
  return decision === 'allow-in-view' || decision === 'allow-popup-in-partition';
}

/**
 * An embedded frame inside a portal page (a captcha or a bank widget): any plain https page,
 * without credentials in the URL. The frame stays inside the sandboxed, preload-free view.
 */
export function allowPortalSubFrame(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}
