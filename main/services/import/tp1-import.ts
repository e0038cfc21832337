// TP1 claims from a file (Form PCB/TP1): each row sets one employee's claim for an item in a
// month, as the employee form's TP1 section does. Checked whole before anything is written, by
// the form's own rules — an item of the 2026 form, an amount above 0, a month the employee is
// paid in and not finalised, and each item's yearly limit counting the year's stored claims with
// the file's — then written in one transaction through the TP1 service (commit.ts): all or nothing.
import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import { employedInMonth } from '../employees';
import type { Tp1Service } from '../payroll-records';
import { monthLockOf } from '../payroll/lock';
import { ServiceError } from '../service-error';
import type { Employee } from '../../../shared/domain/employee';
import { TP1_COLUMNS } from '../../../shared/domain/import-columns';
import { TP1_CODES, TP1_FIRST_YEAR, tp1LimitProblem, type Tp1Claim } from '../../../shared/domain/tp1';
import { parseTypedMonth, yearOfMonth } from '../../../shared/calendar';
import { commitImport, type Plan } from './commit';
import { readMoneyCell } from './money-cell';
import { readSheet, type Sheet } from './sheet';
import type { Table } from './table';
import { emptyReport, issue, type ImportReport } from './report';
import type { ImportOptions } from './employees-import';

interface ClaimRow {
  row: number;
  /** How the row names its employee: the compact ID number, or the staff number. */
  idKey: string;
  staffNumber: string;
  month: string;
  item: string;
  amount: number;
}

interface ClaimWrite {
  employeeId: number;
  month: string;
  item: string;
  amount: number;
  /** The change from the stored amount (the amount, for a new claim). */
  change: number;
}

/** "c5", " D1A " → the form's own code ("C5", "D1a"); null for anything that is not one. */
function itemCode(cell: string): string | null {
  const typed = cell.trim().toLowerCase();
  return TP1_CODES.find((code) => code.toLowerCase() === typed) ?? null;
}

function readRows(sheet: Sheet, table: Table, options: ImportOptions, report: ImportReport): ClaimRow[] {
  const { t } = options;
  const rows: ClaimRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const before = report.errors.length;
    const claim: ClaimRow = { row, idKey: '', staffNumber: '', month: '', item: '', amount: 0 };
    sheet.columns.forEach((column, c) => {
      const cell = cells[c] ?? '';
      const fail = (key: string, params: Record<string, string | number> = {}) => report.errors.push(issue(t, sheet.place(row, column), key, { value: sheet.quote(cell), ...params }));
      if (column === 'id_number') claim.idKey = cell.toUpperCase().replace(/[\s-]/g, '');
      else if (column === 'staff_number') claim.staffNumber = cell.trim();
      else if (column === 'month') {
        const month = parseTypedMonth(cell);
        if (month === null) fail('import.error.value.month');
        else if (yearOfMonth(month) < TP1_FIRST_YEAR) fail('tp1.error.year');
        else claim.month = month;
      } else if (column === 'item') {
        const code = itemCode(cell);
        if (code === null) fail('import.error.tp1.item');
        else claim.item = code;
      } else if (column === 'amount') {
        const money = readMoneyCell(cell, table.delimiter);
        if (!money.ok) fail(money.key);
        else if (money.sen <= 0) fail('tp1.error.amount');
        else claim.amount = money.sen;
      }
    });
    if (claim.idKey === '' && claim.staffNumber === '') {
      const column = sheet.columns.includes('id_number') ? 'id_number' : 'staff_number';
      report.errors.push(issue(t, sheet.place(row, column), 'import.error.tp1.noEmployee'));
    }
    if (report.errors.length === before) rows.push(claim);
  }
  return rows;
}

/** The employee a row names: by ID number when it gives one, else by staff number. */
function employeeOf(claim: ClaimRow, byId: Map<string, Employee>, byStaff: Map<string, Employee>): Employee | null {
  if (claim.idKey !== '') return byId.get(claim.idKey) ?? null;
  return byStaff.get(claim.staffNumber) ?? null;
}

