import { z } from 'zod';
import { isMonth, parseTypedDate } from '../calendar';

/**
 * A calendar date as people write it (DD/MM/YYYY first, or YYYY-MM-DD), kept as "YYYY-MM-DD";
 * empty is null. The UI sends ISO; the CLI and a hand-made call may send either, and a bad one is
 * told the Malaysian way (records.error.date).
 */
export const typedDateText = z
  .string({ error: 'records.error.date' })
  .trim()
  .refine((value): boolean => value === '' || parseTypedDate(value) !== null, 'records.error.date')
  .transform((value) => (value === '' ? null : parseTypedDate(value)));

/** An optional calendar date, kept as "YYYY-MM-DD"; empty or absent means unknown (null). */
export const optionalDateSchema = typedDateText
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** A contribution month "YYYY-MM". */
export const monthSchema = z
  .string({ error: 'records.error.month' })
  .trim()
  .refine((value): boolean => isMonth(value), 'records.error.month');
