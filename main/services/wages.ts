import type { Db } from './db/open';
import { ServiceError } from './service-error';
import type { ChangeLog, ChangeSource } from './change-log';
import { createCompanyCheck } from './companies';
import { monthLockOf } from './payroll/lock';
import { employedInMonth, toEmployee } from './employees';
import { PAY_ITEM_NAMES, type PayItemName } from '../../shared/pay/pay-items';
import {
  DEDUCTION_NAMES,
  OVERTIME_KINDS,
  OVERTIME_MINUTE_COLUMNS,
  RECURRING_DEDUCTIONS,
  zeroDeductions,
  type DeductionAmounts,
  type DeductionName,
  type OvertimeMinutesByKind,
} from '../../shared/pay/deductions';
import { addMonths, daysInMonthOf } from '../../shared/calendar';
import {
  wageEntryProblem,
  zeroPayItems,
  type PayItemAmounts,
  type WageEntry,
  type WageEvent,
  type WagePayRunFields,
  type WagesWritten,
} from '../../shared/domain/wages';
import type { Employee } from '../../shared/domain/employee';

type WageRow = {
  employee_id: number;
  month: string;
  event: WageEvent | null;
  notes: string | null;
  updated_at: string;
  unpaid_leave_days: number;
  other_deduction_note: string | null;
  overtime_minutes_normal: number;
  overtime_minutes_rest_day: number;
  overtime_minutes_public_holiday: number;
} & Record<PayItemName, number> &
  Record<DeductionName, number>;

function toEntry(row: WageRow): WageEntry {
  const items = zeroPayItems();
  for (const name of PAY_ITEM_NAMES) items[name] = row[name];
  const deductions = zeroDeductions();
  for (const name of DEDUCTION_NAMES) deductions[name] = row[name];
  return {
    employeeId: row.employee_id,
    month: row.month,
    items,
    deductions,
    unpaidLeaveDays: row.unpaid_leave_days,
    otherDeductionNote: row.other_deduction_note,
    overtimeMinutes: {
      normal: row.overtime_minutes_normal,
      restDay: row.overtime_minutes_rest_day,
      publicHoliday: row.overtime_minutes_public_holiday,
    },
    event: row.event,
    notes: row.notes,
    updatedAt: row.updated_at,
  };
}

/**
 * What a caller writes for one employee-month; amounts already in sen. Pay items left out are
 * zero (the item list is the whole month's pay); the other fields left out keep what is stored.
 */
export interface WageWrite {
  employeeId: number;
  items: Partial<PayItemAmounts>;
  event?: WageEvent | null;
  notes?: string | null;
  deductions?: Partial<Record<DeductionName, number | undefined>>;
  unpaidLeaveDays?: number;
  otherDeductionNote?: string | null;
  overtimeMinutes?: Partial<Record<keyof OvertimeMinutesByKind, number | undefined>>;
  /** The version the writer loaded (WageEntry.updatedAt, null: nothing stored); left out: no check. */
  expectedVersion?: string | null;
}

/** The month's values by column name, as the change history records them. */
function historyView(items: PayItemAmounts, event: WageEvent | null, notes: string | null, payRun: WagePayRunFields): Record<string, unknown> {
  // Built field by field, always in the same order (a save of 2,000 rows builds 4,000 of these):
  // spreading the items and deductions into it made V8 give every view a slow dictionary shape.
  const view: Record<string, unknown> = {};
  for (const name of PAY_ITEM_NAMES) view[name] = items[name];
  for (const name of DEDUCTION_NAMES) view[name] = payRun.deductions[name];
  view.unpaid_leave_days = payRun.unpaidLeaveDays;
  view.other_deduction_note = payRun.otherDeductionNote;
  for (const kind of OVERTIME_KINDS) view[OVERTIME_MINUTE_COLUMNS[kind]] = payRun.overtimeMinutes[kind];
  view.event = event;
  view.notes = notes;
  return view;
}

/**
 * A new entry's history: the columns it fills. Every wage column is an amount (never null) or a
 * text, so one left out was 0 or empty; a month of 2 amounts among 30 is logged as those 2.
 */
