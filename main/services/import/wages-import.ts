// Wage import for one company and month: rows name employees by ID number and give pay items in
// ringgit. Validated whole before anything is written; merged with what is stored and written
// inside one write transaction (commit.ts).
import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import type { WageService, WageWrite } from '../wages';
import type { RefusedRow } from '../../../shared/domain/wages';
import { HOURS_AND_DAYS_COLUMNS, WAGE_COLUMNS, type HoursColumn } from '../../../shared/domain/import-columns';
import { PAY_ITEM_NAMES, type PayItemName } from '../../../shared/pay/pay-items';
import { WAGE_EVENTS, wageEntryProblem, type WageEvent } from '../../../shared/domain/wages';
import { DEDUCTION_NAMES, OTHER_DEDUCTION_NOTE_MAX, zeroDeductions, type DeductionName, type OvertimeKind } from '../../../shared/pay/deductions';
import { parseHours } from '../../../shared/payroll/hours';
import { amountsFromHours } from '../../../shared/payroll/amounts-from-hours';
import { monthlyRateOf } from '../../../shared/payroll/employment-act-working';
import { daysInMonthOf } from '../../../shared/calendar';
import { commitImport, type Plan } from './commit';
import { readMoneyCell } from './money-cell';
import { readSheet } from './sheet';
import type { Table } from './table';
import { emptyReport, issue, type ImportReport } from './report';
import type { ImportOptions } from './employees-import';

const PAY_ITEM_SET = new Set<string>(PAY_ITEM_NAMES);
const DEDUCTION_SET = new Set<string>(DEDUCTION_NAMES);
const HOURS_KIND: Record<HoursColumn, OvertimeKind> = { overtime_hours_normal: 'normal', overtime_hours_rest_day: 'restDay', overtime_hours_public_holiday: 'publicHoliday' };
const HOURS_AND_DAYS_SET = new Set<string>(HOURS_AND_DAYS_COLUMNS.map((c) => c.name));
/** The longest note a wage entry keeps (shared/domain/wages.ts). */
const WAGE_NOTES_MAX = 500;

interface RowInput {
  row: number;
  idKey: string;
  items: Partial<Record<PayItemName, number>>;
  /** Deductions in the file (blank = 0); those not in it keep what is stored. */
  deductions: Partial<Record<DeductionName, number>>;
  otherDeductionNote: string | null | undefined;
  event: WageEvent | null | undefined;
  notes: string | null | undefined;
  /** Overtime minutes by kind in the file (blank = 0), and whether any hours cell was not blank. */
  minutes: Partial<Record<OvertimeKind, number>>;
  hoursTyped: boolean;
  /** Unpaid leave days in the file (blank = 0), and whether the cell was not blank. */
  days: number | undefined;
  daysTyped: boolean;
}

