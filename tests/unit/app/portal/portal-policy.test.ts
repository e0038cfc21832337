import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PORTAL_CONFIG,
  PAYMENT_DOMAINS,
  PORTAL_LOGIN_URL,
  allowPortalDownload,
  allowPortalPermission,
  allowPortalRequest,
  decidePortalNavigation,
  decidePortalPopup,
  decidePortalUrl,
  hostMatchesDomain,
  isPaymentUrl,
  isPortalUrl,
  portalUserAgent,
  resolvePortalConfig,
} from '../../../../main/app/portal/portal-policy';

describe('isPortalUrl', () => {
  it('accepts the ASSIST portal over https on the default port', () => {
    expect(PORTAL_LOGIN_URL).toBe('https://assist.perkeso.gov.my/employer/login');
    for (const url of [
      PORTAL_LOGIN_URL,
      'https://assist.perkeso.gov.my',
      'https://assist.perkeso.gov.my/',
      'https://ASSIST.perkeso.gov.my/employer/home?x=1#top',
    ]) {
      expect(isPortalUrl(url), url).toBe(true);
    }
  });

  it.each([
    ['http:', 'http://assist.perkeso.gov.my/employer/login'],
    ['look-alike suffix', 'https://assist.perkeso.gov.my.evil.com/employer/login'],
    ['look-alike prefix', 'https://evilassist.perkeso.gov.my/'],
    ['hyphen look-alike', 'https://assist-perkeso.gov.my/'],
    ['other perkeso host', 'https://www.perkeso.gov.my/'],
    ['subdomain of the portal', 'https://x.assist.perkeso.gov.my/'],
    ['trailing dot', 'https://assist.perkeso.gov.my./'],
    ['credentials', 'https://user:pass@assist.perkeso.gov.my/'],
    ['user name only', 'https://user@assist.perkeso.gov.my/'],
    ['credentials hiding the real host', 'https://assist.perkeso.gov.my@evil.com/'],
    ['backslash trick', 'https://evil.com\\@assist.perkeso.gov.my/'],
    ['explicit port', 'https://assist.perkeso.gov.my:8443/'],
    ['explicit default port', 'https://assist.perkeso.gov.my:443/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://assist.perkeso.gov.my/1234'],
    ['not a URL', 'assist.perkeso.gov.my'],
    ['empty', ''],
    ['not a string', 42],
    ['oversized', `https://assist.perkeso.gov.my/${'a'.repeat(9000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isPortalUrl(url)).toBe(false);
  });
});

describe('hostMatchesDomain / isPaymentUrl', () => {
  it('matches a domain and its subdomains, never a text suffix', () => {
    expect(hostMatchesDomain('www.mepsfpx.com.my', 'mepsfpx.com.my')).toBe(true);
    expect(hostMatchesDomain('mepsfpx.com.my', 'mepsfpx.com.my')).toBe(true);
    expect(hostMatchesDomain('evilmepsfpx.com.my', 'mepsfpx.com.my')).toBe(false);
    expect(hostMatchesDomain('mepsfpx.com.my.evil.io', 'mepsfpx.com.my')).toBe(false);
  });

  it('accepts FPX and bank pages over https', () => {
    for (const url of [
      'https://www.mepsfpx.com.my/FPXMain/seller2DReceiver.jsp',
      'https://uat.mepsfpx.com.my/FPXMain/',
      'https://fpx.paynet.my/pay',
      'https://www.maybank2u.com.my/mbb/m2u/fpx',
      'https://www.cimbclicks.com.my/',
    ]) {
      expect(isPaymentUrl(url), url).toBe(true);
    }
  });

  it.each([
    'http://www.mepsfpx.com.my/',
    'https://www.mepsfpx.com.my:8443/',
    'https://user:pw@www.mepsfpx.com.my/',
    'https://www.mepsfpx.com.my.attacker.net/',
    'https://mepsfpx-com.my/',
    'https://paynet.my.evil/',
    'https://203.0.113.5/',
    'javascript://www.mepsfpx.com.my/%0aalert(1)',
  ])('refuses %s', (url) => {
    expect(isPaymentUrl(url)).toBe(false);
  });

  it('lists only lower-case plain domains', () => {
    for (const domain of PAYMENT_DOMAINS) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

describe('decidePortalUrl', () => {
  it.each([
    [PORTAL_LOGIN_URL, 'allow-in-view'],
    ['https://www.mepsfpx.com.my/FPXMain/', 'allow-popup-in-partition'],
    ['https://www.perkeso.gov.my/en/', 'open-external'],
    ['https://example.com/help', 'open-external'],
    ['https://user:pw@example.com/', 'deny'],
    ['https://example.com:444/', 'deny'],
    ['http://example.com/', 'deny'],
    ['http://assist.perkeso.gov.my/', 'deny'],
    ['file:///C:/Windows/system32/cmd.exe', 'deny'],
    ['javascript:alert(document.cookie)', 'deny'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'deny'],
    ['about:blank', 'deny'],
    ['app://caruman/index.html', 'deny'],
    ['ms-settings:privacy', 'deny'],
    ['https://192.168.1.1/', 'deny'],
  ])('%s → %s', (url, expected) => {
    expect(decidePortalUrl(url)).toBe(expected);
  });
});

describe('decidePortalNavigation', () => {
  it('keeps the portal and the payment flow in the view', () => {
    expect(decidePortalNavigation('https://assist.perkeso.gov.my/employer/contribution')).toEqual({ allow: true });
    expect(decidePortalNavigation('https://www.mepsfpx.com.my/FPXMain/sellerNBRedirect.jsp')).toEqual({ allow: true });
  });

  it('sends other https pages to the browser and refuses the rest', () => {
    expect(decidePortalNavigation('https://www.perkeso.gov.my/faq')).toEqual({ allow: false, openExternal: 'https://www.perkeso.gov.my/faq' });
    expect(decidePortalNavigation('file:///etc/passwd')).toEqual({ allow: false });
    expect(decidePortalNavigation('http://assist.perkeso.gov.my/')).toEqual({ allow: false });
    expect(decidePortalNavigation('app://caruman/index.html')).toEqual({ allow: false });
  });
});

describe('decidePortalPopup', () => {
  it('opens portal and payment popups in the same partition', () => {
    expect(decidePortalPopup('https://assist.perkeso.gov.my/employer/acr/print')).toEqual({ action: 'allow-in-partition' });
    expect(decidePortalPopup('https://www.mepsfpx.com.my/FPXMain/')).toEqual({ action: 'allow-in-partition' });
    expect(decidePortalPopup('https://www2.pbebank.com/myIBK/apppbb/servlet/BxxxServlet')).toEqual({ action: 'allow-in-partition' });
  });

  it('sends other https popups to the browser', () => {
    expect(decidePortalPopup('https://www.perkeso.gov.my/')).toEqual({ action: 'open-external', url: 'https://www.perkeso.gov.my/' });
  });

  it.each(['about:blank', '', 'javascript:alert(1)', 'data:text/html,x', 'http://www.mepsfpx.com.my/', 'file:///tmp/x', 'https://a:b@www.mepsfpx.com.my/'])(
    'refuses %j',
    (url) => {
      expect(decidePortalPopup(url)).toEqual({ action: 'deny' });
    },
  );
});

describe('permissions and requests', () => {
  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock']) {
      expect(allowPortalPermission(permission, PORTAL_LOGIN_URL)).toBe(false);
    }
  });

  it('lets through https, wss, data and blob requests only', () => {
    expect(allowPortalRequest('https://assist.perkeso.gov.my/app.js')).toBe(true);
    expect(allowPortalRequest('wss://assist.perkeso.gov.my/socket')).toBe(true);
    expect(allowPortalRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(allowPortalRequest('http://assist.perkeso.gov.my/app.js')).toBe(false);
    expect(allowPortalRequest('file:///etc/passwd')).toBe(false);
    expect(allowPortalRequest('ftp://example.com/x')).toBe(false);
    expect(allowPortalRequest('not a url')).toBe(false);
  });
});

describe('portalUserAgent', () => {
  it('drops the Electron and app tokens', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) caruman/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
    expect(portalUserAgent(ua)).toBe('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36');
  });
});

describe('resolvePortalConfig (the test stand-in override)', () => {
  it('uses the real portal by default', () => {
    expect(resolvePortalConfig({})).toEqual({ config: DEFAULT_PORTAL_CONFIG });
  });

  it('accepts a local stand-in only with the test flag', () => {
    const resolved = resolvePortalConfig({ CARUMAN_PORTAL_URL: 'http://127.0.0.1:4567/employer/login', CARUMAN_PORTAL_TEST: '1' });
    expect(resolved.ignored).toBeUndefined();
    expect(resolved.config.loginUrl).toBe('http://127.0.0.1:4567/employer/login');
    expect(resolved.config.testMode).toBe(true);
    expect(isPortalUrl('http://127.0.0.1:4567/receipt', resolved.config)).toBe(true);
    expect(isPortalUrl('http://127.0.0.1:4568/receipt', resolved.config)).toBe(false);
    expect(isPortalUrl(PORTAL_LOGIN_URL, resolved.config)).toBe(false);
    expect(allowPortalRequest('http://127.0.0.1:4567/a.css', resolved.config)).toBe(true);
    expect(allowPortalRequest('http://127.0.0.1:9999/a.css', resolved.config)).toBe(false);
  });

  it.each([
    [{ CARUMAN_PORTAL_URL: 'http://127.0.0.1:4567/' }, /CARUMAN_PORTAL_TEST/],
    [{ CARUMAN_PORTAL_URL: 'http://127.0.0.1:4567/', CARUMAN_PORTAL_TEST: 'true' }, /CARUMAN_PORTAL_TEST/],
    [{ CARUMAN_PORTAL_URL: 'https://evil.example/', CARUMAN_PORTAL_TEST: '1' }, /127\.0\.0\.1/],
    [{ CARUMAN_PORTAL_URL: 'http://127.0.0.1.evil.example/', CARUMAN_PORTAL_TEST: '1' }, /127\.0\.0\.1/],
    [{ CARUMAN_PORTAL_URL: 'http://a:b@127.0.0.1/', CARUMAN_PORTAL_TEST: '1' }, /credentials/],
    [{ CARUMAN_PORTAL_URL: 'file:///tmp/portal.html', CARUMAN_PORTAL_TEST: '1' }, /http/],
  ])('ignores %j', (env, reason) => {
    const resolved = resolvePortalConfig(env);
    expect(resolved.config).toBe(DEFAULT_PORTAL_CONFIG);
    expect(resolved.ignored).toMatch(reason);
  });
});

describe('allowPortalDownload', () => {
  const PORTAL = 'https://assist.perkeso.gov.my';

  it('keeps files the portal itself started, served by the portal or the payment flow, or made in its page', () => {
    expect(allowPortalDownload('https://assist.perkeso.gov.my/employer/receipt/123.pdf', PORTAL)).toBe(true);
    expect(allowPortalDownload('https://www.mepsfpx.com.my/FPXMain/receipt.pdf', PORTAL)).toBe(true);
    expect(allowPortalDownload('blob:https://assist.perkeso.gov.my/0b7c-11aa', PORTAL)).toBe(true);
    expect(allowPortalDownload('data:application/pdf;base64,JVBERi0=', PORTAL)).toBe(true);
  });

  it.each([
    'https://evil.example/receipt.pdf',
    'https://assist.perkeso.gov.my.evil.example/receipt.pdf',
    'http://assist.perkeso.gov.my/receipt.pdf',
    'blob:https://evil.example/0b7c',
    'blob:https://www.mepsfpx.com.my/0b7c',
    'blob:null/0b7c',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '',
  ])('refuses a download from %j', (url) => {
    expect(allowPortalDownload(url, PORTAL)).toBe(false);
  });

  // Issue 11 item 14: the frame that started the download decides, not the URL it names.
  it.each([
    ['an https subframe (a captcha)', 'https://www.google.com'],
    ['a look-alike host', 'https://assist.perkeso.gov.my.evil.example'],
    ['the portal over http', 'http://assist.perkeso.gov.my'],
    ['the portal on another port', 'https://assist.perkeso.gov.my:8443'],
    ['a bank page in the payment popup', 'https://www.maybank2u.com.my'],
    ['an opaque origin (sandboxed frame)', 'null'],
    ['no web content (downloadURL)', ''],
    ['nothing at all', undefined],
  ])('issue 11 item 14: refuses a data: download started by %s', (_what, initiator) => {
    expect(allowPortalDownload('data:application/pdf;base64,JVBERi0=', initiator)).toBe(false);
    expect(allowPortalDownload('https://assist.perkeso.gov.my/employer/receipt/123.pdf', initiator)).toBe(false);
  });
});
