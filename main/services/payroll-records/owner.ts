// The check every payroll record makes first: the company exists, and the employee named is one
// of its own. A caller (a screen, the CLI, a crafted IPC message) naming another company's
// employee is refused before anything is read or written; the database's composite foreign keys
// refuse it too.
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import { createCompanyCheck } from '../companies';
import { toEmployee } from '../employees';
import type { Employee } from '../../../shared/domain/employee';
import type { MessageKey } from '../../../shared/i18n/catalog';

export function createEmployeeOwnerCheck(db: Db): (companyId: number, employeeId: number) => Employee {
  const assertCompany = createCompanyCheck(db);
  const byId = db.prepare<[number], Parameters<typeof toEmployee>[0]>('SELECT * FROM employees WHERE id = ?');
  return (companyId, employeeId) => {
    assertCompany(companyId);
    const row = byId.get(employeeId);
    if (!row) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
    if (row.company_id !== companyId) throw new ServiceError('FORBIDDEN', 'wages.error.otherCompany', {}, 'employeeId');
    return toEmployee(row);
  };
}

/**
 * What every table of employee records (tp1_claims, tp3_previous, cp38_instructions) does the
 * same way, behind the owner check: one employee's records, every record of the company, and one
 * record by id for a change or a removal — where another company's record is "not found" (its
 * existence is none of this caller's business). `order` sorts one employee's records.
 */
export function createEmployeeRecordTable<Row extends { company_id: number }, Item>(
  db: Db,
  table: string,
  { order, toRecord, notFoundKey }: { order: string; toRecord: (row: Row) => Item; notFoundKey: MessageKey },
) {
  const ownerOf = createEmployeeOwnerCheck(db);
  const assertCompany = createCompanyCheck(db);
  const statements = {
    forEmployee: db.prepare<[number, number], Row>(`SELECT * FROM ${table} WHERE employee_id = ? AND company_id = ? ORDER BY ${order}`),
    forCompany: db.prepare<[number], Row>(`SELECT * FROM ${table} WHERE company_id = ? ORDER BY employee_id, ${order}`),
    one: db.prepare<[number], Row>(`SELECT * FROM ${table} WHERE id = ?`),
    remove: db.prepare<[number]>(`DELETE FROM ${table} WHERE id = ?`),
  };
  return {
    ownerOf,
    assertCompany,
    forEmployee(companyId: number, employeeId: number): Item[] {
      ownerOf(companyId, employeeId);
      return statements.forEmployee.all(employeeId, companyId).map(toRecord);
    },
    forCompany(companyId: number): Item[] {
      assertCompany(companyId);
      return statements.forCompany.all(companyId).map(toRecord);
    },
    /** The stored row, for a change or a removal. */
    ofCompany(companyId: number, id: number): Row {
      assertCompany(companyId);
      const row = statements.one.get(id);
      if (!row || row.company_id !== companyId) throw new ServiceError('NOT_FOUND', notFoundKey, {}, 'id');
      return row;
    },
    /** Deletes a record found with ofCompany (inside the caller's transaction). */
    remove(id: number): void {
      statements.remove.run(id);
    },
  };
}

/** A zod problem or a domain problem as the VALIDATION error the router reports. */
export function validationError(key: string, field: string, params: Record<string, string | number> = {}): ServiceError {
  return new ServiceError('VALIDATION', key as never, params, field);
}
