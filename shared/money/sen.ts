// Money is integer sen everywhere inside Caruman. These are the only two doors in and out:
// decimal strings ("1234.56") at the edges, integers in between. No float ever carries money.
import Decimal from 'decimal.js';

/** decimal.js configured for money: enough digits that no intermediate result is rounded. */
export const MoneyDecimal = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });

/** The largest amount Caruman accepts anywhere: RM 10 million, far above any monthly wage. */
export const MAX_SEN = 1_000_000_000;

const RINGGIT_PATTERN = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

export type ParseSenResult = { ok: true; sen: number } | { ok: false; reason: 'format' | 'negative' | 'too_large' };

/**
 * Reads a ringgit amount typed by a person or found in a file: "1234.5", "1,234.56", "RM 12",
 * " 0.10 ". At most two decimals; thousands separators must be well placed.
 */
export function parseRinggit(text: string): ParseSenResult {
  let s = text.trim().replace(/^RM\s*/i, '');
  if (s.startsWith('-')) {
    return RINGGIT_PATTERN.test(s.slice(1)) ? { ok: false, reason: 'negative' } : { ok: false, reason: 'format' };
  }
  if (s.startsWith('.')) s = `0${s}`;
  if (!RINGGIT_PATTERN.test(s)) return { ok: false, reason: 'format' };
  const [whole = '0', fraction = ''] = s.replace(/,/g, '').split('.');
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 8) return { ok: false, reason: 'too_large' };
  const sen = Number(wholeDigits) * 100 + Number(fraction.padEnd(2, '0'));
  if (sen > MAX_SEN) return { ok: false, reason: 'too_large' };
  return { ok: true, sen };
}

/** Strict variant for trusted data (the statutory tables): throws on anything unexpected. */
export function ringgitToSen(text: string): number {
  const parsed = parseRinggit(text);
  if (!parsed.ok) throw new Error(`Not a ringgit amount: "${text}" (${parsed.reason})`);
  return parsed.sen;
}

/** 123456 → "1234.56". The canonical decimal string at every edge (JSON, CSV, IPC). */
export function senToDecimal(sen: number): string {
  assertSen(sen);
  const sign = sen < 0 ? '-' : '';
  const abs = Math.abs(sen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → "RM1,234.56", for people. */
export function formatRinggit(sen: number): string {
  return formatAmount(sen, 'RM');
}

/**
 * 123456 → "1,234.56": an amount for people where the column or label already says ringgit (the
 * wage grid, tables); `prefix` goes after the sign ("-RM1.00"). formatRinggit is this with "RM".
 */
export function formatAmount(sen: number, prefix = ''): string {
  const plain = senToDecimal(sen);
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${prefix}${grouped}.${fraction}`;
}

export function assertSen(value: number): void {
  if (!Number.isSafeInteger(value)) throw new Error(`Money must be an integer number of sen, got ${value}`);
}
