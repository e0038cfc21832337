import type { Db } from './db/open';
import { ServiceError } from './service-error';
import type { ChangeLog, ChangeSource } from './change-log';
import { createCompanyCheck } from './companies';
import {
  employeeInputSchema,
  normalizeEmployee,
  registrationWarning,
  type Employee,
  type EmployeeFields,
  type EmployeeFilter,
  type EmployeeInput,
  type EmployeeWithWarnings,
  type Problem,
} from '../../shared/domain/employee';
import type { EmployeePayrollFields } from '../../shared/domain/employee-payroll';
import { monthOfDate } from '../../shared/calendar';
import type { MessageKey } from '../../shared/i18n/catalog';
import { describeValidationIssue } from '../../shared/api/validation-issue';

interface EmployeeRow {
  id: number;
  company_id: number;
  name: string;
  id_type: Employee['idType'];
  id_number: string;
  perkeso_id: string;
  date_of_birth: string | null;
  gender: Employee['gender'];
  nationality: Employee['nationality'];
  domestic_worker: number;
  hire_date: string | null;
  perkeso_registered_date: string | null;
  leave_date: string | null;
  leave_reason: Employee['leaveReason'];
  first_insured_at_55: number;
  no_eis_before_57: number;
  pays_lindung: number;
  category_override: 1 | 2 | null;
  category_override_reason: string | null;
  eis_override: number | null;
  eis_override_reason: string | null;
  lindung_override: number | null;
  lindung_override_reason: string | null;
  notes: string | null;
  epf_member_number: string | null;
  epf_status: Employee['epfStatus'];
  epf_keep_11: number;
  epf_keep_11_date: string | null;
  tax_number: string | null;
  tax_resident: number;
  marital_status: Employee['maritalStatus'];
  spouse_working: number;
  disabled: number;
  spouse_disabled: number;
  children_basic: number;
  children_study: number;
  children_disabled: number;
  children_disabled_study: number;
  bank_name: string | null;
  bank_account: string | null;
  payslip_language: Employee['payslipLanguage'];
  job_title: string | null;
  staff_number: string | null;
  monthly_rate: number | null;
  created_at: string;
  updated_at: string;
}

export function toEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    idType: row.id_type,
    idNumber: row.id_number,
    perkesoId: row.perkeso_id,
    dateOfBirth: row.date_of_birth,
    gender: row.gender,
    nationality: row.nationality,
    domesticWorker: row.domestic_worker === 1,
    hireDate: row.hire_date,
    perkesoRegisteredDate: row.perkeso_registered_date,
    leaveDate: row.leave_date,
    leaveReason: row.leave_reason,
    firstInsuredAt55: row.first_insured_at_55 === 1,
    noEisBefore57: row.no_eis_before_57 === 1,
    paysLindung: row.pays_lindung === 1,
    categoryOverride:
      row.category_override === null ? null : { value: row.category_override, reason: row.category_override_reason ?? '' },
    eisOverride: row.eis_override === null ? null : { value: row.eis_override === 1, reason: row.eis_override_reason ?? '' },
    lindungOverride:
      row.lindung_override === null ? null : { value: row.lindung_override === 1, reason: row.lindung_override_reason ?? '' },
    notes: row.notes,
    epfMemberNumber: row.epf_member_number,
    epfStatus: row.epf_status,
    epfKeep11: row.epf_keep_11 === 1,
    epfKeep11Date: row.epf_keep_11_date,
    taxNumber: row.tax_number,
    taxResident: row.tax_resident === 1,
    maritalStatus: row.marital_status,
    spouseWorking: row.spouse_working === 1,
    disabled: row.disabled === 1,
    spouseDisabled: row.spouse_disabled === 1,
    childrenBasic: row.children_basic,
    childrenStudy: row.children_study,
    childrenDisabled: row.children_disabled,
    childrenDisabledStudy: row.children_disabled_study,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    payslipLanguage: row.payslip_language,
    jobTitle: row.job_title,
    staffNumber: row.staff_number,
    monthlyRate: row.monthly_rate,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a wage import needs of an employee. */
