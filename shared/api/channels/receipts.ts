// Receipts (ACR, ECR, payment receipts) kept in each company's folder for each month, and the
// month's status from generated files to a filed receipt.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import { MAX_RECEIPT_BYTES, MONTH_STATUSES, RECEIPT_KINDS, type MonthStatusInfo, type ReceiptInfo, type ReceiptList } from '../../domain/receipts';

export {
  MAX_RECEIPT_BYTES,
  MONTH_STATUSES,
  RECEIPT_KINDS,
  type MonthStatus,
  type MonthStatusInfo,
  type ReceiptInfo,
  type ReceiptKind,
  type ReceiptList,
} from '../../domain/receipts';

const id = z.number().int().positive();

export const receiptChannels = {
  'receipts:list': channel<ReceiptList>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /**
   * Attach a receipt by hand: a file chosen in the receipt dialog (dialogs:chooseOpenFile, purpose
   * 'receipt'), or its name and bytes (base64). The kind is detected when not given.
   */
  'receipts:attach': channel<ReceiptInfo>()(
    z
      .object({
        companyId: id,
        month: monthSchema,
        file: z.string().trim().min(1).max(4096).refine(isAbsolutePath, 'backups.error.path.notAbsolute').optional(),
        fileName: z
          .string({ error: 'portal.receipts.error.fileName' })
          .trim()
          .min(1, 'portal.receipts.error.fileName')
          .max(260, 'portal.receipts.error.fileName')
          .optional(),
        content: z
          .string()
          .max(Math.ceil(MAX_RECEIPT_BYTES / 3) * 4 + 4, 'portal.receipts.error.tooLarge')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'portal.receipts.error.notBase64')
          .optional(),
        kind: z.enum(RECEIPT_KINDS).optional(),
      })
      .strict()
      .refine((v) => v.file !== undefined || v.content !== undefined, { message: 'backups.error.path.required', path: ['file'] })
      .refine((v) => v.file !== undefined || v.fileName !== undefined, { message: 'portal.receipts.error.fileName', path: ['fileName'] }),
  ),
  'monthStatus:get': channel<MonthStatusInfo>()(z.object({ companyId: id, month: monthSchema }).strict()),
  /** The user says where the month is; may move it back (a mistaken click). */
  'monthStatus:set': channel<MonthStatusInfo>()(
    z.object({ companyId: id, month: monthSchema, status: z.enum(MONTH_STATUSES).nullable() }).strict(),
  ),
};
