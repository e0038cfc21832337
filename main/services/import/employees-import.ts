// Employee import: every row is read and validated first; the write happens only when no row
// has an error, in one write transaction (commit.ts), so an import is all or nothing and never
// undoes a change made meanwhile.
import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import type { Cp38Service, Tp3Service } from '../payroll-records';
import { monthLockOf } from '../payroll/lock';
import { historyView } from '../employees';
import { employeeInputSchema, employeeToInput, normalizeEmployee, type Employee, type EmployeeFields } from '../../../shared/domain/employee';
import { normalizeIdNumber } from '../../../shared/domain/employee-id';
import {
  EMPLOYEE_COLUMNS,
  readCount,
  readDate,
  readEpfStatus,
  readFlag,
  readMaritalStatus,
  readPayslipLanguage,
  readGender,
  readIdType,
  readLeaveReason,
  readNationality,
  type EmployeeColumn,
} from '../../../shared/domain/import-columns';
import { TYPED_DATE_FORMS } from '../../../shared/calendar';
import { describeValidationIssue } from '../../../shared/api/validation-issue';
import { commitImport, type Plan } from './commit';
import { readSheet, type Sheet } from './sheet';
import type { Table } from './table';
import {
  isTaxRecordColumn,
  noTaxRecordCells,
  planTaxRecords,
  rangeUnchangedCheck,
  readTaxRecordCell,
  storedTaxRecords,
  writeTaxRecords,
  type TaxRecordCells,
  type TaxRecordColumn,
  type TaxRecordWrite,
} from './tax-records';
import { emptyReport, issue, type ImportChange, type ImportContext, type ImportIssue, type ImportReport } from './report';

/** The employee's own columns (the TP3 and CP38 ones are tax-records.ts's). */
type EmployeeFieldColumn = Exclude<EmployeeColumn, TaxRecordColumn>;

const FIELD_OF_COLUMN: Record<EmployeeFieldColumn, string> = {
  name: 'name',
  id_type: 'idType',
  id_number: 'idNumber',
  perkeso_id: 'perkesoId',
  date_of_birth: 'dateOfBirth',
  gender: 'gender',
  nationality: 'nationality',
  domestic_worker: 'domesticWorker',
  hire_date: 'hireDate',
  leave_date: 'leaveDate',
  leave_reason: 'leaveReason',
  perkeso_registered_date: 'perkesoRegisteredDate',
  first_insured_at_55: 'firstInsuredAt55',
  no_eis_before_57: 'noEisBefore57',
  pays_lindung: 'paysLindung',
  epf_member_number: 'epfMemberNumber',
  epf_status: 'epfStatus',
  epf_keep_11: 'epfKeep11',
  epf_keep_11_date: 'epfKeep11Date',
  tax_number: 'taxNumber',
  tax_resident: 'taxResident',
  marital_status: 'maritalStatus',
  spouse_working: 'spouseWorking',
  disabled: 'disabled',
  spouse_disabled: 'spouseDisabled',
  children_basic: 'childrenBasic',
  children_study: 'childrenStudy',
  children_disabled: 'childrenDisabled',
  children_disabled_study: 'childrenDisabledStudy',
  bank_name: 'bankName',
  bank_account: 'bankAccount',
  payslip_language: 'payslipLanguage',
  job_title: 'jobTitle',
  staff_number: 'staffNumber',
  monthly_rate: 'monthlyRate',
  notes: 'notes',
};
const COLUMN_OF_FIELD: Record<string, string> = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([c, f]) => [f, c]));

type CellReader = (cell: string) => unknown;
// The readers shared by several columns, each with the message for a cell it cannot read.
const dateReader = { read: readDate, key: 'import.error.value.date' };
const flagReader = { read: readFlag, key: 'import.error.value.flag' };
const countReader = { read: readCount, key: 'import.error.value.count' };
const READERS: Partial<Record<EmployeeFieldColumn, { read: CellReader; key: string }>> = {
  id_type: { read: readIdType, key: 'import.error.value.idType' },
  gender: { read: readGender, key: 'import.error.value.gender' },
  nationality: { read: readNationality, key: 'import.error.value.nationality' },
  leave_reason: { read: readLeaveReason, key: 'import.error.value.leaveReason' },
  domestic_worker: flagReader,
  first_insured_at_55: flagReader,
  no_eis_before_57: flagReader,
  pays_lindung: flagReader,
  date_of_birth: dateReader,
  hire_date: dateReader,
  leave_date: dateReader,
  perkeso_registered_date: dateReader,
  // The payroll records (import-columns-payroll.ts); the text ones go to the shared schema as written.
  epf_status: { read: readEpfStatus, key: 'import.error.value.epfStatus' },
  epf_keep_11: flagReader,
  epf_keep_11_date: dateReader,
  tax_resident: flagReader,
  marital_status: { read: readMaritalStatus, key: 'import.error.value.maritalStatus' },
  spouse_working: flagReader,
  disabled: flagReader,
  spouse_disabled: flagReader,
  children_basic: countReader,
  children_study: countReader,
  children_disabled: countReader,
  children_disabled_study: countReader,
  payslip_language: { read: readPayslipLanguage, key: 'import.error.value.payslipLanguage' },
};

