// What a company is, and what makes its fields valid. Shared so the renderer can check a form
// before sending it, while the main process checks again: it never trusts the renderer.
import { z } from 'zod';
import { isWindowsReservedName } from './file-names';
import { employerNumberDigits } from '../tax/cp39/values';
import { epfNumberDigits, normalizedText, optionalTrimmedText, wholeNumber } from './fields';

export const COMPANY_NAME_MAX = 150;
export const EMPLOYER_CODE_MAX = 12;
export const SSM_NUMBER_MAX = 20;

export interface Company {
  id: number;
  /**
   * A random version-4 UUID the database gives the company when it is created, and never changes.
   * Unlike the row id it is never reused for another company, so whatever must not pass between
   * companies (the ASSIST portal's saved login) is keyed on it.
   */
  uuid: string;
  name: string;
  employerCode: string;
  ssmNumber: string | null;
  address: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  /** Default folder for generated files and filed receipts (absolute path), or null for the default. */
  outputFolder: string | null;
  /** The ASSIST portal user name, to show beside the login. Never a password: Caruman stores none. */
  portalUsername: string | null;
  notes: string | null;
  /** Made by "Try Caruman with sample data": marked in the app, removable with everything of it. */
  isSample: boolean;
  /** KWSP employer number, digits only (Form A pads it to 19). */
  epfEmployerNumber: string | null;
  /** LHDN employer number (E number): "E" and its digits, as the CP39 file wants them ("E 908915-10" is kept as "E90891510"). */
  taxEmployerNumber: string | null;
  /** HRD Corp levy: none, 1 % (10 or more Malaysian employees) or 0.5 % (5–9, by choice). */
  hrdLevy: HrdLevy;
  /** Normal working hours a day, in minutes (the Employment Act hourly rate): 480 = 8 hours. */
  normalMinutesPerDay: number;
  /** The reference written on the payment list for the bank, e.g. "GAJI". */
  paymentReference: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The details a person may change after creating the company (the employer code is fixed). */
export const COMPANY_DETAIL_FIELDS = [
  'name',
  'ssmNumber',
  'address',
  'contactName',
  'phone',
  'email',
  'outputFolder',
  'portalUsername',
  'notes',
  'epfEmployerNumber',
  'taxEmployerNumber',
  'hrdLevy',
  'normalMinutesPerDay',
  'paymentReference',
] as const;

export const HRD_LEVY_CHOICES = ['none', 'one_percent', 'half_percent'] as const;
export type HrdLevy = (typeof HRD_LEVY_CHOICES)[number];
export const EPF_EMPLOYER_NUMBER_MAX = 19;
export const PAYMENT_REFERENCE_MAX = 20;
/** Normal hours a day Caruman accepts (in minutes): 1 to 12 hours. */
export const NORMAL_MINUTES_PER_DAY = { min: 60, max: 720, default: 480 } as const;

export const companyNameSchema = z
  .string({ error: 'companies.error.name.required' })
  .trim()
  .min(1, 'companies.error.name.required')
  .max(COMPANY_NAME_MAX, 'companies.error.name.tooLong');

/**
 * CHOSEN: an employer code is letters and digits only; the hyphens and spaces people copy from
 * letters ("A3700-12345") are left out, and the form says so (employerCodeAsSaved).
 */
export function employerCodeAsSaved(typed: string): string {
  return typed.trim().toUpperCase().replace(/[\s-]+/g, '');
}

/** PERKESO employer code, also the EIS employer code: letters and digits, stored upper case. */
export const employerCodeSchema = z
  .string({ error: 'companies.error.employerCode.required' })
  .transform(employerCodeAsSaved)
  .pipe(
    z
      .string()
      .min(1, 'companies.error.employerCode.required')
      .max(EMPLOYER_CODE_MAX, 'companies.error.employerCode.tooLong')
      .regex(/^[A-Z0-9]+$/, 'companies.error.employerCode.format')
      // It names the company's folders (<files>/<code>, <out>/<code>): CON or COM1 cannot be one on Windows.
      .refine((code) => !isWindowsReservedName(code), 'companies.error.employerCode.reserved'),
  );

/** SSM / MyCoID registration number as typed; empty means unknown (null). */
const ssmNumberText = z
  .string()
  .trim()
  .toUpperCase()
  .max(SSM_NUMBER_MAX, 'companies.error.ssmNumber.tooLong')
  .regex(/^[A-Z0-9-]*$/, 'companies.error.ssmNumber.format')
  .transform((value) => (value === '' ? null : value))
  .nullable();

/** For a new company: absent means unknown. */
export const ssmNumberSchema = ssmNumberText.optional().transform((value) => value ?? null);

export const companyIdSchema = z.number().int().positive();

/** A company's UUID as the database makes it (version 4, lower case). */
export const COMPANY_UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isCompanyUuid(value: unknown): value is string {
  return typeof value === 'string' && COMPANY_UUID_PATTERN.test(value);
}

export const newCompanySchema = z
  .object({ name: companyNameSchema, employerCode: employerCodeSchema, ssmNumber: ssmNumberSchema })
  .strict();
export type NewCompany = z.input<typeof newCompanySchema>;

export const renameCompanySchema = z.object({ id: companyIdSchema, name: companyNameSchema }).strict();

function optionalDetail(max: number, key = 'companies.error.detail.tooLong') {
  return optionalTrimmedText(max, key);
}

/** Changes to a company's details; fields left out keep their value, empty text clears one. */
export const updateCompanySchema = z
  .object({
    id: companyIdSchema,
    name: companyNameSchema.optional(),
    ssmNumber: ssmNumberText.optional(),
    address: optionalDetail(500),
    contactName: optionalDetail(150),
    phone: optionalDetail(40).refine((v) => v == null || /^[+\d][\d\s()-]{5,}$/.test(v), 'companies.error.phone'),
    email: optionalDetail(200).refine((v) => v == null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'companies.error.email'),
    outputFolder: optionalDetail(1000).refine((v) => v == null || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v), 'companies.error.outputFolder'),
    portalUsername: optionalDetail(100),
    notes: optionalDetail(2000),
    epfEmployerNumber: normalizedText((value) => epfNumberDigits(value, EPF_EMPLOYER_NUMBER_MAX), 'companies.error.epfEmployerNumber'),
    taxEmployerNumber: normalizedText((value) => {
      if (value.trim() === '') return null;
      const digits = employerNumberDigits(value);
      return digits === null ? 'invalid' : `E${digits}`;
    }, 'companies.error.taxEmployerNumber'),
    hrdLevy: z.enum(HRD_LEVY_CHOICES, { error: 'companies.error.hrdLevy' }).optional(),
    normalMinutesPerDay: wholeNumber(NORMAL_MINUTES_PER_DAY.min, NORMAL_MINUTES_PER_DAY.max, 'companies.error.normalHours').optional(),
    paymentReference: optionalDetail(PAYMENT_REFERENCE_MAX, 'companies.error.paymentReference').refine(
      (v) => v == null || /^[A-Za-z0-9 ./-]+$/.test(v),
      'companies.error.paymentReference',
    ),
  })
  .strict();
