// "What needs action now" on the month-end dashboard: every company's current month, plus each
// earlier month that is overdue or whose files are out of date with PERKESO, KWSP or LHDN — so
// twenty companies late with October are never hidden behind November.
//
// A bookkeeper's database holds years of months for dozens of companies, and a dashboard row is
// the dearest thing the dashboard reads (the month's contributions, EPF and PCB figures and every
// stored file's freshness). So one query first keeps only the earlier months that could need
// action, and only those are read as rows.
import type { Db } from '../db/open';
import type { DashboardRow } from '../../../shared/domain/month-end';
import { dashboardRow, type DashboardDeps } from './dashboard';

/**
 * CHOSEN: an earlier month can need action only when it has wages saved (no wages: nothing is
 * due, no file could have been made from them) and one of these holds:
 *  - PERKESO's month is not paid (month_status neither paid nor receipt filed);
 *  - KWSP's (LHDN's) month is not marked paid while the company follows that body there (it has
 *    the employer number, or a mark or a file of the body exists for the month — the rule of
 *    `followed` in filing-states.ts);
 *  - a file was made for the month and something it may depend on changed since: a change logged
 *    for that month or an earlier month of the same year (PCB counts the year so far), or to the
 *    company's or an employee's records (logged without a month).
 * The months are bounded by the company's own wages (from its first month with wages), never a
 * scan of the calendar. Each candidate is then read as a full row, which decides.
 */
const CANDIDATE_MONTHS_SQL = `
  WITH months AS (
    SELECT DISTINCT company_id, month FROM wages WHERE month < @month
  )
  SELECT m.company_id AS companyId, m.month AS month
    FROM months m
    JOIN companies c ON c.id = m.company_id
    LEFT JOIN month_status s ON s.company_id = m.company_id AND s.month = m.month
   WHERE COALESCE(s.status, '') NOT IN ('paid', 'receipt_filed')
      OR (${bodyUnpaid('kwsp', 'c.epf_employer_number', "('epf', 'epf-csv')")})
      OR (${bodyUnpaid('lhdn', 'c.tax_employer_number', "('pcb')")})
      OR EXISTS (
           SELECT 1 FROM file_runs r
            WHERE r.company_id = m.company_id AND r.month = m.month
              AND EXISTS (
                    SELECT 1 FROM change_log l
                     WHERE l.company_id = m.company_id
                       AND (l.month IS NULL OR l.month BETWEEN substr(m.month, 1, 4) || '-01' AND m.month)
                       AND l.changed_at > r.created_at))
   ORDER BY m.company_id, m.month`;

function bodyUnpaid(body: 'kwsp' | 'lhdn', employerNumber: string, kinds: string): string {
  return `NOT EXISTS (SELECT 1 FROM month_filings f WHERE f.company_id = m.company_id AND f.month = m.month AND f.body = '${body}' AND f.status = 'paid')
      AND (${employerNumber} IS NOT NULL
           OR EXISTS (SELECT 1 FROM month_filings f WHERE f.company_id = m.company_id AND f.month = m.month AND f.body = '${body}')
           OR EXISTS (SELECT 1 FROM file_runs r JOIN file_run_files rf ON rf.run_id = r.id
                       WHERE r.company_id = m.company_id AND r.month = m.month AND rf.kind IN ${kinds}))`;
}

/** An earlier month's row is shown when something about it must be done now. */
export function needsActionNow(row: DashboardRow): boolean {
  return (
    row.overdue ||
    row.filesOutOfDate ||
    row.kwsp.overdue ||
    row.kwsp.stage === 'out_of_date' ||
    row.lhdn.overdue ||
    row.lhdn.stage === 'out_of_date'
  );
}

export function createActionNowQuery(db: Db) {
  const candidates = db.prepare<{ month: string }, { companyId: number; month: string }>(CANDIDATE_MONTHS_SQL);
  return {
    /**
     * Every company's row for `month`, then, company by company, each earlier month that needs
     * action now (oldest first). Rows of one company stay together, the month's row first.
     */
    rows(deps: DashboardDeps, companyIds: readonly number[], month: string, today: string): DashboardRow[] {
      const earlier = new Map<number, string[]>();
      for (const { companyId, month: m } of candidates.all({ month })) {
        const list = earlier.get(companyId) ?? [];
        list.push(m);
        earlier.set(companyId, list);
      }
      return companyIds.flatMap((companyId) => [
        dashboardRow(deps, companyId, month, today),
        ...(earlier.get(companyId) ?? []).map((m) => dashboardRow(deps, companyId, m, today)).filter(needsActionNow),
      ]);
    },
  };
}