/** A row as read from the file, before it meets what is stored. */
interface RowInput {
  row: number;
  given: Record<string, unknown>;
  tax: TaxRecordCells;
}

interface Write {
  fields: EmployeeFields;
  existingId: number | null;
  action: 'create' | 'update';
  /** False when only the row's TP3/CP38 change. */
  employeeChanged: boolean;
  tax: TaxRecordWrite | null;
}

/** Rows written between two progress reports. */
const PROGRESS_STEP = 1000;

export interface ImportOptions extends ImportContext {
  dryRun: boolean;
  today: string;
  /** Called before the write transaction of a committed import (the app takes a backup here). */
  beforeWrite?: () => Promise<string | null>;
  onProgress?: (done: number, total: number) => void;
}

/** The cells of a row as employee input; problems go to the report. */
function readRow(sheet: Sheet, cells: readonly string[], row: number, options: ImportOptions, errors: ImportIssue[], delimiter: Table['delimiter']): RowInput | null {
  const { t } = options;
  const given: Record<string, unknown> = {};
  const tax = noTaxRecordCells();
  const before = errors.length;
  sheet.columns.forEach((column, c) => {
    if (!column) return;
    const cell = cells[c] ?? '';
    if (isTaxRecordColumn(column)) {
      const problem = readTaxRecordCell(column, cell, delimiter, tax);
      if (problem) errors.push(issue(t, sheet.place(row, column), problem.key, { value: sheet.quote(cell), ...problem.params }));
      return;
    }
    const reader = READERS[column as EmployeeFieldColumn];
    if (!reader) {
      if (cell !== '') given[FIELD_OF_COLUMN[column as EmployeeFieldColumn]] = cell;
      return;
    }
    const value = reader.read(cell);
    if (value === null) errors.push(issue(t, sheet.place(row, column), reader.key, { value: sheet.quote(cell), forms: TYPED_DATE_FORMS }));
    else if (value !== undefined) given[FIELD_OF_COLUMN[column as EmployeeFieldColumn]] = value;
  });
  payrollDefaults(given);
  // Digits only and no ID type: the user meant a MyKad; say what is wrong with it the way the form
  // does ("12 digits; this has 10"), not "choose a kind of ID". Twelve digits are checked with the
  // rest of the employee later, unless this row already failed (so all its problems are listed).
  const idText = typeof given.idNumber === 'string' ? given.idNumber : '';
  const digits = /^[\d\s-]+$/.test(idText) ? idText.replace(/\D/g, '').length : 0;
  if (given.idType === undefined && digits >= 9 && (digits !== 12 || errors.length > before)) {
    const id = normalizeIdNumber('mykad', idText, options.today);
    if (!id.ok) {
      errors.push(issue(t, sheet.place(row, 'id_number'), id.error.key, id.error.params ?? {}));
      // Excel reads 001231-14-5678 as the number 1231145678: born 2000-2009, the zeros are gone.
      const padded = idText.replace(/\D/g, '').padStart(12, '0');
      if (digits < 12 && normalizeIdNumber('mykad', padded, options.today).ok) {
        errors.push(issue(t, sheet.place(row, 'id_number'), 'import.error.leadingZeros', { value: padded }));
      }
    }
  }
  return errors.length > before ? null : { row, given, tax };
}

/**
 * What a payroll cell means beyond its own value: "from_nationality" clears a status set before,
 * and a marital status other than married clears the spouse facts the file does not give (they
 * apply only when married; the form hides them then).
 */
function payrollDefaults(given: Record<string, unknown>): void {
  if (given.epfStatus === 'from_nationality') given.epfStatus = null;
  if (given.maritalStatus !== undefined && given.maritalStatus !== 'married') {
    given.spouseWorking ??= false;
    given.spouseDisabled ??= false;
  }
}

/** The ID as stored ("800101145677"), to find the employee it names; null when it is no valid ID. */
function idKeyOf(given: Record<string, unknown>, today: string): string | null {
  const id = normalizeIdNumber(given.idType as Parameters<typeof normalizeIdNumber>[0], typeof given.idNumber === 'string' ? given.idNumber : '', today);
  return id.ok ? id.idNumber : null;
}

/** What the plan reads besides the employees: their stored TP3/CP38 and the month lock. */
interface TaxRecordsOfCompany {
  stored: ReturnType<typeof storedTaxRecords>;
  rangeUnchanged: ReturnType<typeof rangeUnchangedCheck>;
}

