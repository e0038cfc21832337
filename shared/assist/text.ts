// Text for the ASSIST files: ASCII only, upper case (STATUTORY.md §2). Names are transliterated
// (accented letters to plain ones), anything left that is not printable ASCII is removed, and the
// result is cut to the field's 150 characters; every change is described so the report can list it.

/** Letters NFKD does not decompose into ASCII, and common typographic characters. */
const EXPLICIT: Readonly<Record<string, string>> = {
  ß: 'SS',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'AE',
  Œ: 'OE',
  œ: 'OE',
  Ø: 'O',
  ø: 'O',
  Ł: 'L',
  ł: 'L',
  Đ: 'D',
  đ: 'D',
  Ð: 'D',
  ð: 'D',
  Þ: 'TH',
  þ: 'TH',
  Ħ: 'H',
  ħ: 'H',
  ı: 'I',
  ĸ: 'K',
  Ŋ: 'NG',
  ŋ: 'NG',
  ſ: 'S',
  ƒ: 'F',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u02BC': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
};

const COMBINING_MARK = /\p{M}/u;
const WHITESPACE = /\s/u;

export type NameChange = 'transliterated' | 'removed' | 'cut';

export interface AsciiText {
  /** What is written: printable ASCII, upper case, single spaces, at most `max` characters. */
  text: string;
  /** What had to change beyond upper case and spacing (empty when nothing did). */
  changes: NameChange[];
  /** Characters that could not be written at all and were removed. */
  removed: string[];
}

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

/** Turns any text into upper-case printable ASCII of at most `max` characters, saying what changed. */
export function toAsciiUpper(value: string, max: number): AsciiText {
  let transliterated = false;
  const removed: string[] = [];
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) as number;
    if (isPrintableAscii(code)) {
      out += ch;
      continue;
    }
    if (WHITESPACE.test(ch) || code < 0x20) {
      out += ' ';
      continue;
    }
    const mapped = EXPLICIT[ch];
    if (mapped !== undefined) {
      out += mapped;
      transliterated = true;
      continue;
    }
    // NFKD splits "é" into "e" + a combining accent, "ﬁ" into "fi", full-width "Ａ" into "A".
    let plain = '';
    let ok = true;
    for (const part of ch.normalize('NFKD')) {
      const partCode = part.codePointAt(0) as number;
      if (isPrintableAscii(partCode)) plain += part;
      else if (COMBINING_MARK.test(part)) continue;
      else if (EXPLICIT[part] !== undefined) plain += EXPLICIT[part];
      else ok = false;
    }
    if (ok && plain !== '') {
      out += plain;
      transliterated = true;
    } else {
      removed.push(ch);
    }
  }
  let text = out.toUpperCase().replace(/ {2,}/g, ' ').trim();
  const changes: NameChange[] = [];
  if (transliterated) changes.push('transliterated');
  if (removed.length > 0) changes.push('removed');
  if (text.length > max) {
    text = text.slice(0, max).trimEnd();
    changes.push('cut');
  }
  return { text, changes, removed };
}

/** ID numbers are written without dashes, spaces or other separators (STATUTORY.md §2). */
export function compactId(value: string): string {
  return toAsciiUpper(value, 64).text.replace(/[^A-Z0-9]/g, '');
}

/** True for text that is entirely printable ASCII. */
export function isAsciiPrintable(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isPrintableAscii(value.charCodeAt(i))) return false;
  return true;
}
