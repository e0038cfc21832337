// The employee form's values (what the user typed, kept as typed), turned into an EmployeeInput
// for the services, and the mapping from an error's field path back to the control that shows it.
import type { Employee, EmployeeInput, Gender, LeaveReason, Nationality } from '../../../../shared/domain/employee';
import type { IdType } from '../../../../shared/domain/employee-id';
import { parseMyKad } from '../../../../shared/mykad';
import { isIsoDate } from '../../../../shared/calendar';
import { calculateContributions, type ContributionResult, type PersonFacts } from '../../../../shared/statutory';

export type Choice3 = '' | 'yes' | 'no';

export interface FormValues {
  name: string;
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
};

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
  'categoryOverride',
  'categoryOverrideReason',
  'eisOverride',
  'eisOverrideReason',
  'lindungOverride',
  'lindungOverrideReason',
  'notes',
];

export const ADVANCED_FIELDS: readonly FormField[] = [
  'categoryOverride',
  'categoryOverrideReason',
  'eisOverride',
  'eisOverrideReason',
  'lindungOverride',
  'lindungOverrideReason',
];

export function formFromEmployee(e: Employee): FormValues {
  const choice = (o: { value: boolean } | null): Choice3 => (o === null ? '' : o.value ? 'yes' : 'no');
  return {
    name: e.name,
    idType: e.idType,
    idNumber: e.idNumber,
    perkesoId: e.perkesoId === e.idNumber ? '' : e.perkesoId,
    dateOfBirth: e.dateOfBirth ?? '',
    gender: e.gender ?? '',
    nationality: e.nationality,
    domesticWorker: e.domesticWorker,
    hireDate: e.hireDate ?? '',
    perkesoRegisteredDate: e.perkesoRegisteredDate ?? '',
    leaveDate: e.leaveDate ?? '',
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
  };
}

export function inputFromForm(v: FormValues): EmployeeInput {
  return {
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber,
    perkesoId: v.perkesoId.trim() === '' ? null : v.perkesoId,
    dateOfBirth: v.dateOfBirth || null,
    gender: v.gender || null,
    nationality: v.nationality,
    domesticWorker: v.domesticWorker,
    hireDate: v.hireDate || null,
    perkesoRegisteredDate: v.perkesoRegisteredDate || null,
    leaveDate: v.leaveDate || null,
    leaveReason: v.leaveReason || null,
    firstInsuredAt55: v.firstInsuredAt55,
    noEisBefore57: v.noEisBefore57,
    paysLindung: v.paysLindung,
    categoryOverride: v.categoryOverride ? { value: Number(v.categoryOverride) as 1 | 2, reason: v.categoryOverrideReason } : null,
    eisOverride: v.eisOverride ? { value: v.eisOverride === 'yes', reason: v.eisOverrideReason } : null,
    lindungOverride: v.lindungOverride ? { value: v.lindungOverride === 'yes', reason: v.lindungOverrideReason } : null,
    notes: v.notes,
  };
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
    dateOfBirth: isIsoDate(v.dateOfBirth) ? v.dateOfBirth : null,
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
