// The employee form's values (what the user typed, kept as typed: dates as DD/MM/YYYY text),
// turned into an EmployeeInput for the services; the checks made before saving; and the mapping
// from an error's field path back to the control that shows it.
import {
  employeeInputSchema,
  GENDERS,
  LEAVE_REASONS,
  NATIONALITIES,
  normalizeEmployee,
  type Employee,
  type EmployeeInput,
  type Gender,
  type LeaveReason,
  type Nationality,
} from '../../../../shared/domain/employee';
import { ID_TYPES, type IdType } from '../../../../shared/domain/employee-id';
import { parseMyKad } from '../../../../shared/mykad';
import { formatMalaysianDate, parseTypedDate } from '../../../../shared/calendar';
import type { Message } from '../../i18n/messages';
import { fieldMessages } from '../../lib/validation';
import { calculateContributions, type ContributionResult, type PersonFacts } from '../../../../shared/statutory';
import {
  EMPTY_PAYROLL_FORM,
  PAYROLL_CHOICES,
  PAYROLL_FIELD_ORDER,
  payrollFormFromEmployee,
  payrollInputFromForm,
  type PayrollFormValues,
} from './payroll-form';

export type Choice3 = '' | 'yes' | 'no';

/** The form's values: who the employee is and the SOCSO facts here, the payroll records in payroll-form.ts. */
export interface FormValues extends PayrollFormValues {
  name: string;
  // Dates are the text in their field: "17/05/1980" (or as typed, until the field is left).
  idType: IdType;
  idNumber: string;
  perkesoId: string;
  dateOfBirth: string;
  gender: '' | Gender;
  nationality: Nationality;
  domesticWorker: boolean;
  hireDate: string;
  perkesoRegisteredDate: string;
  leaveDate: string;
  leaveReason: '' | LeaveReason;
  firstInsuredAt55: boolean;
  noEisBefore57: boolean;
  paysLindung: boolean;
  categoryOverride: '' | '1' | '2';
  categoryOverrideReason: string;
  eisOverride: Choice3;
  eisOverrideReason: string;
  lindungOverride: Choice3;
  lindungOverrideReason: string;
  notes: string;
}

export type FormField = keyof FormValues;
export type FormErrors = Partial<Record<FormField, Message>>;

export const DATE_FIELDS = ['dateOfBirth', 'hireDate', 'perkesoRegisteredDate', 'leaveDate', 'epfKeep11Date'] as const satisfies readonly FormField[];

export const EMPTY_FORM: FormValues = {
  name: '',
  idType: 'mykad',
  idNumber: '',
  perkesoId: '',
  dateOfBirth: '',
  gender: '',
  nationality: 'citizen',
  domesticWorker: false,
  hireDate: '',
  perkesoRegisteredDate: '',
  leaveDate: '',
  leaveReason: '',
  firstInsuredAt55: false,
  noEisBefore57: false,
  paysLindung: true,
  categoryOverride: '',
  categoryOverrideReason: '',
  eisOverride: '',
  eisOverrideReason: '',
  lindungOverride: '',
  lindungOverrideReason: '',
  notes: '',
  ...EMPTY_PAYROLL_FORM,
};

/** The overrides of what the rules decide, under "Advanced" in the form. */
export const ADVANCED_FIELDS: readonly FormField[] = [
  'categoryOverride',
  'categoryOverrideReason',
  'eisOverride',
  'eisOverrideReason',
  'lindungOverride',
  'lindungOverrideReason',
];

/** The order errors are looked for in (the first one gets the focus). */
export const FIELD_ORDER: readonly FormField[] = [
  'name',
  'idType',
  'idNumber',
  'perkesoId',
  'dateOfBirth',
  'gender',
  'nationality',
  'hireDate',
  'perkesoRegisteredDate',
  'leaveDate',
  'leaveReason',
  ...ADVANCED_FIELDS,
  ...PAYROLL_FIELD_ORDER,
  'notes',
];

/** A stored date ("2024-03-01") as its field shows it ("01/03/2024"); '' for none. */
const dateText = (iso: string | null) => (iso ? formatMalaysianDate(iso) : '');

/** The date a field's text means; null when empty, and the text itself when it is not a date (the check says so). */
const typedDate = (text: string) => (text.trim() === '' ? null : (parseTypedDate(text) ?? text));

