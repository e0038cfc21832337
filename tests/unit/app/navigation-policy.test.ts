import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../main/app/app-origin';
import {
  allowPermissionCheck,
  allowPermissionRequest,
  allowWebviewAttach,
  decideNavigation,
  decideWindowOpen,
  externalUrlFor,
} from '../../../main/app/navigation-policy';

const HOSTILE = [
  'http://example.com/',
  'http://caruman/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://caruman/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'app://caruman.evil/index.html',
  'app://evil.caruman/index.html',
  'app://evil/caruman/index.html',
  'app://caruman@evil/index.html',
  'app://user:pass@caruman/index.html',
  'app://caruman:8080/index.html',
  'app:caruman/index.html',
  'app:/caruman/index.html',
  'ftp://example.com/',
  'smb://server/share',
  'ms-msdt:/id PCWDiagnostic',
  '',
  'not a url',
  '../index.html',
  '/index.html',
  'index.html',
];

describe('in-app navigation', () => {
  it('is allowed within app://caruman only', () => {
    expect(decideNavigation('app://caruman/index.html')).toEqual({ allow: true });
    expect(decideNavigation('app://caruman/')).toEqual({ allow: true });
    expect(decideNavigation('app://caruman/index.html#/companies')).toEqual({ allow: true });
    expect(decideNavigation('app://caruman/index.html?x=1')).toEqual({ allow: true });
    expect(isAppUrl('app://caruman')).toBe(true);
  });

  it.each(HOSTILE)('refuses %j without opening it anywhere', (url) => {
    expect(decideNavigation(url)).toEqual({ allow: false });
    expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses https inside the app but hands it to the browser', () => {
    expect(decideNavigation('https://www.perkeso.gov.my/')).toEqual({
      allow: false,
      openExternal: 'https://www.perkeso.gov.my/',
    });
  });

  it('refuses non-strings and oversized URLs', () => {
    for (const value of [undefined, null, 42, {}, ['app://caruman/']]) {
      expect(decideNavigation(value)).toEqual({ allow: false });
      expect(decideWindowOpen(value)).toEqual({ action: 'deny' });
    }
    expect(decideNavigation(`app://caruman/${'a'.repeat(10_000)}`)).toEqual({ allow: false });
    expect(decideWindowOpen(`https://example.com/${'a'.repeat(10_000)}`)).toEqual({ action: 'deny' });
  });
});

describe('window.open', () => {
  it('never opens a window; https goes to the browser', () => {
    expect(decideWindowOpen('https://assist.perkeso.gov.my/employer/login')).toEqual({
      action: 'deny',
      openExternal: 'https://assist.perkeso.gov.my/employer/login',
    });
    expect(decideWindowOpen('app://caruman/index.html')).toEqual({ action: 'deny' });
  });

  it('does not hand URLs with credentials to the browser', () => {
    expect(externalUrlFor('https://user:pass@example.com/')).toBeNull();
    expect(externalUrlFor('https://user@example.com/')).toBeNull();
    expect(decideWindowOpen('https://user:pass@example.com/')).toEqual({ action: 'deny' });
    expect(decideNavigation('https://user:pass@example.com/')).toEqual({ allow: false });
  });

  it('normalises what it hands over', () => {
    expect(externalUrlFor('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
    expect(externalUrlFor('http://example.com/')).toBeNull();
  });
});

describe('webview and permissions', () => {
  it('never attaches a <webview>', () => {
    expect(allowWebviewAttach()).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'hid', 'usb', 'serial', 'fullscreen', 'unknown'])(
    'denies the %s permission',
    (permission) => {
      expect(allowPermissionRequest(permission, 'app://caruman/index.html')).toBe(false);
      expect(allowPermissionCheck(permission, 'app://caruman')).toBe(false);
    },
  );
});
