import type { Db } from './db/open';
import { ServiceError } from './service-error';
import type { ChangeLog, ChangeSource } from './change-log';
import { createCompanyCheck } from './companies';
import { employedInMonth, toEmployee } from './employees';
import { PAY_ITEM_NAMES, type PayItemName } from '../../shared/statutory/pay-items';
import { addMonths } from '../../shared/calendar';
import { zeroPayItems, type PayItemAmounts, type WageEntry, type WageEvent } from '../../shared/domain/wages';
import type { Employee } from '../../shared/domain/employee';

type WageRow = { employee_id: number; month: string; event: WageEvent | null; notes: string | null; updated_at: string } & Record<
  PayItemName,
  number
>;

function toEntry(row: WageRow): WageEntry {
  const items = zeroPayItems();
  for (const name of PAY_ITEM_NAMES) items[name] = row[name];
  return { employeeId: row.employee_id, month: row.month, items, event: row.event, notes: row.notes, updatedAt: row.updated_at };
}

/** What a caller writes for one employee-month; items already in sen. */
export interface WageWrite {
  employeeId: number;
  items: Partial<PayItemAmounts>;
  event?: WageEvent | null;
  notes?: string | null;
}

function historyView(items: PayItemAmounts, event: WageEvent | null, notes: string | null): Record<string, unknown> {
  return { ...items, event, notes };
}

export function createWageService(db: Db, changes: ChangeLog) {
  const itemColumns = PAY_ITEM_NAMES.join(', ');
  const statements = {
    forMonth: db.prepare<[number, string], WageRow>('SELECT * FROM wages WHERE company_id = ? AND month = ?'),
    one: db.prepare<[number, string], WageRow>('SELECT * FROM wages WHERE employee_id = ? AND month = ?'),
    upsert: db.prepare(
      `INSERT INTO wages (company_id, employee_id, month, ${itemColumns}, event, notes)
       VALUES (@companyId, @employeeId, @month, ${PAY_ITEM_NAMES.map((n) => `@${n}`).join(', ')}, @event, @notes)
       ON CONFLICT (employee_id, month) DO UPDATE SET
         ${PAY_ITEM_NAMES.map((n) => `${n} = excluded.${n}`).join(', ')},
         event = excluded.event, notes = excluded.notes,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ),
    employees: db.prepare('SELECT * FROM employees WHERE company_id = ? ORDER BY name COLLATE NOCASE, id'),
    employeeCompany: db.prepare<[number], { company_id: number }>('SELECT company_id FROM employees WHERE id = ?'),
  };
  const assertCompany = createCompanyCheck(db);

  function entriesFor(companyId: number, month: string): Map<number, WageEntry> {
    return new Map(statements.forMonth.all(companyId, month).map((row) => [row.employee_id, toEntry(row)]));
  }

  /**
   * Writes many employee-months in one transaction: all of them or none. Each change is recorded
   * in the history; an entry identical to what is stored changes nothing.
   */
  function write(companyId: number, month: string, writes: readonly WageWrite[], source: ChangeSource): { changed: number } {
    assertCompany(companyId);
    return db.transaction(() => {
      let changed = 0;
      for (const w of writes) {
        const owner = statements.employeeCompany.get(w.employeeId);
        if (!owner) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
        // The guard that keeps two companies' data apart, whatever the caller sent.
        if (owner.company_id !== companyId) throw new ServiceError('FORBIDDEN', 'wages.error.otherCompany', {}, 'employeeId');
        const existingRow = statements.one.get(w.employeeId, month);
        const before = existingRow ? toEntry(existingRow) : null;
        const items = { ...zeroPayItems(), ...w.items };
        const event = w.event === undefined ? (before?.event ?? null) : w.event;
        const notes = w.notes === undefined ? (before?.notes ?? null) : w.notes;
        const target = { companyId, entity: 'wages' as const, entityId: w.employeeId, employeeId: w.employeeId, month };
        const written = changes.record(
          target,
          before ? historyView(before.items, before.event, before.notes) : null,
          historyView(items, event, notes),
          source,
        );
        if (before && written === 0) continue;
        statements.upsert.run({ companyId, employeeId: w.employeeId, month, ...items, event, notes });
        changed += 1;
      }
      return { changed };
    })();
  }

  return {
    entriesFor,
    write,
    /** Employees on the payroll during the month, with their entry (null if nothing entered yet). */
    sheet(companyId: number, month: string): { employee: Employee; entry: WageEntry | null }[] {
      assertCompany(companyId);
      const entries = entriesFor(companyId, month);
      return (statements.employees.all(companyId) as Parameters<typeof toEmployee>[0][])
        .map(toEmployee)
        .filter((e) => employedInMonth(e, month) || entries.has(e.id))
        .map((employee) => ({ employee, entry: entries.get(employee.id) ?? null }));
    },
    /**
     * Copies last month's pay items to this month for everyone employed in it who has no entry
     * yet (or everyone, when overwrite is set). Events are not copied: they belong to one month.
     */
    copyPreviousMonth(companyId: number, month: string, overwrite = false): { copied: number; skipped: number } {
      assertCompany(companyId);
      const previous = entriesFor(companyId, addMonths(month, -1));
      const current = entriesFor(companyId, month);
      const writes: WageWrite[] = [];
      let skipped = 0;
      for (const row of statements.employees.all(companyId) as Parameters<typeof toEmployee>[0][]) {
        const employee = toEmployee(row);
        const source = previous.get(employee.id);
        if (!source || !employedInMonth(employee, month)) continue;
        if (current.has(employee.id) && !overwrite) {
          skipped += 1;
          continue;
        }
        writes.push({ employeeId: employee.id, items: source.items, event: null, notes: null });
      }
      write(companyId, month, writes, 'copy');
      return { copied: writes.length, skipped };
    },
    history(companyId: number, month: string) {
      assertCompany(companyId);
      return changes.forMonth(companyId, month);
    },
  };
}

export type WageService = ReturnType<typeof createWageService>;