export interface EmployeeKey {
  id: number;
  idNumber: string;
  name: string;
}

const bool = (value: boolean) => (value ? 1 : 0);

function toParams(fields: EmployeeFields) {
  return {
    name: fields.name,
    id_type: fields.idType,
    id_number: fields.idNumber,
    perkeso_id: fields.perkesoId,
    date_of_birth: fields.dateOfBirth,
    gender: fields.gender,
    nationality: fields.nationality,
    domestic_worker: bool(fields.domesticWorker),
    hire_date: fields.hireDate,
    perkeso_registered_date: fields.perkesoRegisteredDate,
    leave_date: fields.leaveDate,
    leave_reason: fields.leaveReason,
    first_insured_at_55: bool(fields.firstInsuredAt55),
    no_eis_before_57: bool(fields.noEisBefore57),
    pays_lindung: bool(fields.paysLindung),
    category_override: fields.categoryOverride?.value ?? null,
    category_override_reason: fields.categoryOverride?.reason ?? null,
    eis_override: fields.eisOverride ? bool(fields.eisOverride.value) : null,
    eis_override_reason: fields.eisOverride?.reason ?? null,
    lindung_override: fields.lindungOverride ? bool(fields.lindungOverride.value) : null,
    lindung_override_reason: fields.lindungOverride?.reason ?? null,
    notes: fields.notes,
    epf_member_number: fields.epfMemberNumber,
    epf_status: fields.epfStatus,
    epf_keep_11: bool(fields.epfKeep11),
    epf_keep_11_date: fields.epfKeep11Date,
    tax_number: fields.taxNumber,
    tax_resident: bool(fields.taxResident),
    marital_status: fields.maritalStatus,
    spouse_working: bool(fields.spouseWorking),
    disabled: bool(fields.disabled),
    spouse_disabled: bool(fields.spouseDisabled),
    children_basic: fields.childrenBasic,
    children_study: fields.childrenStudy,
    children_disabled: fields.childrenDisabled,
    children_disabled_study: fields.childrenDisabledStudy,
    bank_name: fields.bankName,
    bank_account: fields.bankAccount,
    payslip_language: fields.payslipLanguage,
    job_title: fields.jobTitle,
    staff_number: fields.staffNumber,
    monthly_rate: fields.monthlyRate,
  };
}

const COLUMNS = Object.keys(toParams({} as EmployeeFields)) as (keyof ReturnType<typeof toParams>)[];

/** The comparable, user-meaningful values of an employee, for the change history. */
export function historyView(e: EmployeeFields): Record<string, unknown> {
  // Copied key by key: a rest-spread ({ ...rest }) made an import's 10,000 views several times slower.
  const view: Record<string, unknown> = {};
  for (const key in e) if (!OVERRIDES.has(key)) view[key] = e[key as keyof EmployeeFields];
  view.categoryOverride = e.categoryOverride;
  view.eisOverride = e.eisOverride;
  view.lindungOverride = e.lindungOverride;
  return view;
}
const OVERRIDES = new Set(['categoryOverride', 'eisOverride', 'lindungOverride']);


/**
 * Validates and derives an employee's fields; throws a VALIDATION ServiceError on the first
 * problem. Payroll fields left out keep `stored`'s values (an update) or take the defaults.
 */
export function validateEmployee(input: unknown, today: string, stored?: EmployeePayrollFields): { fields: EmployeeFields; warnings: Problem[] } {
  const parsed = employeeInputSchema.safeParse(input);
  if (!parsed.success) {
    const problem = describeValidationIssue(parsed.error);
    throw new ServiceError('VALIDATION', problem.key, problem.params, problem.field);
  }
  const normalized = normalizeEmployee(parsed.data, today, stored);
  if (!normalized.ok) {
    throw new ServiceError('VALIDATION', normalized.error.key as MessageKey, normalized.error.params ?? {}, normalized.error.field);
  }
  return { fields: normalized.fields, warnings: normalized.warnings };
}