function planEmployees(inputs: readonly RowInput[], sheet: Sheet, known: Map<string, Employee>, taxRecords: TaxRecordsOfCompany, options: ImportOptions): Plan<Write> {
  const { t } = options;
  const plan: Plan<Write> = { errors: [], warnings: [], changes: [], writes: [] };
  const seenIds = new Map<string, number>();
  const placeOfField = (row: number, field: string) => sheet.place(row, COLUMN_OF_FIELD[field.split('.')[0] ?? ''] ?? null);
  for (const { row, given, tax } of inputs) {
    // A company with no employees yet (a first import) has nothing to look up.
    const idKey = known.size === 0 ? null : idKeyOf(given, options.today);
    const existing = idKey === null ? null : (known.get(idKey) ?? null);
    // An update starts from what is stored: columns left out or left empty keep their values.
    const input = existing ? { ...employeeToInput(existing), ...given } : given;
    const parsed = employeeInputSchema.safeParse(input);
    if (!parsed.success) {
      const problem = describeValidationIssue(parsed.error);
      plan.errors.push(issue(t, placeOfField(row, problem.field), problem.key, problem.params));
      continue;
    }
    const normalized = normalizeEmployee(parsed.data, options.today, existing ?? undefined);
    if (!normalized.ok) {
      plan.errors.push(issue(t, placeOfField(row, normalized.error.field), normalized.error.key, normalized.error.params ?? {}));
      continue;
    }
    for (const w of normalized.warnings) plan.warnings.push(issue(t, placeOfField(row, w.field), w.key, w.params ?? {}));
    const fields = normalized.fields;
    const earlier = seenIds.get(fields.idNumber);
    if (earlier) {
      plan.errors.push(issue(t, sheet.place(row, 'id_number'), 'import.error.duplicateInFile', { idNumber: fields.idNumber, row: earlier }));
      continue;
    }
    seenIds.set(fields.idNumber, row);

    const taxPlan = planTaxRecords(tax, {
      employment: { hireDate: fields.hireDate, leaveDate: fields.leaveDate },
      stored: taxRecords.stored(existing?.id ?? 0),
      rangeUnchanged: taxRecords.rangeUnchanged,
      headerOf: (column) => sheet.place(row, column).column ?? column,
    });
    for (const p of taxPlan.problems) plan.errors.push(issue(t, sheet.place(row, p.column), p.key, p.params ?? {}));
    if (taxPlan.problems.length > 0) continue;

    let action: ImportChange['action'] = 'create';
    let changed: string[] = [];
    if (existing) {
      const before = historyView(existing);
      const after = historyView(fields);
      changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    }
    const employeeChanged = !existing || changed.length > 0;
    changed.push(...taxPlan.changed);
    if (existing) action = changed.length === 0 ? 'unchanged' : 'update';
    plan.changes.push({ row, idNumber: fields.idNumber, name: fields.name, action, fields: changed });
    if (action !== 'unchanged') plan.writes.push({ fields, existingId: existing?.id ?? null, action, employeeChanged, tax: taxPlan.write });
  }
  return plan;
}

export interface EmployeeImportServices {
  employees: EmployeeService;
  tp3: Tp3Service;
  cp38: Cp38Service;
}

export async function importEmployees(db: Db, services: EmployeeImportServices, companyId: number, table: Table, options: ImportOptions): Promise<ImportReport> {
  const { employees } = services;
  const report = emptyReport('employees', options.dryRun);
  const sheet = readSheet(table, EMPLOYEE_COLUMNS, options, report);
  if (!sheet) return report;
  const inputs: RowInput[] = [];
  for (const { row, cells } of sheet.rows) {
    const input = readRow(sheet, cells, row, options, report.errors, table.delimiter);
    if (input) inputs.push(input);
  }
  return commitImport(
    db,
    report,
    options,
    () => {
      const taxRecords = {
        stored: storedTaxRecords(services.tp3.forCompany(companyId), services.cp38.forCompany(companyId)),
        rangeUnchanged: rangeUnchangedCheck(monthLockOf(db), companyId),
      };
      return planEmployees(inputs, sheet, employees.byIdNumber(companyId), taxRecords, options);
    },
    (writes) => {
      for (let from = 0; from < writes.length; from += PROGRESS_STEP) {
        const batch = writes.slice(from, from + PROGRESS_STEP);
        employees.insertMany(companyId, batch.filter((w) => w.action === 'create').map((w) => w.fields), 'import');
        for (const w of batch) if (w.action === 'update' && w.existingId !== null && w.employeeChanged) employees.updateFields(w.existingId, w.fields, 'import');
        options.onProgress?.(from + batch.length, writes.length);
      }
      // After the employees, so a new joiner's TP3 and CP38 find the employee just added.
      for (const w of writes) {
        if (!w.tax) continue;
        const employeeId = w.existingId ?? employees.findByIdNumber(companyId, w.fields.idNumber)!.id;
        writeTaxRecords(services, companyId, employeeId, w.tax, 'import');
      }
    },
  );
}