function filledOnly(view: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const column in view) if (view[column] !== 0 && view[column] !== null) filled[column] = view[column];
  return filled;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The pay-run fields after a write: what was given over what is stored (or nothing). */
function mergedPayRun(before: WageEntry | null, w: WageWrite): WagePayRunFields {
  const deductions: DeductionAmounts = { ...(before?.deductions ?? zeroDeductions()), ...definedOnly(w.deductions) };
  const otherDeductionNote = w.otherDeductionNote === undefined ? (before?.otherDeductionNote ?? null) : w.otherDeductionNote;
  return {
    deductions,
    unpaidLeaveDays: w.unpaidLeaveDays ?? before?.unpaidLeaveDays ?? 0,
    // A note without an amount would print an empty line on the payslip.
    otherDeductionNote: deductions.other_deduction > 0 ? otherDeductionNote : null,
    overtimeMinutes: { normal: 0, restDay: 0, publicHoliday: 0, ...before?.overtimeMinutes, ...definedOnly(w.overtimeMinutes) },
  };
}

interface EmployeeOwner {
  company_id: number;
  name: string;
}

/** Up to this many rows, a wage write reads what is stored row by row (storedReader). */
const POINT_READS_UP_TO = 16;

const COLUMNS = [
  ...PAY_ITEM_NAMES,
  ...DEDUCTION_NAMES,
  'unpaid_leave_days',
  'other_deduction_note',
  ...OVERTIME_KINDS.map((k) => OVERTIME_MINUTE_COLUMNS[k]),
  'event',
  'notes',
];

