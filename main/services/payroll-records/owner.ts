// The check every payroll record makes first: the company exists, and the employee named is one
// of its own. A caller (a screen, the CLI, a crafted IPC message) naming another company's
// employee is refused before anything is read or written; the database's composite foreign keys
// refuse it too.
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import { createCompanyCheck } from '../companies';
import { toEmployee } from '../employees';
import type { Employee } from '../../../shared/domain/employee';

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

/** A zod problem or a domain problem as the VALIDATION error the router reports. */
export function validationError(key: string, field: string, params: Record<string, string | number> = {}): ServiceError {
  return new ServiceError('VALIDATION', key as never, params, field);
}
