// Maps an app://caruman/... request to a file under the renderer's build folder. Pure (node:path
// only): unit-tested against traversal in every spelling. Anything doubtful is refused (null),
// which the protocol handler answers with 404.
import path from 'node:path';
import { APP_HOST, APP_SCHEME, MAX_URL_LENGTH } from './app-origin';

const INDEX_FILE = 'index.html';

// A decoded path segment must look like an ordinary file or folder name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

/**
 * The absolute path of the file an app:// URL names inside rootDir, or null when the URL is not
 * for app://caruman, is malformed, or tries to leave rootDir (../, %2e%2e, %2f, backslashes,
 * drive letters, absolute paths, NUL bytes, dot files). "/" and folder URLs serve index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: unknown): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return null;

  // Work on the raw text, not on a parser's normalised form: a parser would quietly fold "../"
  // away, and we want such a request refused, not reinterpreted.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:[?#].*)?$/is.exec(requestUrl);
  if (!match) return null;
  const [, scheme = '', authority = '', rawPath = ''] = match;
  if (scheme.toLowerCase() !== APP_SCHEME || authority.toLowerCase() !== APP_HOST) return null;
  if (rawPath.includes('\\')) return null;

  const rawSegments = rawPath === '' ? [''] : rawPath.split('/').slice(1);
  const segments: string[] = [];
  for (let i = 0; i < rawSegments.length; i += 1) {
    const raw = rawSegments[i] ?? '';
    const isLast = i === rawSegments.length - 1;
    if (raw === '') {
      if (isLast) break; // a trailing slash: the folder's index.html
      return null; // "//": an empty segment
    }
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  if (rawSegments[rawSegments.length - 1] === '' || segments.length === 0) segments.push(INDEX_FILE);

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are served as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
