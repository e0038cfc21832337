// Schemas of typed fields the records share: free text that may be left empty, numbers typed the
// way people copy them (spaces, hyphens) kept in one stored form, and whole numbers in a range. A
// field left out of an update (undefined) stays undefined — "not changed" — unless said otherwise.
import { z } from 'zod';

/** A whole number from min to max; anything else is refused with the one `key`, which says the range. */
export function wholeNumber(min: number, max: number, key: string) {
  return z.number({ error: key }).int(key).min(min, key).max(max, key);
}

/** Free text that may be absent, trimmed; empty is null. */
export function optionalTrimmedText(max: number, tooLongKey: string) {
  return z
    .string()
    .trim()
    .max(max, tooLongKey)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
}

/** Free text that may be absent; stored as null when empty or left out. */
export function optionalText(max: number, tooLongKey = 'records.error.textTooLong') {
  return optionalTrimmedText(max, tooLongKey).transform((value) => value ?? null);
}

/**
 * Typed text kept in the form `normalize` gives it (null when empty); refused with `invalidKey`
 * when normalize says 'invalid'. A tax number, a bank account, a KWSP number.
 */
export function normalizedText(normalize: (text: string) => string | null | 'invalid', invalidKey: string) {
  return z
    .string({ error: 'error.validation.type' })
    .transform((value, ctx) => {
      const normalized = normalize(value);
      if (normalized === 'invalid') {
        ctx.addIssue({ code: 'custom', message: invalidKey });
        return z.NEVER;
      }
      return normalized;
    })
    .nullable()
    .optional();
}

/** A KWSP number ("1234 5678-9012" → "123456789012"): digits, at most `max`, not all zeros; null when empty. */
export function epfNumberDigits(text: string, max: number): string | null | 'invalid' {
  const digits = text.replace(/[\s-]/g, '');
  if (digits === '') return null;
  if (!/^\d+$/.test(digits) || digits.length > max || /^0+$/.test(digits)) return 'invalid';
  return digits;
}
