// The month-end dashboard reads every company's month each time it is opened, and a company's
// computed month (every employee's contributions) is the dearest part of a row. Nothing in it can
// change without a line in the company's change log: wages, employees, the company, TP1/TP3/CP38
// and corrections are all logged by the services (in whichever process wrote them: the CLI
// shares the database). So a month computed once is kept while the company's log has not moved.
// Keyed by the company's UUID, never its row id alone: a deleted company's id can be given again.
import type { Db } from '../db/open';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { CompanyMonth } from '../../../shared/domain/company-month';

/** Enough for every month a bookkeeper's dashboard shows; past it, the oldest are forgotten. */
const MAX_KEPT = 1000;

export function createMonthMemo(db: Db, companies: Pick<CompanyService, 'get'>, contributions: Pick<ContributionService, 'forMonth'>) {
  const logState = db.prepare<[number], { last: number | null; count: number }>('SELECT max(id) AS last, count(*) AS count FROM change_log WHERE company_id = ?');
  const kept = new Map<string, { version: string; month: CompanyMonth }>();
  return {
    /** contributions.forMonth, read again only when the company's change log has moved. */
    forMonth(companyId: number, month: string): CompanyMonth {
      const key = `${companies.get(companyId).uuid}/${month}`;
      const state = logState.get(companyId);
      const version = `${state?.last ?? 0}/${state?.count ?? 0}`;
      const hit = kept.get(key);
      if (hit && hit.version === version) return hit.month;
      const computed = contributions.forMonth(companyId, month);
      kept.delete(key);
      if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(key, { version, month: computed });
      return computed;
    },
  };
}
