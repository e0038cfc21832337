// What a company is, and what makes its fields valid. Shared so the renderer can check a form
// before sending it, while the main process checks again: it never trusts the renderer.
import { z } from 'zod';
import { isWindowsReservedName } from './file-names';

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
  createdAt: string;
  updatedAt: string;
}

/** The details a person may change after creating the company (the employer code is fixed). */
export const COMPANY_DETAIL_FIELDS = ['name', 'ssmNumber', 'address', 'contactName', 'phone', 'email', 'outputFolder', 'portalUsername', 'notes'] as const;

export const companyNameSchema = z
  .string({ error: 'companies.error.name.required' })
  .trim()
  .min(1, 'companies.error.name.required')
  .max(COMPANY_NAME_MAX, 'companies.error.name.tooLong');

/** PERKESO employer code, also the EIS employer code: letters and digits, stored upper case. */
export const employerCodeSchema = z
  .string({ error: 'companies.error.employerCode.required' })
  .trim()
  .toUpperCase()
  .min(1, 'companies.error.employerCode.required')
  .max(EMPLOYER_CODE_MAX, 'companies.error.employerCode.tooLong')
  .regex(/^[A-Z0-9]+$/, 'companies.error.employerCode.format')
  // It names the company's folders (<files>/<code>, <out>/<code>): CON or COM1 cannot be one on Windows.
  .refine((code) => !isWindowsReservedName(code), 'companies.error.employerCode.reserved');

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
  return z
    .string()
    .trim()
    .max(max, key)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
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
  })
  .strict();
export type CompanyUpdate = z.output<typeof updateCompanySchema>;