export async function importWages(
  db: Db,
  deps: {
    employees: EmployeeService;
    wages: WageService;
    netRefusals: (companyId: number, month: string, writes: readonly WageWrite[]) => RefusedRow[];
  },
  companyId: number,
  month: string,
  table: Table,
  options: ImportOptions,
): Promise<ImportReport> {
  const { t } = options;
  const { employees, wages } = deps;
  const report = emptyReport('wages', options.dryRun);
  const sheet = readSheet(table, WAGE_COLUMNS, options, report);
  if (!sheet) return report;
  // A file whose amounts are all in columns Caruman does not know would store every wage as 0. (A
  // file of deductions alone, this month's advances say, is fine: the pay items stay as stored.)
  if (!sheet.columns.some((c) => c !== null && (PAY_ITEM_SET.has(c) || DEDUCTION_SET.has(c) || HOURS_AND_DAYS_SET.has(c)))) {
    const choices = WAGE_COLUMNS.filter((c) => PAY_ITEM_SET.has(c.name)).map((c) => c.header[options.locale]);
    report.errors.push(issue(t, { row: table.rows[0]!.row, column: null, field: null }, 'import.error.noPayItems', { columns: choices.join(', ') }));
    return report;
  }

  const inputs: RowInput[] = [];
  for (const { row, cells } of sheet.rows) {
    const before = report.errors.length;
    const input: RowInput = { row, idKey: '', items: {}, deductions: {}, otherDeductionNote: undefined, event: undefined, notes: undefined, minutes: {}, hoursTyped: false, days: undefined, daysTyped: false };
    sheet.columns.forEach((column, c) => {
      if (!column) return;
      const cell = cells[c] ?? '';
      // Stored ID numbers are compact: MyKad digits, or other IDs upper-cased without spaces or dashes.
      if (column === 'id_number') input.idKey = cell.toUpperCase().replace(/[\s-]/g, '');
      else if (column === 'event') {
        const code = cell.toUpperCase();
        if (code === '') input.event = null;
        else if ((WAGE_EVENTS as readonly string[]).includes(code)) input.event = code as WageEvent;
        else report.errors.push(issue(t, sheet.place(row, column), 'wages.error.event', { value: sheet.quote(cell) }));
      } else if (column === 'notes') {
        if (cell.length > WAGE_NOTES_MAX) report.errors.push(issue(t, sheet.place(row, column), 'import.error.notes.tooLong', { length: cell.length, limit: WAGE_NOTES_MAX }));
        input.notes = cell === '' ? null : cell;
      } else if (column === 'other_deduction_note') {
        if (cell.length > OTHER_DEDUCTION_NOTE_MAX) report.errors.push(issue(t, sheet.place(row, column), 'wages.error.otherDeductionNote.tooLong'));
        input.otherDeductionNote = cell.trim() === '' ? null : cell.trim();
      } else if (column === 'unpaid_leave_days') {
        // Whole days within the month (the amount is monthly rate ÷ days in the month × days).
        const trimmed = cell.trim();
        if (trimmed !== '' && (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) > daysInMonthOf(month))) {
          report.errors.push(issue(t, sheet.place(row, column), 'payHours.import.days', { value: sheet.quote(cell), days: daysInMonthOf(month) }));
        } else {
          input.days = trimmed === '' ? 0 : Number(trimmed);
          input.daysTyped ||= trimmed !== '';
        }
      } else if (column in HOURS_KIND) {
        // The same reading and messages as the Payroll screen (h:mm or decimal hours; 2,5 refused).
        const hours = parseHours(cell);
        if (!hours.ok) report.errors.push(issue(t, sheet.place(row, column), hours.key, { value: sheet.quote(cell) }));
        else {
          input.minutes[HOURS_KIND[column as HoursColumn]] = hours.minutes;
          input.hoursTyped ||= cell.trim() !== '';
        }
      } else if (PAY_ITEM_SET.has(column) || DEDUCTION_SET.has(column)) {
        const money = readMoneyCell(cell, table.delimiter);
        if (!money.ok) report.errors.push(issue(t, sheet.place(row, column), money.key, { value: sheet.quote(cell) }));
        else if (PAY_ITEM_SET.has(column)) input.items[column as PayItemName] = money.sen;
        else input.deductions[column as DeductionName] = money.sen;
      }
    });
    if (input.idKey === '') report.errors.push(issue(t, sheet.place(row, 'id_number'), 'employees.error.idNumber.required'));
    if (report.errors.length === before) inputs.push(input);
  }

  let normalMinutes: number | undefined;
  const normalMinutesPerDay = (): number =>
    (normalMinutes ??= db.prepare<[number], { minutes: number }>('SELECT normal_minutes_per_day AS minutes FROM companies WHERE id = ?').get(companyId)!.minutes);

  const plan = (): Plan<WageWrite> => {
    wages.assertOpen(companyId, month); // a finalised month's wages are corrected in a later month
    const result: Plan<WageWrite> = { errors: [], warnings: [], changes: [], writes: [] };
    const existing = wages.entriesFor(companyId, month);
    const known = employees.keysByIdNumber(companyId);
    const seen = new Map<number, number>();
    for (const input of inputs) {
      const { row, items, deductions, otherDeductionNote, event, notes, minutes } = input;
      const employee = known.get(input.idKey);
      if (!employee) {
        result.errors.push(issue(t, sheet.place(row, 'id_number'), 'import.error.unknownEmployee', { idNumber: sheet.quote(input.idKey) }));
        continue;
      }
      const earlier = seen.get(employee.id);
      if (earlier) {
        result.errors.push(issue(t, sheet.place(row, 'id_number'), 'import.error.duplicateInFile', { idNumber: input.idKey, row: earlier }));
        continue;
      }
      seen.set(employee.id, row);

      const stored = existing.get(employee.id);
      // Items and deductions not in the file keep what is stored; those in it (blank = 0) replace it.
      const merged = { ...(stored?.items ?? {}), ...items };
      const mergedDeductions = { ...(stored?.deductions ?? {}), ...deductions };
      const nextNote = otherDeductionNote === undefined ? (stored?.otherDeductionNote ?? null) : otherDeductionNote;
      const nextEvent = event === undefined ? (stored?.event ?? null) : event;
      // A copy: the plan may run twice (the dry run's report, then the write), the row's input never changes.
      const writtenDeductions = { ...deductions };
      const nextMinutes = { normal: 0, restDay: 0, publicHoliday: 0, ...stored?.overtimeMinutes, ...minutes };
      const nextDays = input.days ?? stored?.unpaidLeaveDays ?? 0;
      if (input.hoursTyped || input.daysTyped) {
        // Hours or days typed: the amounts the file leaves out are worked from them (amounts-from-hours.ts).
        const worked = amountsFromHours({
          month,
          rate: monthlyRateOf(employees.get(employee.id).monthlyRate, merged.basic ?? 0),
          normalMinutesPerDay: normalMinutesPerDay(),
          minutes: nextMinutes,
          hoursTyped: input.hoursTyped,
          overtimeSen: items.overtime,
          days: nextDays,
          daysTyped: input.daysTyped,
          unpaidLeaveSen: deductions.unpaid_leave,
        });
        if (worked.problem) {
          result.errors.push(issue(t, sheet.place(row, worked.problem.field === 'overtime' ? 'overtime_hours_normal' : 'unpaid_leave_days'), worked.problem.key));
          continue;
        }
        for (const notice of worked.notices) result.warnings.push(issue(t, sheet.place(row, notice.field), notice.key, notice.params));
        if (worked.overtimeSen !== undefined) merged.overtime = worked.overtimeSen;
        if (worked.unpaidLeaveSen !== undefined) {
          mergedDeductions.unpaid_leave = worked.unpaidLeaveSen;
          writtenDeductions.unpaid_leave = worked.unpaidLeaveSen;
        }
      }
      // The rules a month's entry must keep (unpaid leave within the pay; an other deduction says
      // what it is for), checked here so the file's row and column are named, not the write's.
      const problem = wageEntryProblem(
        merged,
        { deductions: { ...zeroDeductions(), ...mergedDeductions }, unpaidLeaveDays: nextDays, otherDeductionNote: nextNote, overtimeMinutes: nextMinutes },
      );
      if (problem) {
        const column = problem.field === 'otherDeductionNote' ? 'other_deduction_note' : problem.field.replace(/^deductions\./, '');
        result.errors.push(issue(t, sheet.place(row, column), problem.key));
        continue;
      }
      const changedFields = stored
        ? [
            ...PAY_ITEM_NAMES.filter((n) => (stored.items[n] ?? 0) !== (merged[n] ?? 0)),
            ...DEDUCTION_NAMES.filter((n) => (stored.deductions[n] ?? 0) !== (mergedDeductions[n] ?? 0)),
            ...((stored.otherDeductionNote ?? null) !== nextNote && (mergedDeductions.other_deduction ?? 0) > 0 ? ['other_deduction_note'] : []),
            ...HOURS_AND_DAYS_COLUMNS.filter((c) =>
              c.name === 'unpaid_leave_days' ? stored.unpaidLeaveDays !== nextDays : stored.overtimeMinutes[HOURS_KIND[c.name]] !== nextMinutes[HOURS_KIND[c.name]],
            ).map((c) => c.name),
            ...(stored.event !== nextEvent ? ['event'] : []),
            ...(notes !== undefined && notes !== stored.notes ? ['notes'] : []),
          ]
        : [];
      const action = !stored ? 'create' : changedFields.length === 0 ? 'unchanged' : 'update';
      result.changes.push({ row, idNumber: employee.idNumber, name: employee.name, action, fields: changedFields });
      if (action !== 'unchanged') {
        result.writes.push({
          employeeId: employee.id,
          items: merged,
          deductions: writtenDeductions,
          ...(otherDeductionNote === undefined ? {} : { otherDeductionNote }),
          overtimeMinutes: nextMinutes,
          unpaidLeaveDays: nextDays,
          event: nextEvent,
          ...(notes === undefined ? {} : { notes }),
        });
      }
    }
    // A row the pay run would refuse (net pay below zero, e.g. a salary advance larger than the
    // pay) is an error of the file like any other, so nothing is imported: written and checked
    // inside a savepoint that is always undone (payroll/entry.ts), in the dry run's preview too.
    if (report.errors.length === 0 && result.errors.length === 0) {
      for (const refusal of deps.netRefusals(companyId, month, result.writes)) {
        result.errors.push(issue(t, sheet.place(seen.get(refusal.employeeId) ?? 0, null), refusal.key, refusal.params));
      }
    }
    return result;
  };

  return commitImport(db, report, options, plan, (writes) => {
    wages.write(companyId, month, writes, 'import');
    options.onProgress?.(writes.length, writes.length);
  });
}