export function createWageService(db: Db, changes: ChangeLog) {
  const statements = {
    forMonth: db.prepare<[number, string], WageRow>('SELECT * FROM wages WHERE company_id = ? AND month = ?'),
    one: db.prepare<[number, string], WageRow>('SELECT * FROM wages WHERE employee_id = ? AND month = ?'),
    upsert: db.prepare(
      `INSERT INTO wages (company_id, employee_id, month, ${COLUMNS.join(', ')})
       VALUES (?, ?, ?, ${COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (employee_id, month) DO UPDATE SET
         ${COLUMNS.map((n) => `${n} = excluded.${n}`).join(', ')},
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       RETURNING updated_at`,
    ),
    employees: db.prepare('SELECT * FROM employees WHERE company_id = ? ORDER BY name COLLATE NOCASE, id'),
    employeeCompany: db.prepare<[number], EmployeeOwner>('SELECT company_id, name FROM employees WHERE id = ?'),
    companyEmployees: db.prepare<[number], EmployeeOwner & { id: number }>('SELECT id, company_id, name FROM employees WHERE company_id = ?'),
    // By the employees' company (not wages.company_id): exactly the rows the upsert would meet.
    companyMonth: db.prepare<[string, number], WageRow>(
      'SELECT w.* FROM employees e JOIN wages w ON w.employee_id = e.id AND w.month = ? WHERE e.company_id = ?',
    ),
  };
  const assertCompany = createCompanyCheck(db);
  const lock = monthLockOf(db);

  /**
   * What a write reads before each row: the employee's company and name, and what is stored for
   * the month. A few rows are read one by one; many (an import, a grid save) with one read of the
   * company's employees and one of its month, instead of two point reads per row. An employee named
   * twice in one write is read one by one, so the second sees the first's write.
   */
  function storedReader(companyId: number, month: string, writes: readonly WageWrite[]) {
    const point = {
      owner: (employeeId: number) => statements.employeeCompany.get(employeeId),
      row: (employeeId: number) => statements.one.get(employeeId, month),
    };
    if (writes.length <= POINT_READS_UP_TO || new Set(writes.map((w) => w.employeeId)).size !== writes.length) return point;
    const owners = new Map(statements.companyEmployees.all(companyId).map((e) => [e.id, e]));
    const rows = new Map(statements.companyMonth.all(month, companyId).map((row) => [row.employee_id, row]));
    return {
      // Someone else's employee (or none) is not in the map: read to say which.
      owner: (employeeId: number) => owners.get(employeeId) ?? point.owner(employeeId),
      row: (employeeId: number) => rows.get(employeeId),
    };
  }

  function entriesFor(companyId: number, month: string): Map<number, WageEntry> {
    return new Map(statements.forMonth.all(companyId, month).map((row) => [row.employee_id, toEntry(row)]));
  }

  /**
   * Writes many employee-months in one transaction: all of them or none. Each change is recorded
   * in the history; an entry identical to what is stored changes nothing.
   */
  function write(companyId: number, month: string, writes: readonly WageWrite[], source: ChangeSource): WagesWritten {
    assertCompany(companyId);
    return db.transaction(() => {
      // Every wage write (grid, import, copy last month) passes here: a finalised month was paid.
      // Checked inside the transaction, so a finalise by another process cannot slip in between.
      lock.assertOpen(companyId, month);
      const versions: WagesWritten['versions'] = [];
      const read = storedReader(companyId, month, writes);
      const daysInMonth = daysInMonthOf(month);
      writes.forEach((w, index) => {
        const owner = read.owner(w.employeeId);
        if (!owner) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'employeeId');
        // The guard that keeps two companies' data apart, whatever the caller sent.
        if (owner.company_id !== companyId) throw new ServiceError('FORBIDDEN', 'wages.error.otherCompany', {}, 'employeeId');
        const existingRow = read.row(w.employeeId);
        // Read inside the write transaction, so nothing can change the row between this check and
        // the write: a row changed since the screen loaded it is refused, never overwritten.
        if (w.expectedVersion !== undefined && w.expectedVersion !== (existingRow?.updated_at ?? null)) {
          throw new ServiceError('CONFLICT', 'wages.error.changedSinceOpened', { name: owner.name }, `entries.${index}`);
        }
        const before = existingRow ? toEntry(existingRow) : null;
        const items = { ...zeroPayItems(), ...w.items };
        const payRun = mergedPayRun(before, w);
        // The schema allows up to 31 days; a 30-day month (or February) has fewer, as the screen
        // and the wage file already say.
        if (payRun.unpaidLeaveDays > daysInMonth) {
          throw new ServiceError('VALIDATION', 'payHours.import.days', { days: daysInMonth, value: String(payRun.unpaidLeaveDays) }, `entries.${index}.unpaidLeaveDays`);
        }
        const problem = wageEntryProblem(items, payRun);
        if (problem) throw new ServiceError('VALIDATION', problem.key, {}, `entries.${index}.${problem.field}`);
        const event = w.event === undefined ? (before?.event ?? null) : w.event;
        const notes = w.notes === undefined ? (before?.notes ?? null) : w.notes;
        const target = { companyId, entity: 'wages' as const, entityId: w.employeeId, employeeId: w.employeeId, month };
        const after = historyView(items, event, notes, payRun);
        const written = before
          ? changes.record(target, historyView(before.items, before.event, before.notes, before), after, source)
          : changes.record(target, null, filledOnly(after), source);
        if (before && written === 0) return;
        // Bound by position (COLUMNS' order): naming 30 parameters per row costs more than the insert.
        const values: unknown[] = [companyId, w.employeeId, month];
        for (const column of COLUMNS) values.push(after[column]);
        const stored = statements.upsert.get(values) as { updated_at: string };
        versions.push({ employeeId: w.employeeId, version: stored.updated_at });
      });
      return { changed: versions.length, versions };
    })();
  }

  return {
    entriesFor,
    write,
    /** Refuses when the month is finalised (for a caller that wants to say so before any work, like an import's dry run). */
    assertOpen: (companyId: number, month: string) => lock.assertOpen(companyId, month),
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
     * yet (or everyone, when overwrite is set). Events, notes, overtime hours and the one-month
     * deductions are not copied: they belong to one month. The recurring deductions (a loan
     * repayment, a monthly zakat: shared/pay/deductions.ts) are.
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
        const deductions = { ...zeroDeductions(), ...Object.fromEntries(RECURRING_DEDUCTIONS.map((d) => [d, source.deductions[d]])) };
        writes.push({
          employeeId: employee.id,
          items: source.items,
          event: null,
          notes: null,
          deductions,
          unpaidLeaveDays: 0,
          otherDeductionNote: null,
          overtimeMinutes: { normal: 0, restDay: 0, publicHoliday: 0 },
        });
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
