// Form PCB/TP1 claims (PCB.md §1.6): the optional deductions (and the zakat / departure-levy
// rebates D1a, D1b) an employee claims through the employer, month by month. They reach PCB as
// LP1 / ΣLP; the yearly limits of the 2026 form are checked here, with the amounts already
// claimed in the year, so a claim over its limit is refused with what is left.
import { z } from 'zod';
import { TP1_ITEMS_2026, type Tp1Item } from '../tax/tp1';
import { isMonth, yearOfMonth } from '../calendar';
import { formatRinggit } from '../money/sen';
import { monthSchema } from './dates';
import { ringgitSchema } from './money-schema';

/** The item codes of the 2026 form, in its order (C1–C17, D1a, D1b). */
export const TP1_CODES = TP1_ITEMS_2026.map((item) => item.code) as readonly string[];

/**
 * Caruman knows the 2026 form (PCB/TP1 1/2026) only; claims for earlier years cannot be checked
 * against their own form's items and limits, so they are refused. Later years use the 2026 form
 * until a newer one is added to the tax tables.
 */
export const TP1_FIRST_YEAR = 2026;

/**
 * CHOSEN: C16 (first-home loan interest) has two limits, RM7,000 for a home up to RM500,000 and
 * RM5,000 for RM500,001–750,000; Caruman does not know the price, so it checks the higher one.
 */
export const C16_LIMIT_CHECKED_SEN = 700_000;

export function tp1Item(code: string): Tp1Item | null {
  return TP1_ITEMS_2026.find((item) => item.code === code) ?? null;
}

/** The yearly limit in sen Caruman checks for an item; null where the form has none (D1a, D1b: actual). */
export function tp1AnnualLimitSen(code: string): number | null {
  if (code === 'C16') return C16_LIMIT_CHECKED_SEN;
  return tp1Item(code)?.annualLimitSen ?? null;
}

export interface Tp1Claim {
  id: number;
  employeeId: number;
  /** The month the claim is made in ("YYYY-MM"): its LP1. */
  month: string;
  item: string;
  /** In sen, above 0. */
  amount: number;
  updatedAt: string;
}

const positiveRinggit = ringgitSchema.refine((sen) => sen > 0, 'tp1.error.amount');

export const tp1ClaimInputSchema = z
  .object({
    employeeId: z.number().int().positive(),
    month: monthSchema.refine((month) => !isMonth(month) || yearOfMonth(month) >= TP1_FIRST_YEAR, 'tp1.error.year'),
    item: z.string({ error: 'tp1.error.item' }).refine((code) => TP1_CODES.includes(code), 'tp1.error.item'),
    amount: positiveRinggit,
  })
  .strict();
export type Tp1ClaimInput = z.input<typeof tp1ClaimInputSchema>;
export type ParsedTp1Claim = z.output<typeof tp1ClaimInputSchema>;

/**
 * The claim against its yearly limit, given what the employee claimed for the item in the other
 * months of the year. Null when it fits.
 */
export function tp1LimitProblem(
  code: string,
  amountSen: number,
  claimedElsewhereSen: number,
): { key: 'tp1.error.overLimit'; params: { item: string; limit: string; claimed: string; remaining: string } } | null {
  const limitSen = tp1AnnualLimitSen(code);
  if (limitSen === null || claimedElsewhereSen + amountSen <= limitSen) return null;
  return {
    key: 'tp1.error.overLimit',
    params: {
      item: code,
      limit: formatRinggit(limitSen),
      claimed: formatRinggit(claimedElsewhereSen),
      remaining: formatRinggit(Math.max(0, limitSen - claimedElsewhereSen)),
    },
  };
}
