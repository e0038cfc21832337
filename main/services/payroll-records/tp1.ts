// TP1 claims (shared/domain/tp1.ts): per employee and month, one amount per item of the 2026
// form, each checked against the item's yearly limit with the rest of the year's claims. Every
// change is in the change history (entity 'tp1').
import type { Db } from '../db/open';
import type { ChangeLog, ChangeSource } from '../change-log';
import { employedInMonth } from '../employees';
import { tp1LimitProblem, type ParsedTp1Claim, type Tp1Claim } from '../../../shared/domain/tp1';
import { yearOfMonth } from '../../../shared/calendar';
import { createEmployeeRecordTable, validationError } from './owner';
import { monthLockOf } from '../payroll/lock';

interface Tp1Row {
  id: number;
  company_id: number;
  employee_id: number;
  month: string;
  item: string;
  amount: number;
  updated_at: string;
}

function toClaim(row: Tp1Row): Tp1Claim {
  return { id: row.id, employeeId: row.employee_id, month: row.month, item: row.item, amount: row.amount, updatedAt: row.updated_at };
}

const view = (c: Pick<Tp1Claim, 'item' | 'amount'>) => ({ item: c.item, amount: c.amount });

export function createTp1Service(db: Db, changes: ChangeLog) {
  const records = createEmployeeRecordTable(db, 'tp1_claims', { order: 'month, item, id', toRecord: toClaim, notFoundKey: 'tp1.error.notFound' });
  const { ownerOf, assertCompany } = records;
  const statements = {
    forMonth: db.prepare<[number, string], Tp1Row>('SELECT * FROM tp1_claims WHERE company_id = ? AND month = ? ORDER BY employee_id, item'),
    forYear: db.prepare<[number, string, string], Tp1Row>('SELECT * FROM tp1_claims WHERE company_id = ? AND month BETWEEN ? AND ? ORDER BY employee_id, month, item'),
    existing: db.prepare<[number, string, string], Tp1Row>('SELECT * FROM tp1_claims WHERE employee_id = ? AND month = ? AND item = ?'),
    claimedInYear: db.prepare<[number, string, string, string, string], { total: number | null }>(
      'SELECT sum(amount) AS total FROM tp1_claims WHERE employee_id = ? AND item = ? AND month BETWEEN ? AND ? AND month <> ?',
    ),
    insert: db.prepare<[number, number, string, string, number], Tp1Row>(
      'INSERT INTO tp1_claims (company_id, employee_id, month, item, amount) VALUES (?, ?, ?, ?, ?) RETURNING *',
    ),
    update: db.prepare<[number, number], Tp1Row>(
      "UPDATE tp1_claims SET amount = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING *",
    ),
  };

  return {
    /** An employee's claims (of one year, when given), by month and item. */
    list(companyId: number, employeeId: number, year?: number): Tp1Claim[] {
      const all = records.forEmployee(companyId, employeeId);
      return year === undefined ? all : all.filter((c) => yearOfMonth(c.month) === year);
    },

    /** Every claim of the company's month, by employee: the month's LP1. */
    forMonth(companyId: number, month: string): Map<number, Tp1Claim[]> {
      assertCompany(companyId);
      return groupByEmployee(statements.forMonth.all(companyId, month).map(toClaim));
    },

    /** Every claim of the company's year, by employee, in month order (ΣLP from the months before one). */
    forYear(companyId: number, year: number): Map<number, Tp1Claim[]> {
      assertCompany(companyId);
      return groupByEmployee(statements.forYear.all(companyId, `${year}-01`, `${year}-12`).map(toClaim));
    },

    /**
     * Sets the employee's claim for an item in a month (a new one, or a new amount for the one
     * there is), within the item's yearly limit. The claim has passed tp1ClaimInputSchema (the
     * router checks every channel's input).
     */
    save(companyId: number, claim: ParsedTp1Claim, source: ChangeSource = 'app'): Tp1Claim {
      return db
        .transaction(() => {
          const employee = ownerOf(companyId, claim.employeeId);
          monthLockOf(db).assertOpen(companyId, claim.month); // TP1 of a finalised month is part of its PCB
          if (!employedInMonth(employee, claim.month)) throw validationError('tp1.error.notEmployed', 'month', { month: claim.month });
          const year = yearOfMonth(claim.month);
          const elsewhere = statements.claimedInYear.get(claim.employeeId, claim.item, `${year}-01`, `${year}-12`, claim.month)?.total ?? 0;
          const over = tp1LimitProblem(claim.item, claim.amount, elsewhere);
          if (over) throw validationError(over.key, 'amount', over.params);
          const existingRow = statements.existing.get(claim.employeeId, claim.month, claim.item);
          const target = (id: number) => ({ companyId, entity: 'tp1' as const, entityId: id, employeeId: claim.employeeId, month: claim.month });
          if (existingRow) {
            if (existingRow.amount === claim.amount) return toClaim(existingRow);
            const row = statements.update.get(claim.amount, existingRow.id)!;
            changes.record(target(row.id), view(toClaim(existingRow)), view(toClaim(row)), source);
            return toClaim(row);
          }
          const row = statements.insert.get(companyId, claim.employeeId, claim.month, claim.item, claim.amount)!;
          changes.record(target(row.id), null, view(toClaim(row)), source);
          return toClaim(row);
        })
        .immediate();
    },

    remove(companyId: number, id: number, source: ChangeSource = 'app'): { deleted: true } {
      return db
        .transaction(() => {
          const claim = toClaim(records.ofCompany(companyId, id));
          monthLockOf(db).assertOpen(companyId, claim.month, 'id');
          records.remove(id);
          changes.recordDeleted({ companyId, entity: 'tp1', entityId: id, employeeId: claim.employeeId, month: claim.month }, view(claim), source);
          return { deleted: true as const };
        })
        .immediate();
    },
  };
}

function groupByEmployee<T extends { employeeId: number }>(rows: T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.employeeId);
    if (list) list.push(row);
    else grouped.set(row.employeeId, [row]);
  }
  return grouped;
}

export { groupByEmployee };
export type Tp1Service = ReturnType<typeof createTp1Service>;
