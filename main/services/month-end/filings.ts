// Where a company's month stands with KWSP and LHDN as the user marks it (uploaded in i-Akaun or
// e-PCB Plus, then paid): month_filings. PERKESO's month stays in month_status, which its
// receipts move on by themselves; KWSP and LHDN have no portal inside the app to tell.
import type { Db } from '../db/open';
import { FILING_BODIES, type FilingBody, type FilingMark } from '../../../shared/domain/month-end';

export function createFilingStore(db: Db) {
  const statements = {
    forMonth: db.prepare<[number, string], { body: FilingBody; status: FilingMark }>('SELECT body, status FROM month_filings WHERE company_id = ? AND month = ?'),
    upsert: db.prepare<[number, string, FilingBody, FilingMark]>(
      `INSERT INTO month_filings (company_id, month, body, status) VALUES (?, ?, ?, ?)
       ON CONFLICT (company_id, month, body) DO UPDATE SET status = excluded.status, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ),
    remove: db.prepare<[number, string, FilingBody]>('DELETE FROM month_filings WHERE company_id = ? AND month = ? AND body = ?'),
    wagesInYear: db.prepare<[number, string, string], { found: number }>('SELECT 1 AS found FROM wages WHERE company_id = ? AND month BETWEEN ? AND ? LIMIT 1'),
  };
  return {
    /** Each body's mark for the month (a body without one is not in the map). */
    forMonth(companyId: number, month: string): Map<FilingBody, FilingMark> {
      return new Map(statements.forMonth.all(companyId, month).map((r) => [r.body, r.status]));
    },
    /** Marks a body's month submitted or paid; null takes the mark away. */
    set(companyId: number, month: string, body: FilingBody, mark: FilingMark | null): void {
      if (!(FILING_BODIES as readonly string[]).includes(body)) throw new RangeError(`not a filing body: ${body}`);
      if (mark === null) statements.remove.run(companyId, month, body);
      else statements.upsert.run(companyId, month, body, mark);
    },
    /** Whether any wages of the year were saved (the year's Forms EA and Form E are then due). */
    hasWagesInYear(companyId: number, year: number): boolean {
      return statements.wagesInYear.get(companyId, `${year}-01`, `${year}-12`) !== undefined;
    },
  };
}

export type FilingStore = ReturnType<typeof createFilingStore>;
