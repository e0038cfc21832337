// One employee-month's deductions and hours as the Payroll screen edits them, and the one check
// every wage save makes against the pay run: a save that would leave an employee's net pay below
// zero is refused naming the employee and the amounts (the pay run's own refusal,
// payroll.error.netNegative), computed after the write in the same transaction, so what is
// checked is exactly what would be stored and a refused row is never written.
//
// - payroll:saveEntry (one employee): refused whole, nothing written.
// - wages:set (the wage grid, many rows): the rows refused are left out and the others saved in
//   the same transaction. A user saving thirty rows expects the twenty-nine good ones kept; the
//   refused one stays as typing on the grid with the reason on its row (WagesSaved.refused).
//   An employee's net pay depends only on their own month, so leaving one row out changes no
//   other row's answer.
// - the wage file: each refused row is an error of the import (dry run and real), nothing
//   imported, as for any other row the file cannot give (main/services/import/wages-import.ts).
import type { Db } from '../db/open';
import type { ChangeSource } from '../change-log';
import { ServiceError } from '../service-error';
import type { WageService, WageWrite } from '../wages';
import type { MessageKey } from '../../../shared/i18n/catalog';
import type { RefusedRow, WageEntry, WagesSaved, WagesWritten } from '../../../shared/domain/wages';
import { DEDUCTIONS, type DeductionName } from '../../../shared/pay/deductions';
import { computeOpenMonth, type PayrollReaders } from './compute-month';
import type { PayrollStore } from './store';
import type { MonthLock } from './lock';

export interface EntryForEditing {
  /** What is stored (null: nothing entered yet); its updatedAt is the version to save against. */
  entry: WageEntry | null;
  /** A finalised month is read-only: the screen shows the entry and says why it cannot change. */
  finalised: boolean;
}

/** Deductions taken from the net pay alone (not unpaid leave, which is pay not earned). */
const NET_ONLY_DEDUCTIONS: readonly DeductionName[] = DEDUCTIONS.filter((d) => !d.reducesWages).map((d) => d.name);

/** Thrown inside a savepoint to undo a write whose rows the pay run refuses. */
class RefusedWrite extends Error {
  constructor(readonly refused: RefusedRow[]) {
    super('refused');
  }
}

export function createEntryEditing(deps: { db: Db; wages: WageService; readers: PayrollReaders; store: PayrollStore; lock: MonthLock }) {
  const { db, wages, readers, store, lock } = deps;

  /**
   * The rows of a write whose employee's net pay could fall below zero: those with a deduction
   * taken from net pay alone (salary advance, loan repayment, other deduction, zakat) or a CP38
   * instruction for the month, once written. Without one, what comes off the pay is the statutory
   * shares and PCB (each a part of the pay, together well below it) and unpaid leave (never more
   * than the basic pay: wageEntryProblem), so the pay run cannot refuse the row; a save of 2,000
   * rows without such deductions computes nothing more.
   */
  function mayBeRefused(companyId: number, month: string, writes: readonly WageWrite[]): WageWrite[] {
    const stored = wages.entriesFor(companyId, month);
    const cp38 = readers.cp38.forMonth(companyId, month);
    return writes.filter((w) => {
      if (cp38.has(w.employeeId)) return true;
      const before = stored.get(w.employeeId)?.deductions;
      return NET_ONLY_DEDUCTIONS.some((name) => (w.deductions?.[name] ?? before?.[name] ?? 0) > 0);
    });
  }

  /** The employees among `candidates` whose month the pay run refuses as stored now. */
  function refusalsOf(companyId: number, month: string, candidates: readonly WageWrite[]): RefusedRow[] {
    if (candidates.length === 0) return [];
    const ids = new Set(candidates.map((w) => w.employeeId));
    return computeOpenMonth(readers, store, companyId, month, ids).refusals.map((r) => ({ employeeId: r.employeeId, key: r.key, params: r.params }));
  }

  /** Writes all the rows, or none when the pay run refuses any of them (they are thrown). */
  function writeAllOrRefuse(companyId: number, month: string, writes: readonly WageWrite[], source: ChangeSource): WagesWritten {
    // A nested transaction is a savepoint: thrown, it undoes this write and nothing around it.
    return db.transaction((): WagesWritten => {
      const candidates = mayBeRefused(companyId, month, writes);
      const written = wages.write(companyId, month, writes, source);
      const refused = refusalsOf(companyId, month, candidates);
      if (refused.length > 0) throw new RefusedWrite(refused);
      return written;
    })();
  }

  return {
    get(companyId: number, month: string, employeeId: number): EntryForEditing {
      const sheet = wages.sheet(companyId, month);
      const row = sheet.find((r) => r.employee.id === employeeId);
      if (!row) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
      return { entry: row.entry, finalised: lock.finalisedAt(companyId, month) !== null };
    },

    /** One employee's entry (payroll:saveEntry): refused whole, naming the employee, nothing written. */
    save(companyId: number, month: string, write: WageWrite, source: ChangeSource): WagesWritten {
      return db
        .transaction((): WagesWritten => {
          try {
            return underEntry(() => writeAllOrRefuse(companyId, month, [write], source));
          } catch (error) {
            if (!(error instanceof RefusedWrite)) throw error;
            const [refusal] = error.refused as [RefusedRow];
            throw new ServiceError('VALIDATION', refusal.key as MessageKey, refusal.params, 'entry');
          }
        })
        .immediate();
    },

    /**
     * Many rows (wages:set): each row the pay run refuses is left out, the others are written, in
     * one transaction. One computation when nothing is refused (the usual save).
     */
    saveRows(companyId: number, month: string, writes: readonly WageWrite[], source: ChangeSource): WagesSaved {
      return db
        .transaction((): WagesSaved => {
          let refused: RefusedRow[];
          try {
            return { ...writeAllOrRefuse(companyId, month, writes, source), refused: [] };
          } catch (error) {
            if (!(error instanceof RefusedWrite)) throw error;
            refused = error.refused;
          }
          const left = new Set(refused.map((r) => r.employeeId));
          const rest = writes.filter((w) => !left.has(w.employeeId));
          if (rest.length === 0) return { changed: 0, versions: [], refused };
          try {
            return { ...writeAllOrRefuse(companyId, month, rest, source), refused };
          } catch (error) {
            // Cannot happen while net pay depends only on the employee's own month; if it ever
            // does, nothing is written rather than a row the pay run refuses.
            if (!(error instanceof RefusedWrite)) throw error;
            return { changed: 0, versions: [], refused: [...refused, ...error.refused] };
          }
        })
        .immediate();
    },

    /**
     * The rows the pay run would refuse if these were written, with nothing kept (the wage file's
     * dry run): written and checked inside a savepoint that is always undone.
     */
    refusalsIfWritten(companyId: number, month: string, writes: readonly WageWrite[], source: ChangeSource): RefusedRow[] {
      const candidates = mayBeRefused(companyId, month, writes);
      if (candidates.length === 0) return [];
      try {
        db.transaction(() => {
          // Only the rows that could be refused: another row's write changes nothing of theirs.
          wages.write(companyId, month, candidates, source);
          throw new RefusedWrite(refusalsOf(companyId, month, candidates));
        })();
      } catch (error) {
        if (error instanceof RefusedWrite) return error.refused;
        throw error;
      }
      return [];
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
