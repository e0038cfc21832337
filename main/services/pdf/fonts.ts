// Where the PDF fonts are: resources/fonts in the repository, beside dist/ in a build, inside the
// asar in a packaged app. Found by walking up from this module (dist/main, dist/cli or the
// TypeScript sources) so the app, the CLI and the tests all use the same shipped files.
import fs from 'node:fs';
import path from 'node:path';

export const FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Folders to start the upward search from: this module's (bundles and Vitest), the script's, the working folder. */
function startingPoints(): string[] {
  const points: string[] = [];
  if (typeof __dirname === 'string') points.push(__dirname);
  if (process.argv[1]) points.push(path.dirname(path.resolve(process.argv[1])));
  points.push(process.cwd());
  return points;
}

let found: string | null = null;

/** The folder holding FONT_FILES; CARUMAN_RESOURCES_DIR overrides the search. Throws when missing. */
export function fontsDir(): string {
  if (found) return found;
  const override = process.env.CARUMAN_RESOURCES_DIR;
  const candidates: string[] = [];
  if (override) candidates.push(path.join(override, 'fonts'));
  for (const start of startingPoints()) {
    for (let dir = start, i = 0; i < 8; i++, dir = path.dirname(dir)) candidates.push(path.join(dir, 'resources', 'fonts'));
  }
  for (const candidate of candidates) {
    if (fs.existsSync(path.join(candidate, FONT_FILES.regular))) {
      found = candidate;
      return candidate;
    }
  }
  throw new Error(`The PDF fonts (${FONT_FILES.regular}) were not found in: ${candidates.join(', ')}`);
}

export function fontPath(name: FontName): string {
  return path.join(fontsDir(), FONT_FILES[name]);
}

type Source = string | Buffer;
const parsedFonts = new Map<FontName, Source>();

/**
 * The font for pdfkit, parsed once per process. pdfkit parses a font given by path again for every
 * document, and the parsed font's shaping tables warm up again each time: about a second per
 * payslip on a busy machine, against a few milliseconds with the font parsed once (pdfkit accepts
 * a parsed font: anything with layout()). Each document still embeds its own subset. Taken from
 * a throwaway document because fontkit is pdfkit's dependency, not ours; if pdfkit ever stops
 * exposing it, the path is used (slower, same output).
 */
export function fontSource(name: FontName, open: (path: string) => unknown): Source {
  let source = parsedFonts.get(name);
  if (source === undefined) {
    const parsed = open(fontPath(name));
    source = typeof (parsed as { layout?: unknown } | null)?.layout === 'function' ? (parsed as Source) : fontPath(name);
    parsedFonts.set(name, source);
  }
  return source;
}
