// Receipts (ACR, ECR, payment receipts) kept in each company's folder for each month, and the
// month's status from generated files to a filed receipt.

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

/** Largest receipt accepted by hand: 20 MB (a scanned PDF), as base64. */
export const MAX_RECEIPT_BYTES = 20 * 1024 * 1024;
