// The pay run (issue 17): a company-month's payroll, finalising and unlocking it, and corrections
// of finalised months paid in a later month. `caruman payroll` goes through these channels.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { ringgitSchema } from '../../domain/money-schema';
import { wageEntryInputSchema, type WageEntry, type WagesWritten } from '../../domain/wages';
import type { Correction, FinaliseResult, PayrollMonth, PayrollMonthStatus, UnlockResult } from '../../payroll/month';

const id = z.number().int().positive();
const companyMonth = { companyId: id, month: monthSchema };
const reason = (key: 'payroll.error.unlockReason' | 'payroll.error.correctionReason') =>
  z.string({ error: key }).trim().min(3, key).max(500, key);

export const payrollChannels = {
  /** The whole month: every employee paid with every figure and working, year to date, totals, status. */
  'payroll:month': channel<PayrollMonth>()(z.object(companyMonth).strict()),
  /** Whether the month is finalised, and what stands in the way of finalising or unlocking it. */
  'payroll:status': channel<PayrollMonthStatus>()(z.object(companyMonth).strict()),
  /** Locks the month as paid: its figures are stored as they are and no write path may change it. */
  'payroll:finalise': channel<FinaliseResult>()(z.object(companyMonth).strict()),
  /** Unlocks a finalised month, with a reason kept in the change history; says what was already filed. */
  'payroll:unlock': channel<UnlockResult>()(z.object({ ...companyMonth, reason: reason('payroll.error.unlockReason') }).strict()),
  /** Corrections recorded for the month (paid later) and paid in it. */
  'payroll:corrections': channel<Correction[]>()(z.object(companyMonth).strict()),
  /** Pays what was short in a finalised month in a later, open month. */
  'payroll:addCorrection': channel<Correction>()(
    z
      .object({
        companyId: id,
        employeeId: id,
        forMonth: monthSchema,
        paidMonth: monthSchema,
        amount: ringgitSchema.refine((sen) => sen >= 1, 'payroll.error.correctionAmount'),
        reason: reason('payroll.error.correctionReason'),
      })
      .strict(),
  ),
  'payroll:removeCorrection': channel<{ deleted: true }>()(z.object({ companyId: id, id }).strict()),
  /** One employee-month as stored (with its version), to edit its deductions and hours; finalised: read-only. */
  'payroll:entry': channel<{ entry: WageEntry | null; finalised: boolean }>()(z.object({ ...companyMonth, employeeId: id }).strict()),
  /**
   * Saves one employee-month's deductions, hours and pay items through the wages write path (the
   * version check, the month lock, the entry's rules), refusing a save that would make the net
   * pay negative (naming the employee): nothing is written then.
   */
  'payroll:saveEntry': channel<WagesWritten>()(z.object({ ...companyMonth, entry: wageEntryInputSchema }).strict()),
};
