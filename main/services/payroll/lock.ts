// The finalised-month guard: one call in every path that writes a month's pay (wage grid, import,
// copy last month, TP1 claims, CP38 instructions, corrections). A finalised month was paid: it is
// never edited, only corrected in a later month or unlocked with a reason.
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import { dateInMalaysia } from '../../../shared/calendar';

export function createMonthLock(db: Db) {
  const finalised = db.prepare<[number, string], { finalised_at: string }>('SELECT finalised_at FROM payroll_months WHERE company_id = ? AND month = ?');
  const finalisedBetween = db.prepare<[number, string, string], { month: string; finalised_at: string }>(
    'SELECT month, finalised_at FROM payroll_months WHERE company_id = ? AND month BETWEEN ? AND ? ORDER BY month',
  );

  function refusal(month: string, finalisedAt: string, field: string): ServiceError {
    return new ServiceError('CONFLICT', 'payroll.error.monthFinalised', { month, finalisedAt: dateInMalaysia(finalisedAt) }, field);
  }

  return {
    /** When the month was finalised, or null while it is open. */
    finalisedAt(companyId: number, month: string): string | null {
      return finalised.get(companyId, month)?.finalised_at ?? null;
    },

    /** Refuses a change to a finalised month's pay, saying how to correct it instead. */
    assertOpen(companyId: number, month: string, field = 'month'): void {
      const row = finalised.get(companyId, month);
      if (row) throw refusal(month, row.finalised_at, field);
    },

    /**
     * For a change to an amount over a range of months (a CP38 instruction, before and after; null
     * when there is none): refuses it when the amount in any finalised month would change.
     */
    assertRangeUnchanged(companyId: number, before: MonthlyAmount | null, after: MonthlyAmount | null, field = 'fromMonth'): void {
      const ranges = [before, after].filter((r): r is MonthlyAmount => r !== null);
      if (ranges.length === 0) return;
      const from = ranges.map((r) => r.fromMonth).sort()[0] as string;
      const to = ranges.map((r) => r.toMonth).sort().at(-1) as string;
      for (const row of finalisedBetween.all(companyId, from, to)) {
        if (amountIn(before, row.month) !== amountIn(after, row.month)) throw refusal(row.month, row.finalised_at, field);
      }
    },
  };
}

/** An amount deducted in every month of a range (both months included). */
export interface MonthlyAmount {
  fromMonth: string;
  toMonth: string;
  amount: number;
}

function amountIn(range: MonthlyAmount | null, month: string): number {
  return range !== null && range.fromMonth <= month && month <= range.toMonth ? range.amount : 0;
}

export type MonthLock = ReturnType<typeof createMonthLock>;

const locks = new WeakMap<Db, MonthLock>();

/** The lock over a database, made once: for a service that only needs the guard. */
export function monthLockOf(db: Db): MonthLock {
  let lock = locks.get(db);
  if (!lock) locks.set(db, (lock = createMonthLock(db)));
  return lock;
}
