// One employee-month's deductions and hours as the Payroll screen edits them: read with the
// version the save sends back, and saved through the wage service's one write path (the month
// lock, the version check, the entry's rules), then the month computed again in the same
// transaction: a save that would leave the employee's net pay below zero is refused naming the
// employee, and nothing of it is written.
import type { Db } from '../db/open';
import type { ChangeSource } from '../change-log';
import { ServiceError } from '../service-error';
import type { WageService, WageWrite } from '../wages';
import type { MessageKey } from '../../../shared/i18n/catalog';
import type { WageEntry, WagesWritten } from '../../../shared/domain/wages';
import { computeOpenMonth, type PayrollReaders } from './compute-month';
import type { PayrollStore } from './store';
import type { MonthLock } from './lock';

export interface EntryForEditing {
  /** What is stored (null: nothing entered yet); its updatedAt is the version to save against. */
  entry: WageEntry | null;
  /** A finalised month is read-only: the screen shows the entry and says why it cannot change. */
  finalised: boolean;
}

export function createEntryEditing(deps: { db: Db; wages: WageService; readers: PayrollReaders; store: PayrollStore; lock: MonthLock }) {
  const { db, wages, readers, store, lock } = deps;
  return {
    get(companyId: number, month: string, employeeId: number): EntryForEditing {
      const sheet = wages.sheet(companyId, month);
      const row = sheet.find((r) => r.employee.id === employeeId);
      if (!row) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
      return { entry: row.entry, finalised: lock.finalisedAt(companyId, month) !== null };
    },

    save(companyId: number, month: string, write: WageWrite, source: ChangeSource): WagesWritten {
      return db
        .transaction((): WagesWritten => {
          const written = underEntry(() => wages.write(companyId, month, [write], source));
          const refusal = computeOpenMonth(readers, store, companyId, month).refusals.find((r) => r.employeeId === write.employeeId);
          // Thrown inside the transaction: the write above is undone with it.
          if (refusal) throw new ServiceError('VALIDATION', refusal.key as MessageKey, refusal.params, 'entry');
          return written;
        })
        .immediate();
    },
  };
}

/** The wage service names fields of its batch ("entries.0.otherDeductionNote"); this call has one entry. */
function underEntry<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ServiceError && error.field?.startsWith('entries.0')) {
      throw new ServiceError(error.code, error.key, error.params, error.field.replace(/^entries\.0/, 'entry'));
    }
    throw error;
  }
}