export function formFromEmployee(e: Employee): FormValues {
  const choice = (o: { value: boolean } | null): Choice3 => (o === null ? '' : o.value ? 'yes' : 'no');
  return {
    name: e.name,
    idType: e.idType,
    idNumber: e.idNumber,
    perkesoId: e.perkesoId === e.idNumber ? '' : e.perkesoId,
    dateOfBirth: dateText(e.dateOfBirth),
    gender: e.gender ?? '',
    nationality: e.nationality,
    domesticWorker: e.domesticWorker,
    hireDate: dateText(e.hireDate),
    perkesoRegisteredDate: dateText(e.perkesoRegisteredDate),
    leaveDate: dateText(e.leaveDate),
    leaveReason: e.leaveReason ?? '',
    firstInsuredAt55: e.firstInsuredAt55,
    noEisBefore57: e.noEisBefore57,
    paysLindung: e.paysLindung,
    categoryOverride: e.categoryOverride ? (String(e.categoryOverride.value) as '1' | '2') : '',
    categoryOverrideReason: e.categoryOverride?.reason ?? '',
    eisOverride: choice(e.eisOverride),
    eisOverrideReason: e.eisOverride?.reason ?? '',
    lindungOverride: choice(e.lindungOverride),
    lindungOverrideReason: e.lindungOverride?.reason ?? '',
    notes: e.notes ?? '',
    ...payrollFormFromEmployee(e),
  };
}

export function inputFromForm(v: FormValues): EmployeeInput {
  return {
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber,
    perkesoId: v.perkesoId.trim() === '' ? null : v.perkesoId,
    dateOfBirth: typedDate(v.dateOfBirth),
    gender: v.gender || null,
    nationality: v.nationality,
    domesticWorker: v.domesticWorker,
    hireDate: typedDate(v.hireDate),
    perkesoRegisteredDate: typedDate(v.perkesoRegisteredDate),
    leaveDate: typedDate(v.leaveDate),
    leaveReason: v.leaveReason || null,
    firstInsuredAt55: v.firstInsuredAt55,
    noEisBefore57: v.noEisBefore57,
    paysLindung: v.paysLindung,
    categoryOverride: v.categoryOverride ? { value: Number(v.categoryOverride) as 1 | 2, reason: v.categoryOverrideReason } : null,
    eisOverride: v.eisOverride ? { value: v.eisOverride === 'yes', reason: v.eisOverrideReason } : null,
    lindungOverride: v.lindungOverride ? { value: v.lindungOverride === 'yes', reason: v.lindungOverrideReason } : null,
    notes: v.notes,
    ...payrollInputFromForm(v),
  };
}

/**
 * Everything wrong with the form by the shared rules, by field, checked before saving so every
 * problem shows at once; null when it may be saved. A date that is not one says how to type it.
 */
export function checkForm(values: FormValues, today: string): FormErrors | null {
  const found: FormErrors = {};
  for (const field of DATE_FIELDS) {
    if (values[field].trim() !== '' && parseTypedDate(values[field]) === null) found[field] = { key: 'employees.error.dateTyped' };
  }
  const parsed = employeeInputSchema.safeParse(inputFromForm(values));
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldMessages(parsed.error))) {
      const field = formFieldOf(path);
      if (field && !found[field]) found[field] = message;
    }
  }
  if (Object.keys(found).length > 0 || !parsed.success) return found;
  const normalized = normalizeEmployee(parsed.data, today);
  if (!normalized.ok) {
    const field = formFieldOf(normalized.error.field) ?? 'idNumber';
    return { [field]: { key: normalized.error.key, params: normalized.error.params } };
  }
  return null;
}

/** What the form fills in from a full, valid MyKad number: the date of birth (as its field shows it) and gender. */
export function myKadFill(v: Pick<FormValues, 'idType' | 'idNumber'>, today: string) {
  const read = myKadFacts(v, today);
  return read ? { digits: read.digits, dateOfBirth: formatMalaysianDate(read.dateOfBirth), gender: read.gender } : null;
}

/**
 * "employee.idNumber" → "idNumber"; "employee.categoryOverride.reason" → "categoryOverrideReason".
 * Null when the path names nothing on the form (the error is then shown above the form).
 */
