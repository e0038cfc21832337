// Forms EA (issue 16): a year's forms written into a folder (one PDF per employee paid and the
// combined PDF), and one employee's form for the app's preview. `caruman ea` goes through ea:write.
import { z } from 'zod';
import { channel } from '../channel';

const id = z.number().int().positive();
const year = z.number().int().min(2016).max(2100);

export interface EaWritten {
  folder: string;
  files: { fileName: string; path: string; size: number }[];
}

export interface EaPreview {
  fileName: string;
  /** The PDF, base64. */
  base64: string;
}

/** What a year's forms would hold, before writing them (the Files screen). */
export interface EaYearSummary {
  year: number;
  /** Employees paid in the year's finalised months: one Form EA each. */
  employees: number;
  finalisedMonths: string[];
  /** Months with wages entered that are not finalised: ea:write refuses while there are any. */
  openMonths: string[];
}

export const eaChannels = {
  /** Writes every Form EA of the year into folder (all or none); refused while a month of the year with wages is open. */
  'ea:write': channel<EaWritten>()(z.object({ companyId: id, year, folder: z.string().min(1).max(4096), replace: z.boolean().optional() }).strict()),
  /** Writes the year's C.P.8D file (data for Form E) into folder; refused like ea:write, and without the company's E number. */
  'ea:writeCp8d': channel<EaWritten & { lines: number }>()(
    z.object({ companyId: id, year, folder: z.string().min(1).max(4096), replace: z.boolean().optional() }).strict(),
  ),
  /** The year's count of forms and its finalised and open months; refused when no month of the year is finalised. */
  'ea:year': channel<EaYearSummary>()(z.object({ companyId: id, year }).strict()),
  /** One employee's Form EA as a PDF (a DRAFT naming the open months while there are any). */
  'ea:preview': channel<EaPreview>()(z.object({ companyId: id, year, employeeId: id }).strict()),
};
