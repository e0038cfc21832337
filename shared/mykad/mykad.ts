// MyKad numbers (STATUTORY.md §3): YYMMDD-PB-###G, stored as 12 digits without dashes.
//   YYMMDD  date of birth; the century is not encoded (see CENTURY RULE below)
//   PB      place-of-birth code; some codes are never issued, which we warn about but accept
//   ###G    serial; the last digit is odd for males and even for females. There is no check digit.
import { daysInMonth, parseIsoDate, todayInMalaysia, type DateParts } from '../calendar';
import type { MyKadMessageKey } from '../i18n/messages/mykad';

export type Gender = 'male' | 'female';

export interface MyKadProblem {
  key: MyKadMessageKey;
  params: Record<string, string | number>;
}

export interface ParsedMyKad {
  /** The 12 digits, as stored and written in PERKESO files: "800101145678". */
  digits: string;
  /** "800101-14-5678", for people. */
  formatted: string;
  /** "1980-01-01"; the user may override it on the employee record (the century is a guess). */
  dateOfBirth: string;
  gender: Gender;
  /** The two place-of-birth digits, e.g. "14". */
  placeOfBirthCode: string;
  /** False for codes never issued on a MyKad (a warning, not an error). */
  placeOfBirthIssued: boolean;
  warnings: MyKadProblem[];
}

export type MyKadParseResult = { ok: true; value: ParsedMyKad } | { ok: false; error: MyKadProblem };

/**
 * Place-of-birth codes issued on MyKad: 01–16 states, 21–59 more state codes, 60–68, 71–72, 74–79,
 * 82–93 foreign regions, 98 stateless, 99 unknown. Not issued: 00, 17–20, 69–70, 73, 80–81, 94–97.
 */
const ISSUED_PLACE_OF_BIRTH_RANGES: readonly (readonly [number, number])[] = [
  [1, 16],
  [21, 59],
  [60, 68],
  [71, 72],
  [74, 79],
  [82, 93],
  [98, 99],
];

export function isIssuedPlaceOfBirthCode(code: number): boolean {
  return ISSUED_PLACE_OF_BIRTH_RANGES.some(([lo, hi]) => code >= lo && code <= hi);
}

/** 12 digits, optionally split 6-2-4 by dashes or spaces: "800101145678", "800101-14-5678". */
const SHAPE = /^(\d{6})[-\s]?(\d{2})[-\s]?(\d{4})$/;

export interface ParseMyKadOptions {
  /** "YYYY-MM-DD" the century rule measures from; default: today's local date. */
  today?: string;
}

/** Parses and checks a MyKad number as typed. Errors and warnings are message keys with parameters. */
export function parseMyKad(text: string, options: ParseMyKadOptions = {}): MyKadParseResult {
  const value = String(text ?? '').trim();
  if (value === '') return fail('mykad.error.empty', {});
  if (/[^\d\s-]/.test(value)) return fail('mykad.error.characters', { value });
  const digitCount = value.replace(/\D/g, '').length;
  if (digitCount !== 12) return fail('mykad.error.length', { value, count: digitCount });
  const shape = SHAPE.exec(value);
  if (!shape) return fail('mykad.error.separators', { value });
  const [, birth = '', place = '', serial = ''] = shape;
  const digits = `${birth}${place}${serial}`;

  const yy = Number(birth.slice(0, 2));
  const mm = Number(birth.slice(2, 4));
  const dd = Number(birth.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return fail('mykad.error.date', { digits: birth });
  const today = todayParts(options.today);
  const year = centuryRule(yy, mm, dd, today);
  if (dd > daysInMonth(year, mm)) return fail('mykad.error.date', { digits: birth });

  const placeCode = Number(place);
  const placeOfBirthIssued = isIssuedPlaceOfBirthCode(placeCode);
  const warnings: MyKadProblem[] = placeOfBirthIssued ? [] : [{ key: 'mykad.warning.placeOfBirth', params: { code: place } }];
  return {
    ok: true,
    value: {
      digits,
      formatted: `${birth}-${place}-${serial}`,
      dateOfBirth: `${year}-${pad(mm)}-${pad(dd)}`,
      gender: Number(serial.slice(3)) % 2 === 1 ? 'male' : 'female',
      placeOfBirthCode: place,
      placeOfBirthIssued,
      warnings,
    },
  };
}

/**
 * CENTURY RULE (§3): take 20YY, unless that date is in the future or makes the person younger
 * than 14 today (no one younger holds a MyKad); then 19YY. Comparing (year + 14, month, day) with
 * today covers both.
 */
export function centuryRule(yy: number, mm: number, dd: number, today: { year: number; month: number; day: number }): number {
  const candidate = 2000 + yy;
  const fourteenthBirthday = (candidate + 14) * 10000 + mm * 100 + dd;
  const todayNumber = today.year * 10000 + today.month * 100 + today.day;
  return fourteenthBirthday > todayNumber ? 1900 + yy : candidate;
}

function todayParts(today: string | undefined): DateParts {
  const parts = parseIsoDate(today ?? todayInMalaysia());
  if (!parts) throw new RangeError(`parseMyKad: today must be YYYY-MM-DD, got "${today}"`);
  return parts;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fail(key: MyKadMessageKey, params: Record<string, string | number>): MyKadParseResult {
  return { ok: false, error: { key, params } };
}