function planClaims(rows: readonly ClaimRow[], sheet: Sheet, companyId: number, deps: { db: Db; employees: EmployeeService; tp1: Tp1Service }, options: ImportOptions): Plan<ClaimWrite> {
  const { t } = options;
  const plan: Plan<ClaimWrite> = { errors: [], warnings: [], changes: [], writes: [] };
  const byId = deps.employees.byIdNumber(companyId);
  const byStaff = new Map([...byId.values()].filter((e) => e.staffNumber).map((e) => [e.staffNumber!, e]));
  const lock = monthLockOf(deps.db);
  const storedByYear = new Map<number, Map<number, Tp1Claim[]>>();
  const storedOf = (employeeId: number, year: number) => {
    if (!storedByYear.has(year)) storedByYear.set(year, deps.tp1.forYear(companyId, year));
    return storedByYear.get(year)!.get(employeeId) ?? [];
  };

  // Each row against its employee and month; the yearly limits after, with every row of the file.
  const seen = new Map<string, number>();
  const placed: { claim: ClaimRow; employee: Employee }[] = [];
  for (const claim of rows) {
    const employee = employeeOf(claim, byId, byStaff);
    const employeeColumn = claim.idKey !== '' ? 'id_number' : 'staff_number';
    if (!employee) {
      const key = claim.idKey !== '' ? 'import.error.unknownEmployee' : 'import.error.tp1.unknownStaffNumber';
      plan.errors.push(issue(t, sheet.place(claim.row, employeeColumn), key, { idNumber: claim.idKey, staffNumber: claim.staffNumber }));
      continue;
    }
    const twice = `${employee.id}|${claim.month}|${claim.item}`;
    const earlier = seen.get(twice);
    if (earlier !== undefined) {
      plan.errors.push(issue(t, sheet.place(claim.row, 'item'), 'import.error.tp1.duplicate', { item: claim.item, month: claim.month, row: earlier }));
      continue;
    }
    seen.set(twice, claim.row);
    if (!employedInMonth(employee, claim.month)) {
      plan.errors.push(issue(t, sheet.place(claim.row, 'month'), 'tp1.error.notEmployed', { month: claim.month }));
      continue;
    }
    try {
      lock.assertOpen(companyId, claim.month); // a finalised month's TP1 is part of its PCB
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      plan.errors.push(issue(t, sheet.place(claim.row, 'month'), error.key, error.params as Record<string, string | number>));
      continue;
    }
    placed.push({ claim, employee });
  }

  // The file's rows by employee, item and year: with the stored claims, the year's total after the import.
  const groupOf = (employeeId: number, claim: ClaimRow) => `${employeeId}|${claim.item}|${yearOfMonth(claim.month)}`;
  const fileGroups = new Map<string, ClaimRow[]>();
  for (const { claim, employee } of placed) {
    const key = groupOf(employee.id, claim);
    fileGroups.set(key, [...(fileGroups.get(key) ?? []), claim]);
  }
  for (const { claim, employee } of placed) {
    const year = yearOfMonth(claim.month);
    // The file's rows replace the stored claim of their month.
    const fromFile = fileGroups.get(groupOf(employee.id, claim))!;
    const fileMonths = new Set(fromFile.map((c) => c.month));
    const stored = storedOf(employee.id, year).filter((c) => c.item === claim.item);
    const elsewhere =
      stored.filter((c) => !fileMonths.has(c.month)).reduce((sum, c) => sum + c.amount, 0) +
      fromFile.filter((c) => c !== claim).reduce((sum, c) => sum + c.amount, 0);
    const over = tp1LimitProblem(claim.item, claim.amount, elsewhere);
    if (over) {
      plan.errors.push(issue(t, sheet.place(claim.row, 'amount'), over.key, over.params));
      continue;
    }
    const before = stored.find((c) => c.month === claim.month);
    const action = !before ? 'create' : before.amount === claim.amount ? 'unchanged' : 'update';
    plan.changes.push({ row: claim.row, idNumber: employee.idNumber, name: employee.name, action, fields: [`${claim.month} ${claim.item}`] });
    if (action !== 'unchanged') plan.writes.push({ employeeId: employee.id, month: claim.month, item: claim.item, amount: claim.amount, change: claim.amount - (before?.amount ?? 0) });
  }
  return plan;
}

export async function importTp1Claims(
  deps: { db: Db; employees: EmployeeService; tp1: Tp1Service },
  companyId: number,
  table: Table,
  options: ImportOptions,
): Promise<ImportReport> {
  const { t } = options;
  const report = emptyReport('tp1', options.dryRun);
  const sheet = readSheet(table, TP1_COLUMNS, options, report);
  if (!sheet) return report;
  if (!sheet.columns.includes('id_number') && !sheet.columns.includes('staff_number')) {
    const columns = TP1_COLUMNS.slice(0, 2).map((c) => c.header[options.locale]);
    report.errors.push(issue(t, { row: table.rows[0]!.row, column: null, field: null }, 'import.error.tp1.employeeColumn', { id: columns[0]!, staff: columns[1]! }));
    return report;
  }
  const rows = readRows(sheet, table, options, report);
  return commitImport(
    deps.db,
    report,
    options,
    () => planClaims(rows, sheet, companyId, deps, options),
    (writes) => {
      // Lowered claims first: the service checks each save against the yearly limit, and the year's
      // total on the way must never pass the total the plan checked.
      for (const { change: _, ...claim } of [...writes].sort((a, b) => a.change - b.change)) deps.tp1.save(companyId, claim, 'import');
      options.onProgress?.(writes.length, writes.length);
    },
  );
}
