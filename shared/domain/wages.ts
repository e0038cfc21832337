import { z } from 'zod';
import { PAY_ITEM_NAMES, type PayItemName } from '../pay/pay-items';
import {
  DEDUCTION_NAMES,
  MAX_OVERTIME_MINUTES,
  MAX_UNPAID_LEAVE_DAYS,
  OTHER_DEDUCTION_NOTE_MAX,
  OVERTIME_KINDS,
  zeroDeductions,
  zeroOvertimeMinutes,
  type DeductionAmounts,
  type DeductionName,
  type OvertimeKind,
  type OvertimeMinutesByKind,
} from '../pay/deductions';
import { monthSchema } from './dates';
import { optionalText, wholeNumber } from './fields';
import { ringgitSchema } from './money-schema';

/** The month's events that go into field 8 of the upload files (STATUTORY.md §2.1). */
export const WAGE_EVENTS = ['S', 'T'] as const; // S: sick leave on PERKESO benefit, T: unpaid leave
export type WageEvent = (typeof WAGE_EVENTS)[number];

export type PayItemAmounts = Record<PayItemName, number>;

/** One employee's month as stored: every pay item and deduction in sen (zero when none). */
export interface WageEntry {
  employeeId: number;
  month: string;
  items: PayItemAmounts;
  /** The employer's own deductions and zakat (shared/pay/deductions.ts), in sen. */
  deductions: DeductionAmounts;
  /** Days of unpaid leave, for the record and the payslip (the amount is in deductions.unpaid_leave). */
  unpaidLeaveDays: number;
  /** What "other deduction" is; the payslip shows it. Never null while other_deduction is above 0. */
  otherDeductionNote: string | null;
  /** Overtime worked, in minutes by kind; the amount in items.overtime stays the authority. */
  overtimeMinutes: OvertimeMinutesByKind;
  event: WageEvent | null;
  notes: string | null;
  updatedAt: string;
}

const NO_PAY_ITEMS: Readonly<PayItemAmounts> = Object.freeze(Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, 0])) as PayItemAmounts);

/** Every pay item at zero (a copy of one template: months of thousands of rows make many). */
export function zeroPayItems(): PayItemAmounts {
  return { ...NO_PAY_ITEMS };
}

const itemsShape = Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, ringgitSchema.optional()])) as Record<
  PayItemName,
  z.ZodOptional<typeof ringgitSchema>
>;

/** Pay items as typed: decimal strings by item name; missing items are zero. */
export const payItemsInputSchema = z.object(itemsShape).strict();

const deductionsShape = Object.fromEntries(DEDUCTION_NAMES.map((name) => [name, ringgitSchema.optional()])) as Record<
  DeductionName,
  z.ZodOptional<typeof ringgitSchema>
>;

/** Deductions as typed: decimal strings by name; missing ones keep what is stored (zero for a new month). */
export const deductionsInputSchema = z.object(deductionsShape).strict();

const minutes = wholeNumber(0, MAX_OVERTIME_MINUTES, 'wages.error.overtimeMinutes').optional();

export const overtimeMinutesInputSchema = z
  .object(Object.fromEntries(OVERTIME_KINDS.map((kind) => [kind, minutes])) as Record<OvertimeKind, typeof minutes>)
  .strict();

export const wageEntryInputSchema = z
  .object({
    employeeId: z.number().int().positive(),
    items: payItemsInputSchema,
    event: z.enum(WAGE_EVENTS, { error: 'wages.error.event' }).nullable().optional(),
    notes: optionalText(500),
    // The pay run's fields: each left out keeps what is stored, so a screen that does not show
    // them (the SOCSO wage grid) never clears them.
    deductions: deductionsInputSchema.optional(),
    unpaidLeaveDays: wholeNumber(0, MAX_UNPAID_LEAVE_DAYS, 'wages.error.unpaidLeaveDays').optional(),
    otherDeductionNote: z
      .string({ error: 'error.validation.type' })
      .trim()
      .max(OTHER_DEDUCTION_NOTE_MAX, 'wages.error.otherDeductionNote.tooLong')
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional(),
    overtimeMinutes: overtimeMinutesInputSchema.optional(),
    /**
     * The stored entry's version (its updatedAt) when the screen loaded it, null when nothing was
     * stored. Sent by the wage grid: a save refuses, rather than overwrite, a row that was changed
     * elsewhere (an import, another window) after the grid was opened. Left out by an import.
     */
    expectedVersion: z.string().max(40).nullable().optional(),
  })
  .strict();

export const setWagesInputSchema = z
  .object({
    companyId: z.number().int().positive(),
    month: monthSchema,
    entries: z.array(wageEntryInputSchema).min(1).max(20_000),
  })
  .strict();

/** What a wage write did: how many entries changed, and the new version of each changed entry. */
export interface WagesWritten {
  changed: number;
  versions: { employeeId: number; version: string }[];
}

/** A row a save left out: the pay run refuses the employee's month as it would be (net pay below zero). */
export interface RefusedRow {
  employeeId: number;
  /** The pay run's refusal (payroll.error.netNegative), naming the employee and the amounts. */
  key: string;
  params: Record<string, string | number>;
}

/** What a wage grid save (wages:set) did: the rows written, and the rows left out with the reason. */
export interface WagesSaved extends WagesWritten {
  refused: RefusedRow[];
}

/** The pay-run part of a month's entry (what is not a pay item, an event or a note). */
export interface WagePayRunFields {
  deductions: DeductionAmounts;
  unpaidLeaveDays: number;
  otherDeductionNote: string | null;
  overtimeMinutes: OvertimeMinutesByKind;
}

export function emptyPayRunFields(): WagePayRunFields {
  return { deductions: zeroDeductions(), unpaidLeaveDays: 0, otherDeductionNote: null, overtimeMinutes: zeroOvertimeMinutes() };
}

export interface WageProblem {
  key: 'statutory.error.unpaidLeave.moreThanBasic' | 'wages.error.otherDeductionNote.required';
  /** The entry's field at fault: "deductions.unpaid_leave", "otherDeductionNote". */
  field: string;
}

/**
 * The rules across a month's fields, checked on what will be stored (after merging): unpaid
 * leave never more than the basic pay (shared/pay/rules.ts), and an "other deduction" always
 * says what it is. The database refuses both too.
 */
export function wageEntryProblem(items: Readonly<Partial<PayItemAmounts>>, fields: WagePayRunFields): WageProblem | null {
  if (fields.deductions.unpaid_leave > (items.basic ?? 0)) return { key: 'statutory.error.unpaidLeave.moreThanBasic', field: 'deductions.unpaid_leave' };
  if (fields.deductions.other_deduction > 0 && fields.otherDeductionNote === null) return { key: 'wages.error.otherDeductionNote.required', field: 'otherDeductionNote' };
  return null;
}
