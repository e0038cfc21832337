import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from '../../../main/app/app-protocol';

const root = path.resolve('/srv/caruman/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('app:// file resolver', () => {
  it('serves index.html for the origin and for /', () => {
    expect(resolveAppFile(root, 'app://caruman/')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://caruman')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://caruman/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://caruman/?x=1#/companies')).toBe(inRoot('index.html'));
  });

  it('serves files inside the build folder', () => {
    expect(resolveAppFile(root, 'app://caruman/assets/index-abc123.js')).toBe(inRoot('assets', 'index-abc123.js'));
    expect(resolveAppFile(root, 'app://caruman/assets/index.css?v=2')).toBe(inRoot('assets', 'index.css'));
    expect(resolveAppFile(root, 'app://caruman/assets/Noto%20Sans.woff2')).toBe(inRoot('assets', 'Noto Sans.woff2'));
    expect(resolveAppFile(root, 'app://CARUMAN/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://caruman/assets/')).toBe(inRoot('assets', 'index.html'));
  });

  it.each([
    'app://caruman/../secret.txt',
    'app://caruman/assets/../../secret.txt',
    'app://caruman/./index.html',
    'app://caruman/%2e%2e/secret.txt',
    'app://caruman/%2E%2E/secret.txt',
    'app://caruman/.%2e/secret.txt',
    'app://caruman/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://caruman/..%2fsecret.txt',
    'app://caruman/..%5csecret.txt',
    'app://caruman/%2fetc%2fpasswd',
    'app://caruman/%5cwindows%5cwin.ini',
    'app://caruman/..\\secret.txt',
    'app://caruman/assets\\..\\..\\secret.txt',
    'app://caruman//etc/passwd',
    'app://caruman/C:/Windows/win.ini',
    'app://caruman/C%3A%5CWindows%5Cwin.ini',
    'app://caruman/index.html%00.png',
    'app://caruman/%',
    'app://caruman/%zz',
    'app://caruman/.env',
    'app://caruman/.git/config',
  ])('refuses traversal %j', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://caruman.evil/index.html',
    'app://evil.caruman/index.html',
    'app://user:pass@caruman/index.html',
    'app://caruman@evil/index.html',
    'app://caruman:80/index.html',
    'https://caruman/index.html',
    'file:///srv/caruman/dist/renderer/index.html',
    '/srv/caruman/dist/renderer/index.html',
    'index.html',
    '',
  ])('refuses another origin or a non-URL %j', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('refuses non-strings and oversized URLs', () => {
    expect(resolveAppFile(root, undefined)).toBeNull();
    expect(resolveAppFile(root, 42)).toBeNull();
    expect(resolveAppFile(root, `app://caruman/${'a'.repeat(10_000)}`)).toBeNull();
  });

  it('always stays inside the root', () => {
    const samples = ['app://caruman/a/b/c.js', 'app://caruman/assets/x.png', 'app://caruman/'];
    for (const url of samples) expect(resolveAppFile(root, url)?.startsWith(root + path.sep)).toBe(true);
  });
});

describe('mime types', () => {
  it('knows the kinds of file a Vite build produces', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.png')).toBe('image/png');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.json')).toBe('application/json; charset=utf-8');
  });

  it('serves unknown kinds as opaque bytes', () => {
    expect(mimeTypeFor('/x/a.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/README')).toBe('application/octet-stream');
  });
});
