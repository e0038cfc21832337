// The payroll records part of the employee form (PAYROLL_RECORDS.md "employees"): EPF, income tax,
// bank and payslip details as the form holds them (kept as typed: a date DD/MM/YYYY, a count or a
// ringgit amount as text), turned into the employee input's payroll fields, and what the EPF and
// PCB engines make of them for the live preview.
import { EPF_STATUSES, calculateEpf, type EpfExplanationItem, type EpfPart, type EpfStatus } from '../../../../shared/epf';
import {
  CHILD_KINDS,
  MARITAL_STATUSES,
  PAYSLIP_LANGUAGES,
  type EmployeePayrollFields,
  type MaritalStatus,
  type PayslipLanguage,
} from '../../../../shared/domain/employee-payroll';
import { effectiveEpfStatus, epfPersonOf } from '../../../../shared/domain/epf-facts';
import { pcbCategory } from '../../../../shared/domain/tax-facts';
import type { Nationality } from '../../../../shared/domain/employee';
import type { TaxCategory } from '../../../../shared/tax/types';
import { taxRules } from '../../../../shared/tax';
import { formatMalaysianDate, parseTypedDate, yearOfMonth } from '../../../../shared/calendar';
import { parseRinggit, senToDecimal } from '../../../../shared/money/sen';

export interface PayrollFormValues {
  epfMemberNumber: string;
  /** '' is "from nationality" (effectiveEpfStatus). */
  epfStatus: '' | EpfStatus;
  epfKeep11: boolean;
  /** DD/MM/YYYY as typed. */
  epfKeep11Date: string;
  taxNumber: string;
  taxResident: boolean;
  maritalStatus: MaritalStatus;
  spouseWorking: boolean;
  disabled: boolean;
  spouseDisabled: boolean;
  /** Counts as typed ("2"); '' is none. */
  childrenBasic: string;
  childrenStudy: string;
  childrenDisabled: string;
  childrenDisabledStudy: string;
  bankName: string;
  bankAccount: string;
  /** '' is the app's language. */
  payslipLanguage: '' | PayslipLanguage;
  jobTitle: string;
  staffNumber: string;
  /** Ringgit as typed ("2,500.00"); '' is not recorded. */
  monthlyRate: string;
}

export type PayrollFormField = keyof PayrollFormValues;

export const EMPTY_PAYROLL_FORM: PayrollFormValues = {
  epfMemberNumber: '',
  epfStatus: '',
  epfKeep11: false,
  epfKeep11Date: '',
  taxNumber: '',
  taxResident: true,
  maritalStatus: 'single',
  spouseWorking: false,
  disabled: false,
  spouseDisabled: false,
  childrenBasic: '',
  childrenStudy: '',
  childrenDisabled: '',
  childrenDisabledStudy: '',
  bankName: '',
  bankAccount: '',
  payslipLanguage: '',
  jobTitle: '',
  staffNumber: '',
  monthlyRate: '',
};

/** The order of the payroll fields on the form (the first with an error gets the focus). */
export const PAYROLL_FIELD_ORDER: readonly PayrollFormField[] = [
  'epfMemberNumber',
  'epfStatus',
  'epfKeep11',
  'epfKeep11Date',
  'taxNumber',
  'taxResident',
  'maritalStatus',
  'spouseWorking',
  'disabled',
  'spouseDisabled',
  ...CHILD_KINDS,
  'jobTitle',
  'staffNumber',
  'monthlyRate',
  'bankName',
  'bankAccount',
  'payslipLanguage',
];

/** The choices each payroll select accepts (for drafts read back). */
export const PAYROLL_CHOICES: Partial<Record<PayrollFormField, readonly string[]>> = {
  epfStatus: ['', ...EPF_STATUSES],
  maritalStatus: MARITAL_STATUSES,
  payslipLanguage: ['', ...PAYSLIP_LANGUAGES],
};

const count = (n: number) => (n === 0 ? '' : String(n));

export function payrollFormFromEmployee(e: EmployeePayrollFields): PayrollFormValues {
  return {
    epfMemberNumber: e.epfMemberNumber ?? '',
    epfStatus: e.epfStatus ?? '',
    epfKeep11: e.epfKeep11,
    epfKeep11Date: e.epfKeep11Date ? formatMalaysianDate(e.epfKeep11Date) : '',
    taxNumber: e.taxNumber ?? '',
    taxResident: e.taxResident,
    maritalStatus: e.maritalStatus,
    spouseWorking: e.spouseWorking,
    disabled: e.disabled,
    spouseDisabled: e.spouseDisabled,
    childrenBasic: count(e.childrenBasic),
    childrenStudy: count(e.childrenStudy),
    childrenDisabled: count(e.childrenDisabled),
    childrenDisabledStudy: count(e.childrenDisabledStudy),
    bankName: e.bankName ?? '',
    bankAccount: e.bankAccount ?? '',
    payslipLanguage: e.payslipLanguage ?? '',
    jobTitle: e.jobTitle ?? '',
    staffNumber: e.staffNumber ?? '',
    monthlyRate: e.monthlyRate === null ? '' : senToDecimal(e.monthlyRate),
  };
}

