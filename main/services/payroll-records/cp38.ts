// CP38 instructions (shared/domain/cp38.ts): LHDN's fixed extra deduction for a range of months.
// Every change is in the change history (entity 'cp38').
import type { Db } from '../db/open';
import type { ChangeLog, ChangeSource } from '../change-log';
import { ServiceError } from '../service-error';
import { cp38AppliesIn, cp38EmploymentProblem, cp38RangeProblem, type Cp38Instruction, type ParsedCp38Input } from '../../../shared/domain/cp38';
import { createEmployeeRecordTable, validationError } from './owner';
import { monthLockOf } from '../payroll/lock';
import { groupByEmployee } from './tp1';

interface Cp38Row {
  id: number;
  company_id: number;
  employee_id: number;
  reference: string;
  from_month: string;
  to_month: string;
  amount: number;
  updated_at: string;
}

function toInstruction(row: Cp38Row): Cp38Instruction {
  return { id: row.id, employeeId: row.employee_id, reference: row.reference, fromMonth: row.from_month, toMonth: row.to_month, amount: row.amount, updatedAt: row.updated_at };
}

const view = (i: Pick<Cp38Instruction, 'reference' | 'fromMonth' | 'toMonth' | 'amount'>) => ({ reference: i.reference, fromMonth: i.fromMonth, toMonth: i.toMonth, amount: i.amount });

export interface Cp38ForMonth {
  /** The month's CP38 deduction: the sum of the instructions that apply. */
  totalSen: number;
  instructions: Cp38Instruction[];
}

export function createCp38Service(db: Db, changes: ChangeLog) {
  const records = createEmployeeRecordTable(db, 'cp38_instructions', { order: 'from_month, id', toRecord: toInstruction, notFoundKey: 'cp38.error.notFound' });
  const { ownerOf, assertCompany } = records;
  const statements = {
    forMonth: db.prepare<[number, string, string], Cp38Row>(
      'SELECT * FROM cp38_instructions WHERE company_id = ? AND from_month <= ? AND to_month >= ? ORDER BY employee_id, from_month, id',
    ),
    byReference: db.prepare<[number, string], Cp38Row>('SELECT * FROM cp38_instructions WHERE employee_id = ? AND reference = ?'),
    insert: db.prepare<Record<string, unknown>, Cp38Row>(
      `INSERT INTO cp38_instructions (company_id, employee_id, reference, from_month, to_month, amount)
       VALUES (@companyId, @employeeId, @reference, @fromMonth, @toMonth, @amount) RETURNING *`,
    ),
    update: db.prepare<Record<string, unknown>, Cp38Row>(
      `UPDATE cp38_instructions SET reference = @reference, from_month = @fromMonth, to_month = @toMonth, amount = @amount,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id RETURNING *`,
    ),
  };

  return {
    list: records.forEmployee,
    /** Every CP38 instruction of the company (the employee file's CP38 columns). */
    forCompany: records.forCompany,

    /** What CP38 asks to deduct in the company's month, by employee. */
    forMonth(companyId: number, month: string): Map<number, Cp38ForMonth> {
      assertCompany(companyId);
      const result = new Map<number, Cp38ForMonth>();
      for (const [employeeId, instructions] of groupByEmployee(statements.forMonth.all(companyId, month, month).map(toInstruction))) {
        const applying = instructions.filter((i) => cp38AppliesIn(i, month));
        result.set(employeeId, { totalSen: applying.reduce((sum, i) => sum + i.amount, 0), instructions: applying });
      }
      return result;
    },

    /** Adds an instruction (no id) or changes one (id); it has passed cp38InputSchema. */
    save(companyId: number, instruction: ParsedCp38Input, source: ChangeSource = 'app'): Cp38Instruction {
      const range = cp38RangeProblem(instruction.fromMonth, instruction.toMonth);
      if (range) throw validationError(range.key, range.field, range.params);
      return db
        .transaction(() => {
          const employee = ownerOf(companyId, instruction.employeeId);
          const employment = cp38EmploymentProblem(instruction, employee);
          if (employment) throw validationError(employment.key, employment.field, employment.params);
          const before = instruction.id === undefined ? null : records.ofCompany(companyId, instruction.id);
          if (before && before.employee_id !== instruction.employeeId) throw new ServiceError('NOT_FOUND', 'cp38.error.notFound', {}, 'id');
          const clash = statements.byReference.get(instruction.employeeId, instruction.reference);
          if (clash && clash.id !== before?.id) {
            throw new ServiceError('CONFLICT', 'cp38.error.duplicateReference', { reference: instruction.reference }, 'reference');
          }
          monthLockOf(db).assertRangeUnchanged(companyId, before && { fromMonth: before.from_month, toMonth: before.to_month, amount: before.amount }, instruction);
          const values = { companyId, ...instruction };
          const row = before ? statements.update.get({ ...values, id: before.id })! : statements.insert.get(values)!;
          const target = { companyId, entity: 'cp38' as const, entityId: row.id, employeeId: instruction.employeeId, month: null };
          changes.record(target, before ? view(toInstruction(before)) : null, view(toInstruction(row)), source);
          return toInstruction(row);
        })
        .immediate();
    },

    remove(companyId: number, id: number, source: ChangeSource = 'app'): { deleted: true } {
      return db
        .transaction(() => {
          const row = records.ofCompany(companyId, id);
          monthLockOf(db).assertRangeUnchanged(companyId, { fromMonth: row.from_month, toMonth: row.to_month, amount: row.amount }, null, 'id');
          records.remove(id);
          changes.recordDeleted({ companyId, entity: 'cp38', entityId: id, employeeId: row.employee_id, month: null }, view(toInstruction(row)), source);
          return { deleted: true as const };
        })
        .immediate();
    },
  };
}

export type Cp38Service = ReturnType<typeof createCp38Service>;
