// The pay run (issue 17): a company-month's payroll computed from the records (or, once
// finalised, as it was paid), finalising and unlocking a month, and corrections of finalised
// months paid later. The app's Payroll screen, the payslips, the reports and the CLI all read a
// month from month(); nothing else computes net pay.
import type { Db } from '../db/open';
import type { ChangeLog, ChangeSource } from '../change-log';
import { ServiceError } from '../service-error';
import { compareMonths, yearOfMonth } from '../../../shared/calendar';
import type { FiledForMonth, FinaliseResult, Notice, PayrollLine, PayrollMonth, PayrollMonthStatus, SaidNotice, UnlockResult } from '../../../shared/payroll/month';
import { computeOpenMonth, type PayrollReaders } from './compute-month';
import { createPayrollStore } from './store';
import { monthLockOf } from './lock';
import { createCorrections } from './corrections';
import { createEntryEditing } from './entry';
import type { WageService } from '../wages';

export { createMonthLock, monthLockOf, type MonthLock } from './lock';

type Say = (key: string, params?: Record<string, string | number>) => string;
const keyOnly: Say = (key) => key;

export interface PayrollDeps extends PayrollReaders {
  db: Db;
  changes: ChangeLog;
  /** Today in Malaysia, "YYYY-MM-DD" (a month after today's cannot be finalised). */
  today: () => string;
  /** The one write path for a month's entries (the Payroll screen's deductions and hours save through it). */
  wages: WageService;
}

const said =
  (say: Say) =>
  <N extends Notice>(n: N): N & SaidNotice => ({ ...n, message: say(n.key, n.params) });

