import { z } from 'zod';
import { isMonth, parseIsoDate } from '../calendar';

/** An optional calendar date "YYYY-MM-DD"; empty means unknown. */
export const optionalDateSchema = z
  .string()
  .trim()
  .refine((value): boolean => value === '' || parseIsoDate(value) !== null, 'records.error.date')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** A contribution month "YYYY-MM". */
export const monthSchema = z
  .string({ error: 'records.error.month' })
  .trim()
  .refine((value): boolean => isMonth(value), 'records.error.month');

/** Free text that may be absent; stored as null when empty. */
export function optionalText(max: number, tooLongKey = 'records.error.textTooLong') {
  return z
    .string()
    .trim()
    .max(max, tooLongKey)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);
}
