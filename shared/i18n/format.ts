// How a catalogue template becomes text. A small subset of ICU MessageFormat, so translators
// write whole sentences and the code never glues words together:
//
//   {name}                                  the parameter as it is
//   {count, plural, one {# cell} other {# cells}}   a form chosen by Intl.PluralRules of the
//                                           language ("=0 {…}" matches exactly; # is the number)
//   {month, month}                          "2026-12" → "Disember 2026" / "December 2026"
//   {months, months}                        a list of months, "2026-03, 2026-04" (what a
//                                           service sends: params are plain strings) →
//                                           "Mac 2026, April 2026" / "March 2026, April 2026"
//   {date, date}                            "2026-12-01" → "01/12/2026" (Malaysian, every language)
//   {problem, message}                      the parameter is another message key, said in the
//                                           same language with the same parameters
//
// Malay has no plural forms (Intl.PluralRules('ms') says "other" for every number), so a Malay
// template may use the plain {count}; the English one says "1 cell" and "2 cells".
import { formatMonthName } from '../calendar/names';
import { formatMalaysianDate } from '../calendar/date';
import { dateInMalaysia } from '../calendar/today';
import type { Locale } from './define';

export type MessageParams = Record<string, string | number>;

type Part =
  | string
  | { kind: 'value'; name: string }
  | { kind: 'plural'; name: string; options: Record<string, Part[]> }
  | { kind: 'month' | 'months' | 'date' | 'message'; name: string }
  /** The number of the innermost plural ("#"). */
  | { kind: 'number' };

const FORMATTERS = ['plural', 'month', 'months', 'date', 'message'] as const;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Parses a template; throws TemplateError on a malformed one (the catalogue test parses them all). */
export function parseTemplate(template: string): Part[] {
  let at = 0;

  function fail(what: string): never {
    throw new TemplateError(`${what} at character ${at} of "${template}"`);
  }
  function skipSpaces() {
    while (at < template.length && /\s/.test(template[at] as string)) at += 1;
  }
  function word(): string {
    const match = /^[=\w]+/.exec(template.slice(at));
    if (!match) fail('expected a name');
    at += match[0].length;
    return match[0];
  }
  function expect(char: string) {
    if (template[at] !== char) fail(`expected "${char}"`);
    at += 1;
  }

  /** Text and placeholders until the end, or until the "}" that closes a plural option. */
  function parts(inPlural: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    const flush = () => {
      if (text !== '') out.push(text);
      text = '';
    };
    while (at < template.length) {
      const char = template[at] as string;
      if (char === '}') {
        if (!inPlural) fail('unexpected "}"');
        break;
      }
      if (char === '#' && inPlural) {
        flush();
        out.push({ kind: 'number' });
        at += 1;
        continue;
      }
      if (char !== '{') {
        text += char;
        at += 1;
        continue;
      }
      flush();
      at += 1;
      skipSpaces();
      const name = word();
      skipSpaces();
      if (template[at] === '}') {
        at += 1;
        out.push({ kind: 'value', name });
        continue;
      }
      expect(',');
      skipSpaces();
      const type = word();
      if (!(FORMATTERS as readonly string[]).includes(type)) fail(`unknown format "${type}"`);
      skipSpaces();
      if (type === 'plural') {
        expect(',');
        const options: Record<string, Part[]> = {};
        skipSpaces();
        while (template[at] !== '}') {
          if (at >= template.length) fail('unclosed plural');
          const selector = word();
          skipSpaces();
          expect('{');
          options[selector] = parts(true);
          expect('}');
          skipSpaces();
        }
        if (!options.other) fail('a plural needs an "other" form');
        at += 1;
        out.push({ kind: 'plural', name, options });
      } else {
        expect('}');
        out.push({ kind: type as 'month' | 'months' | 'date' | 'message', name });
      }
    }
    flush();
    return out;
  }

  const result = parts(false);
  if (at !== template.length) fail('unexpected text');
  return result;
}

/** Every parameter a template uses (both languages of a message must use the same ones). */
export function templateParams(template: string): string[] {
  const names = new Set<string>();
  const walk = (list: Part[]) => {
    for (const part of list) {
      if (typeof part === 'string' || part.kind === 'number') continue;
      names.add(part.name);
      if (part.kind === 'plural') Object.values(part.options).forEach(walk);
    }
  };
  walk(parseTemplate(template));
  return [...names].sort();
}

/** The parameters of a template that hold message keys ({x, message}). */
export function messageParams(template: string): string[] {
  return parseTemplate(template).flatMap((part) => (typeof part !== 'string' && part.kind === 'message' ? [part.name] : []));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale === 'ms' ? 'ms-MY' : 'en-MY');
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

const parsed = new Map<string, Part[] | null>();

function partsOf(template: string): Part[] | null {
  if (!parsed.has(template)) {
    try {
      parsed.set(template, parseTemplate(template));
    } catch {
      parsed.set(template, null);
    }
  }
  return parsed.get(template) ?? null;
}

/** The months of a list parameter by name, in the order given; a list is written "YYYY-MM, YYYY-MM". */
export function formatMonthList(list: string, locale: Locale): string {
  return list
    .split(',')
    .map((month) => month.trim())
    .filter((month) => month !== '')
    .map((month) => formatMonthName(month, locale))
    .join(', ');
}

/** A list of months as a message parameter ({months, months} says it by name). */
export function monthListParam(months: readonly string[]): string {
  return months.join(', ');
}

export interface FormatContext {
  locale: Locale;
  /** Says another message (for {x, message}). */
  lookup(key: string): string | undefined;
}

/** Fills a template. Never throws: a malformed template is returned as it is (the test catches it). */
export function formatTemplate(template: string, params: MessageParams, context: FormatContext, depth = 0): string {
  const list = partsOf(template);
  if (!list) return template;
  const render = (items: Part[], count: number | null): string =>
    items
      .map((part) => {
        if (typeof part === 'string') return part;
        if (part.kind === 'number') return count === null ? '#' : String(count);
        const value = params[part.name];
        if (value === undefined) return `{${part.name}}`;
        switch (part.kind) {
          case 'value':
            return String(value);
          case 'month':
            return formatMonthName(String(value), context.locale);
          case 'months':
            return formatMonthList(String(value), context.locale);
          case 'date': {
            // A stored instant ("2026-12-01T17:30:00.000Z") is said as its day in Malaysia, so no
            // caller can print the raw timestamp (the pack's README did) or the UTC day.
            const text = String(value);
            return formatMalaysianDate(text.includes('T') ? dateInMalaysia(text) : text);
          }
          case 'message': {
            const nested = depth < 3 ? context.lookup(String(value)) : undefined;
            return nested === undefined ? String(value) : formatTemplate(nested, params, context, depth + 1);
          }
          case 'plural': {
            const n = Number(value);
            const chosen = part.options[`=${n}`] ?? part.options[Number.isFinite(n) ? pluralCategory(context.locale, n) : 'other'] ?? part.options.other ?? [];
            return render(chosen, n);
          }
        }
      })
      .join('');
  return render(list, null);
}
