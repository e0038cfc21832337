// The employee's records for EPF, PCB and the pay run (PAYROLL_RECORDS.md "employees"): the EPF
// member number and status, the keep-11 % election, the tax facts, bank and payslip details.
// Shared so the form checks exactly what the main process stores; employee.ts merges these into
// the employee input and normalizeEmployee applies the rules that need more than one field.
import { z } from 'zod';
import { EPF_STATUSES, type EpfStatus } from '../epf/person';
import { taxNumberDigits } from '../tax/cp39/values';
import { parseRinggit, ringgitToSen, senToDecimal } from '../money/sen';
import { typedDateText } from './dates';
import { epfNumberDigits, normalizedText, wholeNumber } from './fields';

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const PAYSLIP_LANGUAGES = ['ms', 'en'] as const;
export type PayslipLanguage = (typeof PAYSLIP_LANGUAGES)[number];

/** The four kinds of qualifying children of the PCB formula (PCB.md §1.5; the `caruman pcb` columns). */
export const CHILD_KINDS = ['childrenBasic', 'childrenStudy', 'childrenDisabled', 'childrenDisabledStudy'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];
/** The tax engine's own limit (shared/tax MAX_CHILDREN). */
export const MAX_CHILDREN_OF_A_KIND = 99;

export const EPF_MEMBER_NUMBER_MAX = 19;
export const BANK_NAME_MAX = 100;
export const BANK_ACCOUNT_DIGITS = { min: 5, max: 20 } as const;
export const JOB_TITLE_MAX = 100;
export const STAFF_NUMBER_MAX = 20;

/** An employee's payroll records, as stored and shown. */
export interface EmployeePayrollFields {
  /** KWSP member number, digits only; null until KWSP gives one. */
  epfMemberNumber: string | null;
  /** Null: from nationality (effectiveEpfStatus). Set for a pre-1998 member or a foreign worker who elected. */
  epfStatus: EpfStatus | null;
  /** Elected to keep the 11 % employee rate in a cut period (Borang KWSP 17A; EPF rule E3). */
  epfKeep11: boolean;
  /** The day the election was made; it applies from the following month (epf-facts.ts). */
  epfKeep11Date: string | null;
  /** Income tax number as LHDN writes it: prefix letters and digits, e.g. "IG12345678090". */
  taxNumber: string | null;
  /** False: non-resident for tax (the flat rate, PCB rule P5). */
  taxResident: boolean;
  maritalStatus: MaritalStatus;
  /** Only when married: decides PCB category 2 or 3 (pcbCategory). */
  spouseWorking: boolean;
  disabled: boolean;
  /** Only when married (PCB rule P7). */
  spouseDisabled: boolean;
  childrenBasic: number;
  childrenStudy: number;
  childrenDisabled: number;
  childrenDisabledStudy: number;
  bankName: string | null;
  /** Digits and hyphens as the bank prints them; spaces are removed. */
  bankAccount: string | null;
  /** Null: the app's language. */
  payslipLanguage: PayslipLanguage | null;
  jobTitle: string | null;
  /** The employer's own staff number (Form A staff code, Form EA, CP39 employee no.). */
  staffNumber: string | null;
  /** The contract's monthly basic rate in sen, for the Employment Act helpers (proration, overtime, unpaid leave). */
  monthlyRate: number | null;
}

export const PAYROLL_FIELD_NAMES = [
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
  'childrenBasic',
  'childrenStudy',
  'childrenDisabled',
  'childrenDisabledStudy',
  'bankName',
  'bankAccount',
  'payslipLanguage',
  'jobTitle',
  'staffNumber',
  'monthlyRate',
] as const satisfies readonly (keyof EmployeePayrollFields)[];

/** What a new employee starts with when these fields are not given. */
export const PAYROLL_FIELD_DEFAULTS: EmployeePayrollFields = {
  epfMemberNumber: null,
  epfStatus: null,
  epfKeep11: false,
  epfKeep11Date: null,
  taxNumber: null,
  taxResident: true,
  maritalStatus: 'single',
  spouseWorking: false,
  disabled: false,
  spouseDisabled: false,
  childrenBasic: 0,
  childrenStudy: 0,
  childrenDisabled: 0,
  childrenDisabledStudy: 0,
  bankName: null,
  bankAccount: null,
  payslipLanguage: null,
  jobTitle: null,
  staffNumber: null,
  monthlyRate: null,
};

/** Text that may be absent: trimmed, inner runs of spaces kept as one, empty → null. */
function optionalLine(max: number, tooLongKey: string) {
  return z
    .string({ error: 'error.validation.type' })
    .trim()
    .max(max, tooLongKey)
    .transform((value) => (value === '' ? null : value.replace(/\s+/g, ' ')))
    .nullable()
    .optional();
}

/** "1234 5678-9012" → "123456789012"; null when empty. */
const epfMemberNumberSchema = normalizedText((value) => epfNumberDigits(value, EPF_MEMBER_NUMBER_MAX), 'employees.error.epfMemberNumber');

/** "ig 531367-080" → "IG531367080": prefix letters and digits, upper case. */
export function normalizeTaxNumber(text: string): string | null | 'invalid' {
  const compact = text.replace(/[\s\-()]/g, '').toUpperCase();
  if (compact === '') return null;
  if (!/^[A-Z]{0,2}\d{1,11}$/.test(compact) || taxNumberDigits(compact) === null) return 'invalid';
  return compact;
}

const taxNumberSchema = normalizedText(normalizeTaxNumber, 'employees.error.taxNumber');

