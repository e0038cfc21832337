// CP38 (PCB.md §6.3): LHDN's instruction to deduct a fixed extra amount from an employee's pay in
// each month of a range, for their tax arrears. Not PCB: reported in the CP38 columns of CP39.
import { z } from 'zod';
import { compareMonths, monthOfDate, monthsBetween } from '../calendar';
import { monthSchema } from './dates';
import { ringgitSchema } from './money-schema';

export interface Cp38Instruction {
  id: number;
  employeeId: number;
  /** LHDN's reference on the CP38 notice. */
  reference: string;
  fromMonth: string;
  toMonth: string;
  /** Sen to deduct in each month of the range. */
  amount: number;
  updatedAt: string;
}

export const CP38_REFERENCE_MAX = 40;
/** A longer range is a typing mistake (a year typed wrong); LHDN's instructions run for months. */
export const CP38_MAX_MONTHS = 60;

export const cp38InputSchema = z
  .object({
    /** Absent for a new instruction. */
    id: z.number().int().positive().optional(),
    employeeId: z.number().int().positive(),
    reference: z
      .string({ error: 'cp38.error.reference' })
      .trim()
      .min(1, 'cp38.error.reference')
      .max(CP38_REFERENCE_MAX, 'cp38.error.reference')
      .transform((value) => value.replace(/\s+/g, ' ')),
    fromMonth: monthSchema,
    toMonth: monthSchema,
    amount: ringgitSchema.refine((sen) => sen > 0, 'cp38.error.amount'),
  })
  .strict();
export type Cp38Input = z.input<typeof cp38InputSchema>;
export type ParsedCp38Input = z.output<typeof cp38InputSchema>;

/** The range's own rules: it ends no earlier than it starts, and runs at most CP38_MAX_MONTHS. */
export function cp38RangeProblem(fromMonth: string, toMonth: string): { key: string; field: string; params?: Record<string, number> } | null {
  if (compareMonths(toMonth, fromMonth) < 0) return { key: 'cp38.error.toBeforeFrom', field: 'toMonth' };
  if (monthsBetween(fromMonth, toMonth) + 1 > CP38_MAX_MONTHS) return { key: 'cp38.error.tooLong', field: 'toMonth', params: { max: CP38_MAX_MONTHS } };
  return null;
}

/** Does the instruction ask for a deduction in this month? */
export function cp38AppliesIn(instruction: Pick<Cp38Instruction, 'fromMonth' | 'toMonth'>, month: string): boolean {
  return compareMonths(month, instruction.fromMonth) >= 0 && compareMonths(month, instruction.toMonth) <= 0;
}

/** The range against the employment: it starts no later than the leaving month and ends no earlier than the hire month. */
export function cp38EmploymentProblem(
  range: { fromMonth: string; toMonth: string },
  employment: { hireDate: string | null; leaveDate: string | null },
): { key: string; field: 'fromMonth' | 'toMonth'; params: Record<string, string> } | null {
  if (employment.leaveDate && compareMonths(range.fromMonth, monthOfDate(employment.leaveDate)) > 0) {
    return { key: 'cp38.error.afterLeaving', field: 'fromMonth', params: { leaveMonth: monthOfDate(employment.leaveDate) } };
  }
  if (employment.hireDate && compareMonths(range.toMonth, monthOfDate(employment.hireDate)) < 0) {
    return { key: 'cp38.error.beforeHire', field: 'toMonth', params: { hireMonth: monthOfDate(employment.hireDate) } };
  }
  return null;
}