/**
 * A count as typed: '' is 0, a whole number is itself, anything else NaN (which the shared schema
 * refuses with employees.error.children, so "2.5" or "two" is never saved as something else).
 */
export function typedCount(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The payroll fields of the employee input: every one given, so saving the form stores what it shows. */
export function payrollInputFromForm(v: PayrollFormValues) {
  const keep11Date = v.epfKeep11Date.trim();
  return {
    epfMemberNumber: v.epfMemberNumber,
    epfStatus: v.epfStatus || null,
    epfKeep11: v.epfKeep11,
    // A date that is not one goes as typed: the shared schema refuses it (checkForm says how to type it first).
    epfKeep11Date: keep11Date === '' ? null : (parseTypedDate(keep11Date) ?? keep11Date),
    taxNumber: v.taxNumber,
    taxResident: v.taxResident,
    maritalStatus: v.maritalStatus,
    // Spouse facts count only when married; the boxes are hidden otherwise, so what they held is dropped.
    spouseWorking: v.maritalStatus === 'married' && v.spouseWorking,
    disabled: v.disabled,
    spouseDisabled: v.maritalStatus === 'married' && v.spouseDisabled,
    childrenBasic: typedCount(v.childrenBasic),
    childrenStudy: typedCount(v.childrenStudy),
    childrenDisabled: typedCount(v.childrenDisabled),
    childrenDisabledStudy: typedCount(v.childrenDisabledStudy),
    bankName: v.bankName,
    bankAccount: v.bankAccount,
    payslipLanguage: v.payslipLanguage || null,
    jobTitle: v.jobTitle,
    staffNumber: v.staffNumber,
    monthlyRate: v.monthlyRate,
  };
}

/** The EPF status the nationality gives, shown beside "From nationality". */
export function epfStatusFromNationality(nationality: Nationality): EpfStatus {
  return effectiveEpfStatus({ epfStatus: null, nationality });
}

export interface EpfPreview {
  part: EpfPart | 'none';
  /** The status used, and whether it came from the nationality. */
  status: EpfStatus;
  fromNationality: boolean;
  /** Why: the engine's own sentences about the part (explanation keys of shared/epf). */
  reasons: EpfExplanationItem[];
  /** The shares on the monthly rate, when one is typed; null otherwise. */
  shares: { rateSen: number; employerSen: number; employeeSen: number } | null;
}

/** The engine's sentences that say which part applies and why (not the amounts of a nominal wage). */
const PART_REASON = /^epf\.explain\.(part\.|none\.(foreignNotElected|foreignDomestic|age75)|keep11\.|domesticIgnored)/;

/** A wage with which the engine decides the part when no monthly rate is typed (any wage above RM10 would do). */
const NOMINAL_WAGES_SEN = 100_000;

/** Which EPF part applies this month as the form stands, and why; null when the engine cannot say (a month it does not cover). */
export function previewEpf(
  v: PayrollFormValues & { nationality: Nationality; domesticWorker: boolean; dateOfBirth: string },
  month: string,
): EpfPreview | null {
  const status = v.epfStatus || null;
  const keep11Date = parseTypedDate(v.epfKeep11Date);
  const rate = v.monthlyRate.trim() === '' ? null : parseRinggit(v.monthlyRate);
  const rateSen = rate && rate.ok && rate.sen > 0 ? rate.sen : null;
  const person = epfPersonOf(
    {
      dateOfBirth: parseTypedDate(v.dateOfBirth),
      nationality: v.nationality,
      domesticWorker: v.domesticWorker,
      epfStatus: status,
      epfKeep11: v.epfKeep11,
      epfKeep11Date: keep11Date,
    },
    month,
  );
  try {
    const result = calculateEpf({ wageMonth: month, wagesSen: rateSen ?? NOMINAL_WAGES_SEN, bonusSen: 0, person });
    return {
      part: result.part,
      status: person.status,
      fromNationality: status === null,
      reasons: result.explanation.filter((item) => PART_REASON.test(item.key)),
      shares: rateSen === null ? null : { rateSen, employerSen: result.employerSen, employeeSen: result.employeeSen },
    };
  } catch {
    return null;
  }
}

export interface PcbPreview {
  category: TaxCategory;
  resident: boolean;
  /** A non-resident's flat rate for the month's year of assessment, in basis points. */
  nonResidentRateBp: number;
}

/** The PCB category the form's facts give (the one named rule, pcbCategory), and residence. */
export function previewPcb(v: PayrollFormValues, month: string): PcbPreview {
  const children = {
    childrenBasic: typedCount(v.childrenBasic) || 0,
    childrenStudy: typedCount(v.childrenStudy) || 0,
    childrenDisabled: typedCount(v.childrenDisabled) || 0,
    childrenDisabledStudy: typedCount(v.childrenDisabledStudy) || 0,
  };
  return {
    category: pcbCategory({ maritalStatus: v.maritalStatus, spouseWorking: v.maritalStatus === 'married' && v.spouseWorking, ...children }),
    resident: v.taxResident,
    nonResidentRateBp: taxRules.nonResidentRateBp(yearOfMonth(month)),
  };
}