export function createPayrollService(deps: PayrollDeps) {
  const { db, changes } = deps;
  const store = createPayrollStore(db);
  const lock = monthLockOf(db);

  function status(companyId: number, month: string): PayrollMonthStatus {
    deps.companies.get(companyId);
    const finalised = store.finalisedMonth(companyId, month);
    const year = yearOfMonth(month);
    const finalisedInYear = store.finalisedMonthsOfYear(companyId, year);
    const counts = store.correctionCounts(companyId, month);
    return {
      companyId,
      month,
      finalised: finalised !== null,
      finalisedAt: finalised?.finalisedAt ?? null,
      openEarlierMonths: store.monthsWithWagesBefore(companyId, month).filter((m) => !finalisedInYear.includes(m)),
      finalisedLaterMonths: finalisedInYear.filter((m) => compareMonths(m, month) > 0),
      correctionsFor: counts.forMonth,
      correctionsPaidIn: counts.paidIn,
      unlocks: store.unlocks(companyId, month),
    };
  }

  /** The month's payroll: as finalised (stored, unchanged by later edits), or computed now. */
  function month(companyId: number, month: string, say: Say = keyOnly): PayrollMonth {
    const monthStatus = status(companyId, month);
    const finalised = store.finalisedMonth(companyId, month);
    if (finalised) {
      const { company, hrdLevy, totals } = finalised.data;
      return { companyId, month, company, hrdLevy, status: monthStatus, lines: store.lines(finalised.id), notPaid: [], refusals: [], totals, warnings: [] };
    }
    const computed = computeOpenMonth(deps, store, companyId, month);
    return {
      companyId,
      month,
      company: computed.company,
      hrdLevy: computed.company.hrdLevy,
      status: monthStatus,
      lines: computed.lines,
      notPaid: computed.notPaid,
      refusals: computed.refusals.map(said(say)),
      totals: computed.totals,
      warnings: computed.warnings.map(said(say)),
    };
  }

  function finalise(companyId: number, month: string, source: ChangeSource): FinaliseResult {
    return db
      .transaction((): FinaliseResult => {
        deps.companies.get(companyId);
        if (compareMonths(month, deps.today().slice(0, 7)) > 0) {
          throw new ServiceError('VALIDATION', 'payroll.error.finaliseFuture', { month }, 'month');
        }
        const already = lock.finalisedAt(companyId, month);
        if (already) throw new ServiceError('CONFLICT', 'payroll.error.alreadyFinalised', { month }, 'month');
        const computed = computeOpenMonth(deps, store, companyId, month);
        // rules.ts FINALISE_IN_ORDER: each month's PCB counted the months before it as paid.
        if (computed.openEarlierMonths.length > 0) {
          throw new ServiceError('CONFLICT', 'payroll.error.earlierMonthsOpen', { month, months: computed.openEarlierMonths.join(', ') }, 'month');
        }
        if (computed.refusals.length > 0) {
          const names = computed.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
          throw new ServiceError('VALIDATION', 'payroll.error.refusalsBlockFinalise', { month, count: computed.refusals.length, names }, 'month');
        }
        if (computed.lines.length === 0) throw new ServiceError('VALIDATION', 'payroll.error.nothingToFinalise', { month }, 'month');
        const { company, lines, totals } = computed;
        const inserted = store.insertFinalised(companyId, month, { company, hrdLevy: company.hrdLevy, totals }, lines);
        changes.record(
          { companyId, entity: 'pay_run', entityId: inserted.id, employeeId: null, month },
          { status: 'open' },
          { status: 'finalised', employees: lines.length, net: totals.netSen, gross: totals.grossSen },
          source,
        );
        return { status: status(companyId, month), employees: lines.length, netSen: totals.netSen, notPaid: computed.notPaid.length };
      })
      .immediate();
  }

  function unlock(companyId: number, month: string, reason: string, source: ChangeSource, say: Say = keyOnly): UnlockResult {
    return db
      .transaction((): UnlockResult => {
        deps.companies.get(companyId);
        const finalised = store.finalisedMonth(companyId, month);
        if (!finalised) throw new ServiceError('CONFLICT', 'payroll.error.notFinalised', { month }, 'month');
        // rules.ts FINALISE_IN_ORDER: a later month's PCB counted this one as paid.
        const later = store.finalisedMonthsOfYear(companyId, yearOfMonth(month)).filter((m) => compareMonths(m, month) > 0);
        if (later.length > 0) throw new ServiceError('CONFLICT', 'payroll.error.unlockLaterFinalised', { month, months: later.join(', ') }, 'month');
        const { forMonth } = store.correctionCounts(companyId, month);
        if (forMonth > 0) throw new ServiceError('CONFLICT', 'payroll.error.unlockHasCorrections', { month, count: forMonth }, 'month');
        const filed = store.filedFor(companyId, month);
        store.deleteFinalised(finalised.id);
        const unlockedAt = store.recordUnlock(companyId, month, finalised.finalisedAt, reason, filed);
        changes.record(
          { companyId, entity: 'pay_run', entityId: finalised.id, employeeId: null, month },
          { status: 'finalised', finalisedAt: finalised.finalisedAt },
          { status: 'open', finalisedAt: null, reason },
          source,
        );
        return { status: status(companyId, month), finalisedAt: finalised.finalisedAt, unlockedAt, reason, filed, notices: filedNotices(month, filed).map(said(say)) };
      })
      .immediate();
  }

  /**
   * The year's finalised months with every line as finalised (Form EA, C.P.8D), and the months of
   * the year with wages entered that are not finalised.
   */
  function finalisedYear(companyId: number, year: number): { finalised: { month: string; lines: PayrollLine[] }[]; openMonths: string[] } {
    deps.companies.get(companyId);
    const finalised = store.linesOfYear(companyId, year);
    const done = new Set(store.finalisedMonthsOfYear(companyId, year));
    return { finalised, openMonths: store.monthsWithWagesOfYear(companyId, year).filter((m) => !done.has(m)) };
  }

  return {
    status,
    month,
    finalisedYear,
    finalise,
    unlock,
    lock,
    corrections: createCorrections({ db, changes, lock, companies: deps.companies }),
    entries: createEntryEditing({ db, wages: deps.wages, readers: deps, store, lock }),
  };
}

/** What unlocking a month means for what was already filed for it. */
function filedNotices(month: string, filed: FiledForMonth): Notice[] {
  const notices: Notice[] = [];
  if (filed.files.length > 0) {
    notices.push({ key: 'payroll.unlock.filesGenerated', params: { month, files: [...new Set(filed.files.map((f) => f.fileName))].join(', ') } });
  }
  if (filed.receipts.length > 0) {
    const numbers = filed.receipts.map((r) => r.receiptNumber ?? r.fileName).join(', ');
    notices.push({ key: 'payroll.unlock.receiptsFiled', params: { month, count: filed.receipts.length, receipts: numbers } });
  }
  if (notices.length === 0) notices.push({ key: 'payroll.unlock.nothingFiled', params: { month } });
  return notices;
}

export type PayrollService = ReturnType<typeof createPayrollService>;
