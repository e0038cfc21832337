// Corrections of finalised months (shared/payroll/rules.ts CORRECTIONS_ARE_ARREARS): pay that was
// short in a finalised month, paid in a later open month. The month paid counts it for EPF and
// PCB (compute.ts); the month corrected counts it as SOCSO / EIS / LINDUNG wages
// (contributions.ts, through correctionSums), so that month's arrears statement shows it.
import type { Db } from '../db/open';
import type { ChangeLog, ChangeSource } from '../change-log';
import { ServiceError } from '../service-error';
import type { CompanyService } from '../companies';
import { employedInMonth, toEmployee } from '../employees';
import { compareMonths } from '../../../shared/calendar';
import type { MonthLock } from './lock';
import type { Correction } from '../../../shared/payroll/month';
import { toCorrection, type CorrectionTableRow as Row } from './correction-row';

export interface CorrectionInput {
  employeeId: number;
  /** The finalised month the pay was short in. */
  forMonth: string;
  /** The open month it is paid in (later than forMonth). */
  paidMonth: string;
  amountSen: number;
  reason: string;
}

const view = (c: Correction) => ({ forMonth: c.forMonth, paidMonth: c.paidMonth, amount: c.amountSen, reason: c.reason });

/** The sum of the corrections recorded for each employee's month (the month corrected's extra SOCSO wages). */
export function createCorrectionSums(db: Db): (companyId: number, month: string) => Map<number, number> {
  const statement = db.prepare<[number, string], { employee_id: number; total: number }>(
    'SELECT employee_id, sum(amount) AS total FROM payroll_corrections WHERE company_id = ? AND for_month = ? GROUP BY employee_id',
  );
  return (companyId, month) => new Map(statement.all(companyId, month).map((r) => [r.employee_id, r.total]));
}

export function createCorrections(deps: { db: Db; changes: ChangeLog; lock: MonthLock; companies: CompanyService }) {
  const { db, changes, lock } = deps;
  const statements = {
    employee: db.prepare<[number], Parameters<typeof toEmployee>[0]>('SELECT * FROM employees WHERE id = ?'),
    insert: db.prepare<[number, number, string, string, number, string], Row>(
      'INSERT INTO payroll_corrections (company_id, employee_id, for_month, paid_month, amount, reason) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
    ),
    one: db.prepare<[number], Row>('SELECT * FROM payroll_corrections WHERE id = ?'),
    remove: db.prepare<[number]>('DELETE FROM payroll_corrections WHERE id = ?'),
    forMonth: db.prepare<[number, string, string], Row>(
      'SELECT * FROM payroll_corrections WHERE company_id = ? AND (for_month = ? OR paid_month = ?) ORDER BY paid_month, employee_id, id',
    ),
  };

  return {
    /** Records a correction; the month paid must be open, the month corrected finalised. */
    add(companyId: number, input: CorrectionInput, source: ChangeSource): Correction {
      return db
        .transaction((): Correction => {
          deps.companies.get(companyId);
          const row = statements.employee.get(input.employeeId);
          // Another company's employee is "not found" here, like everywhere else.
          if (!row || row.company_id !== companyId) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
          const employee = toEmployee(row);
          if (compareMonths(input.paidMonth, input.forMonth) <= 0) {
            throw new ServiceError('VALIDATION', 'payroll.error.correctionPaidBefore', { forMonth: input.forMonth, paidMonth: input.paidMonth }, 'paidMonth');
          }
          if (!lock.finalisedAt(companyId, input.forMonth)) {
            throw new ServiceError('VALIDATION', 'payroll.error.correctionMonthOpen', { month: input.forMonth }, 'forMonth');
          }
          if (!employedInMonth(employee, input.forMonth)) {
            throw new ServiceError('VALIDATION', 'payroll.error.correctionNotEmployed', { name: employee.name, month: input.forMonth }, 'forMonth');
          }
          lock.assertOpen(companyId, input.paidMonth, 'paidMonth');
          const created = toCorrection(statements.insert.get(companyId, input.employeeId, input.forMonth, input.paidMonth, input.amountSen, input.reason)!);
          changes.record({ companyId, entity: 'pay_run', entityId: created.id, employeeId: created.employeeId, month: created.paidMonth }, null, { correction: view(created) }, source);
          return created;
        })
        .immediate();
    },

    /** Removes a correction not yet paid (its month paid is still open). */
    remove(companyId: number, id: number, source: ChangeSource): { deleted: true } {
      return db
        .transaction(() => {
          deps.companies.get(companyId);
          const row = statements.one.get(id);
          if (!row || row.company_id !== companyId) throw new ServiceError('NOT_FOUND', 'payroll.error.correctionNotFound', {}, 'id');
          const correction = toCorrection(row);
          lock.assertOpen(companyId, correction.paidMonth, 'id');
          statements.remove.run(id);
          changes.recordDeleted({ companyId, entity: 'pay_run', entityId: id, employeeId: correction.employeeId, month: correction.paidMonth }, { correction: view(correction) }, source);
          return { deleted: true as const };
        })
        .immediate();
    },

    /** Corrections for the month (paid later) and paid in it. */
    list(companyId: number, month: string): Correction[] {
      deps.companies.get(companyId);
      return statements.forMonth.all(companyId, month, month).map(toCorrection);
    },
  };
}
