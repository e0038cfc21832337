import type { Db } from './db/open';

import type { ChangeEntity, ChangeEntry, ChangeSource } from '../../shared/domain/history';

export type { ChangeEntity, ChangeEntry, ChangeSource };

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A 'created' entry's values: an empty field is left out (a third of an employee's are). */
function withoutNulls(values: Record<string, unknown>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const field in values) if (values[field] !== null && values[field] !== undefined) set[field] = values[field];
  return set;
}

/**
 * Records what changed, field by field, inside the caller's transaction: a change and its record
 * are written together or not at all.
 */
export function createChangeLog(db: Db) {
  const insert = db.prepare(
    `INSERT INTO change_log (company_id, entity, entity_id, employee_id, month, field, old_value, new_value, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  type Target = { companyId: number; entity: ChangeEntity; entityId: number; employeeId: number | null; month: string | null };
  // Bound by position: an import writes one entry per row, and named binding costs more than the insert.
  const write = (target: Target, field: string, oldValue: string | null, newValue: string | null, source: ChangeSource) =>
    insert.run(target.companyId, target.entity, target.entityId, target.employeeId, target.month, field, oldValue, newValue, source);
  const byEmployee = db.prepare(
    `SELECT id, entity, entity_id AS entityId, employee_id AS employeeId, month, field, old_value AS oldValue,
            new_value AS newValue, source, changed_at AS changedAt
       FROM change_log WHERE employee_id = ? AND company_id = ? ORDER BY id DESC LIMIT ?`,
  );
  const byMonth = db.prepare(
    `SELECT id, entity, entity_id AS entityId, employee_id AS employeeId, month, field, old_value AS oldValue,
            new_value AS newValue, source, changed_at AS changedAt
       FROM change_log WHERE company_id = ? AND month = ? ORDER BY id DESC LIMIT ?`,
  );

  return {
    /**
     * Writes one entry per field whose value differs between before and after. A new record
     * (before null) is one 'created' entry holding its values, which keeps big imports fast; a
     * field it does not name was empty (null).
     */
    record(
      target: Target,
      before: Record<string, unknown> | null,
      after: Record<string, unknown>,
      source: ChangeSource,
    ): number {
      if (!before) {
        write(target, 'created', null, JSON.stringify(withoutNulls(after)), source);
        return 1;
      }
      let written = 0;
      for (const [field, value] of Object.entries(after)) {
        const oldValue = asText(before[field]);
        const newValue = asText(value);
        if (oldValue === newValue) continue;
        write(target, field, oldValue, newValue, source);
        written += 1;
      }
      return written;
    },
    /**
     * Records that a record was deleted: one 'deleted' entry holding all its last values, so the
     * history keeps what was there.
     */
    recordDeleted(
      target: Target,
      before: Record<string, unknown>,
      source: ChangeSource,
    ): void {
      write(target, 'deleted', JSON.stringify(before), null, source);
    },
    /**
     * An employee's history, within their company: a row id SQLite gave again after a sample
     * company was removed never shows another company's entries.
     */
    forEmployee(employeeId: number, companyId: number, limit = 500): ChangeEntry[] {
      return byEmployee.all(employeeId, companyId, limit) as ChangeEntry[];
    },
    forMonth(companyId: number, month: string, limit = 2000): ChangeEntry[] {
      return byMonth.all(companyId, month, limit) as ChangeEntry[];
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;