export function formFieldOf(path: string | undefined): FormField | null {
  if (!path) return null;
  const inner = path.replace(/^employee\./, '');
  const override = /^(categoryOverride|eisOverride|lindungOverride)\.reason$/.exec(inner);
  if (override) return `${override[1] as 'categoryOverride' | 'eisOverride' | 'lindungOverride'}Reason`;
  const head = inner.split('.')[0] ?? '';
  return (FIELD_ORDER as readonly string[]).includes(head) || head in EMPTY_FORM ? (head as FormField) : null;
}

/** What a MyKad number as typed tells, for instant feedback (null while it is not a full valid number). */
export function myKadFacts(v: Pick<FormValues, 'idType' | 'idNumber'>, today: string) {
  if (v.idType !== 'mykad') return null;
  const parsed = parseMyKad(v.idNumber, { today });
  return parsed.ok ? parsed.value : null;
}

export function myKadProblem(v: Pick<FormValues, 'idType' | 'idNumber'>, today: string) {
  if (v.idType !== 'mykad' || v.idNumber.trim() === '') return null;
  const parsed = parseMyKad(v.idNumber, { today });
  return parsed.ok ? null : parsed.error;
}

/** The facts the engine needs, from the form as it stands (an override without a reason yet still previews). */
export function personFromForm(v: FormValues, placeholderReason: string): PersonFacts {
  const reason = (text: string) => (text.trim() === '' ? placeholderReason : text);
  return {
    dateOfBirth: parseTypedDate(v.dateOfBirth),
    nationality: v.nationality,
    domesticWorker: v.domesticWorker,
    firstInsuredAt55: v.firstInsuredAt55,
    noEisBefore57: v.noEisBefore57,
    paysLindung: v.paysLindung,
    overrides: {
      category: v.categoryOverride ? { value: Number(v.categoryOverride) as 1 | 2, reason: reason(v.categoryOverrideReason) } : null,
      eis: v.eisOverride ? { eligible: v.eisOverride === 'yes', reason: reason(v.eisOverrideReason) } : null,
      lindung: v.lindungOverride ? { applies: v.lindungOverride === 'yes', reason: reason(v.lindungOverrideReason) } : null,
    },
  };
}

/** Coverage for the month by the rules (wages 0: only who is in which scheme matters here). */
export function previewCoverage(v: FormValues, month: string, placeholderReason: string): ContributionResult | null {
  try {
    return calculateContributions({ month, wagesSen: 0, person: personFromForm(v, placeholderReason) });
  } catch {
    // A date of birth after the month, a month the engine does not cover: no preview.
    return null;
  }
}

/** True when the form differs from what it started with (something typed is not saved). */
export function formChanged(values: FormValues, initial: FormValues): boolean {
  return (Object.keys(initial) as FormField[]).some((field) => values[field] !== initial[field]);
}

/** The choices each select accepts ('' is "not given" / "as the rules say"). */
const CHOICES: Partial<Record<FormField, readonly string[]>> = {
  idType: ID_TYPES,
  nationality: NATIONALITIES,
  gender: ['', ...GENDERS],
  leaveReason: ['', ...LEAVE_REASONS],
  categoryOverride: ['', '1', '2'],
  eisOverride: ['', 'yes', 'no'],
  lindungOverride: ['', 'yes', 'no'],
  ...PAYROLL_CHOICES,
};

/** Longer than any field accepts: a draft with more is not one this form wrote. */
const MAX_DRAFT_TEXT = 2000;

/**
 * A kept draft of the form read back; null when it is not one (every field checked). A draft kept
 * before the form had the payroll fields lacks them: those come from `base` (what the form starts
 * with), so reading it back never clears a stored tax number or bank account.
 */
export function parseFormDraft(data: unknown, base: FormValues = EMPTY_FORM): FormValues | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const values = { ...EMPTY_FORM } as Record<FormField, string | boolean>;
  for (const field of Object.keys(EMPTY_FORM) as FormField[]) {
    const value = record[field];
    if (value === undefined && field in EMPTY_PAYROLL_FORM) {
      values[field] = base[field];
      continue;
    }
    if (typeof value !== typeof EMPTY_FORM[field]) return null;
    if (typeof value === 'string' && value.length > MAX_DRAFT_TEXT) return null;
    const choices = CHOICES[field];
    if (choices && !choices.includes(value as string)) return null;
    values[field] = value as string | boolean;
  }
  return values as unknown as FormValues;
}
