// Form TP3 records (shared/domain/tp3.ts): one per employee and year — the year they joined, and
// only when they could have worked elsewhere earlier in it. Every change is in the change
// history (entity 'tp3').
import type { Db } from '../db/open';
import type { ChangeLog, ChangeSource } from '../change-log';
import { tp3AmountProblem, tp3JoinYearProblem, type ParsedTp3Input, type Tp3Record } from '../../../shared/domain/tp3';
import { createEmployeeRecordTable, validationError } from './owner';

interface Tp3Row {
  id: number;
  company_id: number;
  employee_id: number;
  year: number;
  previous_employer: string | null;
  remuneration: number;
  epf: number;
  pcb: number;
  zakat: number;
  tp1_relief: number;
  updated_at: string;
}

function toRecord(row: Tp3Row): Tp3Record {
  return {
    id: row.id,
    employeeId: row.employee_id,
    year: row.year,
    previousEmployer: row.previous_employer,
    remuneration: row.remuneration,
    epf: row.epf,
    pcb: row.pcb,
    zakat: row.zakat,
    tp1Relief: row.tp1_relief,
    updatedAt: row.updated_at,
  };
}

function view(r: Omit<ParsedTp3Input, 'employeeId'>) {
  return { year: r.year, previousEmployer: r.previousEmployer, remuneration: r.remuneration, epf: r.epf, pcb: r.pcb, zakat: r.zakat, tp1Relief: r.tp1Relief };
}

export function createTp3Service(db: Db, changes: ChangeLog) {
  const records = createEmployeeRecordTable(db, 'tp3_previous', { order: 'year', toRecord, notFoundKey: 'tp3.error.notFound' });
  const { ownerOf, assertCompany } = records;
  const statements = {
    forYear: db.prepare<[number, number], Tp3Row>('SELECT * FROM tp3_previous WHERE company_id = ? AND year = ?'),
    existing: db.prepare<[number, number], Tp3Row>('SELECT * FROM tp3_previous WHERE employee_id = ? AND year = ?'),
    upsert: db.prepare<Record<string, unknown>, Tp3Row>(
      `INSERT INTO tp3_previous (company_id, employee_id, year, previous_employer, remuneration, epf, pcb, zakat, tp1_relief)
       VALUES (@companyId, @employeeId, @year, @previousEmployer, @remuneration, @epf, @pcb, @zakat, @tp1Relief)
       ON CONFLICT (employee_id, year) DO UPDATE SET previous_employer = excluded.previous_employer,
         remuneration = excluded.remuneration, epf = excluded.epf, pcb = excluded.pcb, zakat = excluded.zakat,
         tp1_relief = excluded.tp1_relief, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       RETURNING *`,
    ),
  };

  return {
    list: records.forEmployee,
    /** Every TP3 record of the company (the employee file's TP3 columns). */
    forCompany: records.forCompany,

    /** The company's TP3 records of a year, by employee (PCB's year to date). */
    forYear(companyId: number, year: number): Map<number, Tp3Record> {
      assertCompany(companyId);
      return new Map(statements.forYear.all(companyId, year).map((row) => [row.employee_id, toRecord(row)]));
    },

    /** Sets the employee's TP3 for a year (new, or replacing the one there is); the record has passed tp3InputSchema. */
    save(companyId: number, record: ParsedTp3Input, source: ChangeSource = 'app'): Tp3Record {
      const amounts = tp3AmountProblem(record);
      if (amounts) throw validationError(amounts.key, amounts.field);
      return db
        .transaction(() => {
          const employee = ownerOf(companyId, record.employeeId);
          const year = tp3JoinYearProblem(employee.hireDate, record.year);
          if (year) throw validationError(year.key, year.field, year.params);
          const before = statements.existing.get(record.employeeId, record.year);
          const row = statements.upsert.get({ companyId, ...record })!;
          const target = { companyId, entity: 'tp3' as const, entityId: row.id, employeeId: record.employeeId, month: null };
          changes.record(target, before ? view(toRecord(before)) : null, view(record), source);
          return toRecord(row);
        })
        .immediate();
    },

    remove(companyId: number, id: number, source: ChangeSource = 'app'): { deleted: true } {
      return db
        .transaction(() => {
          const row = records.ofCompany(companyId, id);
          records.remove(id);
          changes.recordDeleted({ companyId, entity: 'tp3', entityId: id, employeeId: row.employee_id, month: null }, view(toRecord(row)), source);
          return { deleted: true as const };
        })
        .immediate();
    },
  };
}

export type Tp3Service = ReturnType<typeof createTp3Service>;
