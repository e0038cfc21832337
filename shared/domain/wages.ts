import { z } from 'zod';
import { PAY_ITEM_NAMES, type PayItemName } from '../statutory/pay-items';
import { monthSchema, optionalText } from './dates';
import { ringgitSchema } from './money-schema';

/** The month's events that go into field 8 of the upload files (STATUTORY.md §2.1). */
export const WAGE_EVENTS = ['S', 'T'] as const; // S: sick leave on PERKESO benefit, T: unpaid leave
export type WageEvent = (typeof WAGE_EVENTS)[number];

export type PayItemAmounts = Record<PayItemName, number>;

/** One employee's month as stored: every pay item in sen (zero when not paid). */
export interface WageEntry {
  employeeId: number;
  month: string;
  items: PayItemAmounts;
  event: WageEvent | null;
  notes: string | null;
  updatedAt: string;
}

export function zeroPayItems(): PayItemAmounts {
  return Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, 0])) as PayItemAmounts;
}

const itemsShape = Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, ringgitSchema.optional()])) as Record<
  PayItemName,
  z.ZodOptional<typeof ringgitSchema>
>;

/** Pay items as typed: decimal strings by item name; missing items are zero. */
export const payItemsInputSchema = z.object(itemsShape).strict();

export const wageEntryInputSchema = z
  .object({
    employeeId: z.number().int().positive(),
    items: payItemsInputSchema,
    event: z.enum(WAGE_EVENTS, { error: 'wages.error.event' }).nullable().optional(),
    notes: optionalText(500),
  })
  .strict();

export const setWagesInputSchema = z
  .object({
    companyId: z.number().int().positive(),
    month: monthSchema,
    entries: z.array(wageEntryInputSchema).min(1).max(20_000),
  })
  .strict();