export function createEmployeeService(db: Db, changes: ChangeLog, today: () => string) {
  const statements = {
    byId: db.prepare<[number], EmployeeRow>('SELECT * FROM employees WHERE id = ?'),
    byIdNumber: db.prepare<[number, string], EmployeeRow>('SELECT * FROM employees WHERE company_id = ? AND id_number = ?'),
    list: db.prepare<[number], EmployeeRow>('SELECT * FROM employees WHERE company_id = ? ORDER BY name COLLATE NOCASE, id'),
    registrationDates: db.prepare<[number], Pick<Employee, 'hireDate' | 'perkesoRegisteredDate' | 'leaveDate'>>(
      'SELECT hire_date AS hireDate, perkeso_registered_date AS perkesoRegisteredDate, leave_date AS leaveDate FROM employees WHERE company_id = ?',
    ),
    insert: db.prepare(
      `INSERT INTO employees (company_id, ${COLUMNS.join(', ')}) VALUES (@company_id, ${COLUMNS.map((c) => `@${c}`).join(', ')}) RETURNING *`,
    ),
    // Bound by position (COLUMNS' order): an import inserts thousands, and naming 40 parameters per row costs more than the insert.
    insertPlain: db.prepare(`INSERT INTO employees (company_id, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`),
    keys: db.prepare<[number], EmployeeKey>('SELECT id, id_number AS idNumber, name FROM employees WHERE company_id = ?'),
    update: db.prepare(
      `UPDATE employees SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')},
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id RETURNING *`,
    ),
  };

  function get(id: number): Employee {
    const row = statements.byId.get(id);
    if (!row) throw new ServiceError('NOT_FOUND', 'employees.error.notFound', {}, 'id');
    return toEmployee(row);
  }

  const assertCompany = createCompanyCheck(db);

  function assertUniqueId(companyId: number, idNumber: string, exceptId: number | null) {
    const clash = statements.byIdNumber.get(companyId, idNumber);
    if (clash && clash.id !== exceptId) {
      throw new ServiceError('CONFLICT', 'employees.error.duplicateId', { idNumber, name: clash.name }, 'idNumber');
    }
  }

  /** Inserts already-validated fields; used by create and by import inside its own transaction. */
  function insertFields(companyId: number, fields: EmployeeFields, source: ChangeSource): Employee {
    assertUniqueId(companyId, fields.idNumber, null);
    const row = statements.insert.get({ company_id: companyId, ...toParams(fields) }) as EmployeeRow;
    const employee = toEmployee(row);
    changes.record({ companyId, entity: 'employee', entityId: employee.id, employeeId: employee.id, month: null }, null, historyView(fields), source);
    return employee;
  }

  /**
   * Inserts many already-validated employees inside the caller's transaction: an import, which
   * has checked their ID numbers against the company's under the write lock (the UNIQUE
   * constraint still refuses a clash). Nothing is read back, which keeps 10,000 rows quick.
   */
  function insertMany(companyId: number, list: readonly EmployeeFields[], source: ChangeSource): void {
    for (const fields of list) {
      const params = toParams(fields);
      const values: unknown[] = [companyId];
      for (const column of COLUMNS) values.push(params[column]);
      const id = Number(statements.insertPlain.run(values).lastInsertRowid);
      changes.record({ companyId, entity: 'employee', entityId: id, employeeId: id, month: null }, null, historyView(fields), source);
    }
  }

  function updateFields(id: number, fields: EmployeeFields, source: ChangeSource): Employee {
    const before = get(id);
    assertUniqueId(before.companyId, fields.idNumber, id);
    const row = statements.update.get({ id, ...toParams(fields) }) as EmployeeRow;
    const after = toEmployee(row);
    changes.record(
      { companyId: before.companyId, entity: 'employee', entityId: id, employeeId: id, month: null },
      historyView(before),
      historyView(fields),
      source,
    );
    return after;
  }

  function withWarnings(employee: Employee, extra: Problem[] = []): EmployeeWithWarnings {
    const warnings = [...extra];
    const registration = registrationWarning(employee, today());
    if (registration) warnings.push(registration);
    return { ...employee, warnings };
  }

  return {
    get,
    getWithWarnings: (id: number) => withWarnings(get(id)),
    /** Every employee of the company by ID number, read once (imports look up thousands of rows). */
    byIdNumber(companyId: number): Map<string, Employee> {
      return new Map(statements.list.all(companyId).map((row) => [row.id_number, toEmployee(row)]));
    },
    /** Each employee's id and name by ID number, for a wage import (which needs no more). */
    keysByIdNumber(companyId: number): Map<string, EmployeeKey> {
      return new Map(statements.keys.all(companyId).map((key) => [key.idNumber, key]));
    },
    findByIdNumber(companyId: number, idNumber: string): Employee | null {
      const row = statements.byIdNumber.get(companyId, idNumber);
      return row ? toEmployee(row) : null;
    },
    /**
     * How many employees still here today were registered with PERKESO late or are not yet and
     * overdue (list(…, 'active')'s registration warnings, counted from three columns: the
     * month-end dashboard asks this of every company).
     */
    lateRegistrations(companyId: number): number {
      const now = today();
      let late = 0;
      for (const dates of statements.registrationDates.all(companyId)) {
        if (dates.leaveDate !== null && dates.leaveDate < now) continue;
        if (registrationWarning(dates, now)) late += 1;
      }
      return late;
    },
    list(companyId: number, filter: EmployeeFilter = 'all', search = ''): EmployeeWithWarnings[] {
      assertCompany(companyId);
      const now = today();
      const needle = search.trim().toLowerCase().replace(/[\s-]/g, '');
      return statements.list
        .all(companyId)
        .map(toEmployee)
        .filter((e) => {
          const left = e.leaveDate !== null && e.leaveDate < now;
          if (filter === 'active' && left) return false;
          if (filter === 'left' && !left) return false;
          if (!needle) return true;
          return e.name.toLowerCase().replace(/\s/g, '').includes(needle) || e.idNumber.toLowerCase().includes(needle);
        })
        .map((e) => withWarnings(e));
    },
    create(companyId: number, input: EmployeeInput, source: ChangeSource = 'app'): EmployeeWithWarnings {
      assertCompany(companyId);
      const { fields, warnings } = validateEmployee(input, today());
      return withWarnings(db.transaction(() => insertFields(companyId, fields, source))(), warnings);
    },
    update(id: number, input: EmployeeInput, source: ChangeSource = 'app'): EmployeeWithWarnings {
      return db.transaction(() => {
        // Read inside the write, so fields the caller left out keep what is stored right now.
        const { fields, warnings } = validateEmployee(input, today(), get(id));
        return withWarnings(updateFields(id, fields, source), warnings);
      }).immediate();
    },
    history: (id: number) => {
      const employee = get(id);
      return changes.forEmployee(id, employee.companyId);
    },
    insertFields,
    insertMany,
    updateFields,
  };
}

export type EmployeeService = ReturnType<typeof createEmployeeService>;

/** Is the employee on the payroll at some point in this month (hired by its end, not gone before its start)? */
export function employedInMonth(employee: Pick<Employee, 'hireDate' | 'leaveDate'>, month: string): boolean {
  if (employee.hireDate && monthOfDate(employee.hireDate) > month) return false;
  if (employee.leaveDate && monthOfDate(employee.leaveDate) < month) return false;
  return true;
}
