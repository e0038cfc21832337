// Receipts (ACR, ECR, payment receipts) kept in each company's folder for each month, and the
// month's status from generated files to a filed receipt.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from './backups';

export const RECEIPT_KINDS = ['acr', 'ecr', 'payment', 'other'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/** In order: each status implies the ones before it. */
export const MONTH_STATUSES = ['generated', 'submitted', 'paid', 'receipt_filed'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

export interface ReceiptInfo {
  id: number;
  companyId: number;
  /** The contribution month it is filed under, "YYYY-MM". */
  month: string;
  kind: ReceiptKind;
  fileName: string;
  /** Absolute path: <company folder>/<YYYY-MM>/receipts/<fileName>. */
  path: string;
  size: number;
  sha256: string;
  /** 'portal': saved from a portal download; 'user': attached by hand. */
  source: 'portal' | 'user';
  /** ISO 8601 UTC. */
  filedAt: string;
  /** What a text receipt says (null when unknown, e.g. a PDF). */
  receiptNumber: string | null;
  detectedMonth: string | null;
  employerCode: string | null;
  totalSen: number | null;
}

export interface ReceiptList {
  /** Where the month's receipts are kept. */
  folder: string;
  receipts: ReceiptInfo[];
}

export interface MonthStatusInfo {
  companyId: number;
  month: string;
  /** null: nothing happened for the month yet. */
  status: MonthStatus | null;
  /** 'auto': set by Caruman from what it saw; 'user': set by the user. */
  source: 'auto' | 'user' | null;
  updatedAt: string | null;
}

const id = z.number().int().positive();
/** Largest receipt accepted by hand: 20 MB (a scanned PDF), as base64. */
export const MAX_RECEIPT_BYTES = 20 * 1024 * 1024;

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
