// Never a raw message key (issue 12 item 3, issue 11 item 19): every message key the code can
// show, in the app or the CLI, has a message in BOTH catalogues. The sources are read as text: a
// string literal shaped like a key in one of the catalogue's areas ("files.title",
// 'assist.error.noWages') must be a key; a key built from a prefix (`dashboard.stage.${stage}`)
// must have keys under that prefix, and where the values are a known list, one key per value.
// Every error code has a message too (the router says it when a key is unknown).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allKeys, templateFor } from '../../shared/i18n/catalog';
import { LOCALES } from '../../shared/i18n/define';
import { messageParams } from '../../shared/i18n/format';
import { ERROR_CODES } from '../../shared/api/errors';
import { MONTH_STAGES } from '../../shared/domain/month-end';
import { ASSIST_KINDS } from '../../shared/assist';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_ROOTS = ['main', 'shared', 'renderer/src', 'bin'];

/** Key-shaped strings that are not message keys, each with the reason. */
const NOT_KEYS = new Set([
  'assist.perkeso.gov.my', // the ASSIST portal's host name (shared/assist/portal.ts)
]);

function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full.endsWith(path.join('i18n', 'messages'))) continue; // the catalogues themselves
        walk(full);
      } else if (/\.(ts|tsx|mjs|cjs)$/.test(entry.name)) found.push(full);
    }
  };
  for (const dir of SOURCE_ROOTS) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return found;
}

const keysIn = Object.fromEntries(LOCALES.map((locale) => [locale, new Set(allKeys(locale))])) as Record<(typeof LOCALES)[number], Set<string>>;
const areas = new Set(allKeys('en').map((key) => key.split('.')[0]));
const inBoth = (key: string) => LOCALES.every((locale) => keysIn[locale].has(key));

interface Uses {
  literals: Map<string, Set<string>>;
  prefixes: Map<string, Set<string>>;
}

function scan(): Uses {
  const literals = new Map<string, Set<string>>();
  const prefixes = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, file: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)?.add(path.relative(root, file));
  };
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(['"`])([a-z][a-zA-Z0-9]*(?:\.[A-Za-z0-9_-]+)+)\1/g)) {
      const key = match[2] as string;
      if (areas.has(key.split('.')[0] as string) && !NOT_KEYS.has(key) && !/\.(css|tsx?|json|txt|csv|html)$/.test(key)) note(literals, key, file);
    }
    for (const match of text.matchAll(/`([a-z][a-zA-Z0-9]*(?:\.[A-Za-z0-9_-]+)*\.)\$\{/g)) {
      const prefix = match[1] as string;
      if (areas.has(prefix.split('.')[0] as string)) note(prefixes, prefix, file);
    }
  }
  return { literals, prefixes };
}

describe('every message key the code uses has a message in both catalogues (issue 11 item 19, issue 12 item 3)', () => {
  const uses = scan();

  it('finds the keys (the scan itself works)', () => {
    expect(uses.literals.size).toBeGreaterThan(300);
    expect(uses.literals.has('assist.check.emptyFile')).toBe(true);
    expect(uses.prefixes.has('dashboard.stage.')).toBe(true);
  });

  it('literal keys', () => {
    const missing = [...uses.literals].filter(([key]) => !inBoth(key)).map(([key, files]) => `${key} (${[...files].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('keys built from a prefix', () => {
    const missing = [...uses.prefixes]
      .filter(([prefix]) => !LOCALES.every((locale) => [...keysIn[locale]].some((key) => key.startsWith(prefix))))
      .map(([prefix, files]) => `${prefix}… (${[...files].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('keys built from a known list of values', () => {
    const families: [string, readonly string[]][] = [
      ['dashboard.stage.', MONTH_STAGES],
      ['assist.kind.', [...ASSIST_KINDS, 'socso-or-eis', 'unknown']],
      ['assist.nameChange.', ['transliterated', 'removed', 'cut']],
      ['dashboard.bulk.outcome.', ['generated', 'skipped', 'failed']],
      ['language.', LOCALES],
      ['error.code.', ERROR_CODES],
    ];
    const missing = families.flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`)).filter((key) => !inBoth(key));
    expect(missing).toEqual([]);
  });

  it('nested messages ({x, message}) are said from keys that exist', () => {
    // The parameter's value is chosen by the code; the test above covers the literals it passes.
    for (const key of allKeys('en')) {
      for (const locale of LOCALES) expect(messageParams(templateFor(locale, key) ?? ''), `${locale} ${key}`).toEqual(messageParams(templateFor('en', key) ?? ''));
    }
  });
});
