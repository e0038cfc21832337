// Payslips (issue 17): a month's payslips written into a folder (one PDF per employee paid and the
// combined PDF), and one employee's payslip for the app's preview. `caruman payslips` goes
// through payslips:write.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';

const id = z.number().int().positive();

export interface PayslipsWritten {
  folder: string;
  files: { fileName: string; path: string; size: number }[];
}

export interface PayslipPreview {
  fileName: string;
  /** The PDF, base64. */
  base64: string;
}

export const payslipChannels = {
  /** Writes every payslip of the month into folder (all or none); replace: overwrite files of the same names. */
  'payslips:write': channel<PayslipsWritten>()(
    z.object({ companyId: id, month: monthSchema, folder: z.string().min(1).max(4096), replace: z.boolean().optional() }).strict(),
  ),
  /** One employee's payslip as a PDF, for the preview. */
  'payslips:preview': channel<PayslipPreview>()(z.object({ companyId: id, month: monthSchema, employeeId: id }).strict()),
};
