// What an employee is, and the rules that make one valid. Pure and shared: the form in the
// renderer previews exactly what the main process will store, and CSV import uses the same path.
import { z } from 'zod';
import { optionalDateSchema } from './dates';
import { optionalText } from './fields';
import { normalizeIdNumber, ID_TYPES, type IdType } from './employee-id';
import {
  employeePayrollInputShape,
  normalizePayrollFields,
  PAYROLL_FIELD_DEFAULTS,
  PAYROLL_FIELD_NAMES,
  type EmployeePayrollFields,
} from './employee-payroll';

export const NATIONALITIES = ['citizen', 'pr', 'temporary', 'foreign'] as const;
export type Nationality = (typeof NATIONALITIES)[number];
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const LEAVE_REASONS = ['resigned', 'terminated', 'died'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export const EMPLOYEE_NAME_MAX = 150;
export const OVERRIDE_REASON_MAX = 300;

export interface Override<T> {
  value: T;
  reason: string;
}

/** An employee as stored and shown. Dates are "YYYY-MM-DD" or null. The payroll records (EPF, tax, bank) are in EmployeePayrollFields. */
export interface Employee extends EmployeePayrollFields {
  id: number;
  companyId: number;
  name: string;
  idType: IdType;
  idNumber: string;
  /** The ID written in PERKESO files (MyKad digits, passport for foreign workers, …). */
  perkesoId: string;
  dateOfBirth: string | null;
  gender: Gender | null;
  nationality: Nationality;
  domesticWorker: boolean;
  hireDate: string | null;
  perkesoRegisteredDate: string | null;
  leaveDate: string | null;
  leaveReason: LeaveReason | null;
  firstInsuredAt55: boolean;
  noEisBefore57: boolean;
  paysLindung: boolean;
  categoryOverride: Override<1 | 2> | null;
  eisOverride: Override<boolean> | null;
  lindungOverride: Override<boolean> | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const overrideReason = z
  .string({ error: 'employees.error.overrideReason' })
  .trim()
  .min(1, 'employees.error.overrideReason')
  .max(OVERRIDE_REASON_MAX, 'records.error.textTooLong');

function overrideOf<T extends z.ZodType>(value: T) {
  return z
    .object({ value, reason: overrideReason })
    .strict()
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

/** The fields a person (or a CSV row) gives for an employee, before derivation. */
export const employeeInputSchema = z
  .object({
    name: z
      .string({ error: 'employees.error.name.required' })
      .trim()
      .min(1, 'employees.error.name.required')
      .max(EMPLOYEE_NAME_MAX, 'employees.error.name.tooLong'),
    idType: z.enum(ID_TYPES, { error: 'employees.error.idType' }).optional(),
    idNumber: z.string({ error: 'employees.error.idNumber.required' }).trim().min(1, 'employees.error.idNumber.required'),
    perkesoId: z.string().trim().toUpperCase().optional().nullable(),
    dateOfBirth: optionalDateSchema,
    gender: z.enum(GENDERS, { error: 'employees.error.gender' }).nullable().optional(),
    nationality: z.enum(NATIONALITIES, { error: 'employees.error.nationality' }).optional(),
    domesticWorker: z.boolean().default(false),
    hireDate: optionalDateSchema,
    perkesoRegisteredDate: optionalDateSchema,
    leaveDate: optionalDateSchema,
    leaveReason: z.enum(LEAVE_REASONS, { error: 'employees.error.leaveReason' }).nullable().optional(),
    firstInsuredAt55: z.boolean().default(false),
    noEisBefore57: z.boolean().default(false),
    paysLindung: z.boolean().default(true),
    categoryOverride: overrideOf(z.union([z.literal(1), z.literal(2)], { error: 'employees.error.category' })),
    eisOverride: overrideOf(z.boolean()),
    lindungOverride: overrideOf(z.boolean()),
    notes: optionalText(2000),
    ...employeePayrollInputShape,
  })
  .strict();

export type EmployeeInput = z.input<typeof employeeInputSchema>;
export type ParsedEmployeeInput = z.output<typeof employeeInputSchema>;

/** An employee with what needs the user's attention (late PERKESO registration, ID warnings). */
export interface EmployeeWithWarnings extends Employee {
  warnings: Problem[];
}

export const EMPLOYEE_FILTERS = ['active', 'left', 'all'] as const;
export type EmployeeFilter = (typeof EMPLOYEE_FILTERS)[number];

/** The stored fields of an employee, all derived values filled in. */
export type EmployeeFields = Omit<Employee, 'id' | 'companyId' | 'createdAt' | 'updatedAt'>;

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
  field: string;
}

export type NormalizeResult = { ok: true; fields: EmployeeFields; warnings: Problem[] } | { ok: false; error: Problem };

/**
 * Applies the rules that need more than one field: the ID's type and format, what a MyKad number
 * tells (date of birth, gender, citizen by default), the ID used in PERKESO files, leave dates,
 * and the payroll records' own (employee-payroll.ts). Payroll fields left out of the input are
 * taken from `stored` (an update) or the defaults (a new employee).
 */
export function normalizeEmployee(input: ParsedEmployeeInput, today?: string, stored: EmployeePayrollFields = PAYROLL_FIELD_DEFAULTS): NormalizeResult {
  const id = normalizeIdNumber(input.idType, input.idNumber, today);
  if (!id.ok) return { ok: false, error: { ...id.error, field: 'idNumber' } };
  const warnings: Problem[] = id.warnings.map((w) => ({ ...w, field: 'idNumber' }));

  let dateOfBirth: string | null = input.dateOfBirth;
  let gender = input.gender ?? null;
  if (id.fromMyKad) {
    if (dateOfBirth && dateOfBirth.slice(2) !== id.fromMyKad.dateOfBirth.slice(2)) {
      // A person may correct the century the MyKad rule guessed, never the day itself.
      return {
        ok: false,
        error: { key: 'employees.error.dobMismatch', params: { fromMyKad: id.fromMyKad.dateOfBirth }, field: 'dateOfBirth' },
      };
    }
    dateOfBirth ??= id.fromMyKad.dateOfBirth;
    if (gender && gender !== id.fromMyKad.gender) {
      return { ok: false, error: { key: 'employees.error.genderMismatch', field: 'gender' } };
    }
    gender ??= id.fromMyKad.gender;
  }

  const nationality: Nationality | undefined = input.nationality ?? (id.idType === 'mykad' ? 'citizen' : undefined);
  if (!nationality) return { ok: false, error: { key: 'employees.error.nationality', field: 'nationality' } };

  const perkesoId = (input.perkesoId?.replace(/[\s-]/g, '') || id.defaultPerkesoId).toUpperCase();
  if (!/^[A-Z0-9]{1,12}$/.test(perkesoId)) {
    return { ok: false, error: { key: 'employees.error.perkesoId', params: { max: 12 }, field: 'perkesoId' } };
  }

  if (input.leaveReason && !input.leaveDate) {
    return { ok: false, error: { key: 'employees.error.leaveReasonWithoutDate', field: 'leaveDate' } };
  }
  if (input.leaveDate && input.hireDate && input.leaveDate < input.hireDate) {
    return { ok: false, error: { key: 'employees.error.leaveBeforeHire', field: 'leaveDate' } };
  }
  if (input.leaveDate && !input.leaveReason) {
    warnings.push({ key: 'employees.warning.leaveReasonAssumed', field: 'leaveReason' });
  }
  if (dateOfBirth && input.hireDate && input.hireDate <= dateOfBirth) {
    return { ok: false, error: { key: 'employees.error.hireBeforeBirth', field: 'hireDate' } };
  }
  const payroll = normalizePayrollFields(input, stored, nationality);
  if (!payroll.ok) return payroll;

  return {
    ok: true,
    warnings,
    fields: {
      name: input.name.replace(/\s+/g, ' '),
      idType: id.idType,
      idNumber: id.idNumber,
      perkesoId,
      dateOfBirth,
      gender,
      nationality,
      domesticWorker: input.domesticWorker,
      hireDate: input.hireDate,
      perkesoRegisteredDate: input.perkesoRegisteredDate,
      leaveDate: input.leaveDate,
      leaveReason: input.leaveDate ? (input.leaveReason ?? 'resigned') : null,
      firstInsuredAt55: input.firstInsuredAt55,
      noEisBefore57: input.noEisBefore57,
      paysLindung: input.paysLindung,
      categoryOverride: input.categoryOverride,
      eisOverride: input.eisOverride,
      lindungOverride: input.lindungOverride,
      notes: input.notes,
      ...payroll.fields,
    },
  };
}

/** PERKESO expects registration within 30 days of hiring (STATUTORY.md §1.5, OFFICIAL). */
export const REGISTRATION_DEADLINE_DAYS = 30;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Warns about anyone not registered with PERKESO within 30 days of hiring. */
export function registrationWarning(
  employee: Pick<Employee, 'hireDate' | 'perkesoRegisteredDate' | 'leaveDate'>,
  today: string,
): Problem | null {
  if (!employee.hireDate) return null;
  if (employee.perkesoRegisteredDate) {
    const late = daysBetween(employee.hireDate, employee.perkesoRegisteredDate) - REGISTRATION_DEADLINE_DAYS;
    return late > 0 ? { key: 'employees.warning.registeredLate', params: { days: late }, field: 'perkesoRegisteredDate' } : null;
  }
  const due = daysBetween(employee.hireDate, today) - REGISTRATION_DEADLINE_DAYS;
  if (employee.leaveDate && employee.leaveDate < today) return null;
  return due > 0
    ? { key: 'employees.warning.notRegistered', params: { days: due }, field: 'perkesoRegisteredDate' }
    : null;
}

/**
 * The input that would produce this employee again: the starting point of an edit or an import
 * update. The payroll fields are left out: give the employee as `stored` to normalizeEmployee.
 */
export function employeeToInput(e: Employee): ParsedEmployeeInput {
  return {
    name: e.name,
    idType: e.idType,
    idNumber: e.idNumber,
    perkesoId: e.perkesoId,
    dateOfBirth: e.dateOfBirth,
    gender: e.gender,
    nationality: e.nationality,
    domesticWorker: e.domesticWorker,
    hireDate: e.hireDate,
    perkesoRegisteredDate: e.perkesoRegisteredDate,
    leaveDate: e.leaveDate,
    leaveReason: e.leaveReason,
    firstInsuredAt55: e.firstInsuredAt55,
    noEisBefore57: e.noEisBefore57,
    paysLindung: e.paysLindung,
    categoryOverride: e.categoryOverride,
    eisOverride: e.eisOverride,
    lindungOverride: e.lindungOverride,
    notes: e.notes,
  };
}

/** Just the payroll records of an employee (the `stored` of normalizeEmployee for an update). */
export function pickPayrollFields(e: EmployeePayrollFields): EmployeePayrollFields {
  return Object.fromEntries(PAYROLL_FIELD_NAMES.map((name) => [name, e[name]])) as unknown as EmployeePayrollFields;
}
