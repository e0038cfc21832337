// What a company is, and what makes its fields valid. Shared so the renderer can check a form
// before sending it, while the main process checks again: it never trusts the renderer.
import { z } from 'zod';

export const COMPANY_NAME_MAX = 150;
export const EMPLOYER_CODE_MAX = 12;
export const SSM_NUMBER_MAX = 20;

export interface Company {
  id: number;
  name: string;
  employerCode: string;
  ssmNumber: string | null;
  createdAt: string;
  updatedAt: string;
}

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
  .regex(/^[A-Z0-9]+$/, 'companies.error.employerCode.format');

/** SSM / MyCoID registration number; optional, empty means unknown. */
export const ssmNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(SSM_NUMBER_MAX, 'companies.error.ssmNumber.tooLong')
  .regex(/^[A-Z0-9-]*$/, 'companies.error.ssmNumber.format')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

export const companyIdSchema = z.number().int().positive();

export const newCompanySchema = z
  .object({ name: companyNameSchema, employerCode: employerCodeSchema, ssmNumber: ssmNumberSchema })
  .strict();
export type NewCompany = z.input<typeof newCompanySchema>;

export const renameCompanySchema = z.object({ id: companyIdSchema, name: companyNameSchema }).strict();
