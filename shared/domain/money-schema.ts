import { z } from 'zod';
import { parseRinggit } from '../money/sen';

const REASON_KEYS = {
  format: 'error.money.format',
  negative: 'error.money.negative',
  too_large: 'error.money.tooLarge',
} as const;

/**
 * A ringgit amount at an edge (form, CSV, IPC): a decimal string such as "1234.50", turned into
 * integer sen. Empty means zero. Numbers are refused on purpose: a float never carries money.
 */
export const ringgitSchema = z.string({ error: 'error.money.format' }).transform((text, ctx) => {
  if (text.trim() === '') return 0;
  const parsed = parseRinggit(text);
  if (parsed.ok) return parsed.sen;
  ctx.addIssue({ code: 'custom', message: REASON_KEYS[parsed.reason] });
  return z.NEVER;
});