/** A bank account as the bank prints it: digits and hyphens (spaces removed), 5–20 digits. */
export function normalizeBankAccount(text: string): string | null | 'invalid' {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return null;
  if (!/^[\d-]+$/.test(compact)) return 'invalid';
  const digits = compact.replace(/-/g, '').length;
  if (digits < BANK_ACCOUNT_DIGITS.min || digits > BANK_ACCOUNT_DIGITS.max) return 'invalid';
  return compact.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

const bankAccountSchema = normalizedText(normalizeBankAccount, 'employees.error.bankAccount');

const staffNumberSchema = z
  .string({ error: 'error.validation.type' })
  .trim()
  .max(STAFF_NUMBER_MAX, 'employees.error.staffNumber')
  .refine((value) => /^[A-Za-z0-9./-]*$/.test(value), 'employees.error.staffNumber')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

/**
 * The monthly rate as typed in ringgit ("2,500" → "2500.00"); empty means not recorded. It stays
 * a decimal string through validation (so validating twice gives the same), and becomes sen in
 * normalizePayrollFields.
 */
const monthlyRateSchema = z
  .string({ error: 'error.money.format' })
  .transform((text, ctx) => {
    if (text.trim() === '') return null;
    const parsed = parseRinggit(text);
    if (parsed.ok) return senToDecimal(parsed.sen);
    ctx.addIssue({ code: 'custom', message: parsed.reason === 'negative' ? 'error.money.negative' : parsed.reason === 'too_large' ? 'error.money.tooLarge' : 'error.money.format' });
    return z.NEVER;
  })
  .nullable()
  .optional();

const childCount = wholeNumber(0, MAX_CHILDREN_OF_A_KIND, 'employees.error.children').optional();

/**
 * The payroll fields of the employee input. Every one may be left out: a new employee then gets
 * PAYROLL_FIELD_DEFAULTS, and an update keeps what is stored (so a screen or a file that does not
 * know these fields never clears them).
 */
export const employeePayrollInputShape = {
  epfMemberNumber: epfMemberNumberSchema,
  epfStatus: z.enum(EPF_STATUSES, { error: 'employees.error.epfStatus' }).nullable().optional(),
  epfKeep11: z.boolean({ error: 'error.validation.type' }).optional(),
  epfKeep11Date: typedDateText.nullable().optional(),
  taxNumber: taxNumberSchema,
  taxResident: z.boolean({ error: 'error.validation.type' }).optional(),
  maritalStatus: z.enum(MARITAL_STATUSES, { error: 'employees.error.maritalStatus' }).optional(),
  spouseWorking: z.boolean({ error: 'error.validation.type' }).optional(),
  disabled: z.boolean({ error: 'error.validation.type' }).optional(),
  spouseDisabled: z.boolean({ error: 'error.validation.type' }).optional(),
  childrenBasic: childCount,
  childrenStudy: childCount,
  childrenDisabled: childCount,
  childrenDisabledStudy: childCount,
  bankName: optionalLine(BANK_NAME_MAX, 'employees.error.bankName'),
  bankAccount: bankAccountSchema,
  payslipLanguage: z.enum(PAYSLIP_LANGUAGES, { error: 'employees.error.payslipLanguage' }).nullable().optional(),
  jobTitle: optionalLine(JOB_TITLE_MAX, 'employees.error.jobTitle'),
  staffNumber: staffNumberSchema,
  monthlyRate: monthlyRateSchema,
};

type ParsedPayrollInput = { [K in keyof typeof employeePayrollInputShape]: z.output<(typeof employeePayrollInputShape)[K]> };

export interface PayrollProblem {
  key: string;
  params?: Record<string, string | number>;
  field: string;
}

/**
 * The payroll fields from the parsed input, absent ones taken from `base` (the stored employee,
 * or the defaults for a new one), with the rules that need more than one field.
 */
export function normalizePayrollFields(
  input: Partial<ParsedPayrollInput>,
  base: EmployeePayrollFields,
  nationality: 'citizen' | 'pr' | 'temporary' | 'foreign',
): { ok: true; fields: EmployeePayrollFields } | { ok: false; error: PayrollProblem } {
  // Only the payroll fields of base (it may be a whole stored employee).
  const fields = {} as Record<keyof EmployeePayrollFields, unknown>;
  for (const name of PAYROLL_FIELD_NAMES) {
    fields[name] = base[name];
    const value = input[name];
    if (value === undefined) continue;
    fields[name] = name === 'monthlyRate' && typeof value === 'string' ? ringgitToSen(value) : value;
  }
  const f = fields as unknown as EmployeePayrollFields;

  if (f.epfStatus !== null && !epfStatusFitsNationality(f.epfStatus, nationality)) {
    return { ok: false, error: { key: 'employees.error.epfStatusNationality', params: { status: f.epfStatus, nationality }, field: 'epfStatus' } };
  }
  if (f.epfKeep11Date !== null && !f.epfKeep11) {
    return { ok: false, error: { key: 'employees.error.keep11DateWithoutElection', field: 'epfKeep11Date' } };
  }
  if (f.maritalStatus !== 'married') {
    if (f.spouseWorking) return { ok: false, error: { key: 'employees.error.spouseNotMarried', field: 'spouseWorking' } };
    if (f.spouseDisabled) return { ok: false, error: { key: 'employees.error.spouseNotMarried', field: 'spouseDisabled' } };
  }
  return { ok: true, fields: f };
}

/**
 * Which EPF statuses a nationality allows: a citizen is a citizen, a permanent resident a PR;
 * any other non-citizen is a pre-1998 member, a foreign worker, or one who elected.
 */
export function epfStatusFitsNationality(status: EpfStatus, nationality: 'citizen' | 'pr' | 'temporary' | 'foreign'): boolean {
  if (nationality === 'citizen') return status === 'citizen';
  if (nationality === 'pr') return status === 'pr';
  return status === 'pre1998' || status === 'foreign' || status === 'foreign_elected';
}
