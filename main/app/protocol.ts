// Serves dist/renderer over app://caruman with the strict CSP on every response. Thin glue: the
// path decisions are in app-protocol.ts, the headers in csp.ts (both unit-tested).
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { mimeTypeFor, resolveAppFile } from './app-protocol';
import { securityHeaders } from './csp';

/** Must run before app 'ready': app:// behaves like https (standard, secure origin, fetch). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        codeCache: true,
        bypassCSP: false,
        corsEnabled: false,
        allowServiceWorkers: false,
        stream: false,
      },
    },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** After 'ready': answer app:// requests from files under rootDir (dist/renderer). */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return textResponse(404, 'Not found');
    try {
      const body = await fs.readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(file) },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  });
}