export type CompanyUpdate = z.output<typeof updateCompanySchema>;

/** A company as returned by an update: with what the user should know about the new details. */
export interface CompanyWithWarnings extends Company {
  warnings: { key: string; params?: Record<string, string | number>; field: string }[];
}

/** HRD Corp: registration (1 %) from 10 Malaysian employees; 5–9 may register at 0.5 %; below 5 not covered. */
export const HRD_LEVY_THRESHOLDS = { optional: 5, required: 10 } as const;

/**
 * What to say when the HRD levy choice does not fit the number of Malaysian employees (issue 17:
 * 1 % for 10 or more, 0.5 % by choice for 5–9). A warning, never a block: the employer knows
 * its registration with HRD Corp; Caruman only counts the employees it has on record.
 */
export function hrdLevyWarning(choice: HrdLevy, malaysianEmployees: number): { key: string; params: { count: number } } | null {
  const params = { count: malaysianEmployees };
  if (malaysianEmployees >= HRD_LEVY_THRESHOLDS.required) {
    return choice === 'one_percent' ? null : { key: 'companies.warning.hrdLevy.required', params };
  }
  if (malaysianEmployees >= HRD_LEVY_THRESHOLDS.optional) {
    return choice === 'one_percent' ? { key: 'companies.warning.hrdLevy.onePercentBelowTen', params } : null;
  }
  return choice === 'none' ? null : { key: 'companies.warning.hrdLevy.notCovered', params };
}
