// Where a receipt is kept, and under what name. Pure (node:path only) and unit-tested with
// hostile names (tests/unit/app/portal/download-policy.test.ts): the name comes from a web page or
// the user and is never trusted. The portal view's download handling (main/app/portal) and the
// receipts service both use it.
//
// Receipts live in <company folder>/<YYYY-MM>/receipts/<name>. The name is made from the page's
// suggestion: only its last path part, no control or reserved characters, no Windows device
// names, at most MAX_RECEIPT_NAME characters, an extension from RECEIPT_EXTENSIONS (a PDF stays a
// PDF; anything else is kept as inert ".bin" bytes, or refused when it is a program), prefixed
// with the month and the kind, and made unique among the names already in the folder.
import path from 'node:path';

import { isMonth } from '../../../shared/calendar';
import { isWindowsReservedName } from '../../../shared/domain/file-names';
import { RECEIPT_KINDS, type ReceiptKind } from '../../../shared/domain/receipts';

export { RECEIPT_KINDS, type ReceiptKind };

/** Extensions kept as they are: what ASSIST and the banks give (PDF, a saved page, an image). */
export const RECEIPT_EXTENSIONS: readonly string[] = Object.freeze(['.pdf', '.html', '.htm', '.png', '.jpg', '.jpeg', '.txt']);

/** Kinds of file that run code when opened: never saved from the portal, whatever it claims. */
export const REFUSED_EXTENSIONS: readonly string[] = Object.freeze([
  '.exe', '.com', '.bat', '.cmd', '.msi', '.msp', '.scr', '.pif', '.cpl', '.dll', '.sys', '.lnk', '.url',
  '.js', '.jse', '.mjs', '.vbs', '.vbe', '.wsf', '.wsh', '.ps1', '.psm1', '.hta', '.jar', '.reg', '.inf',
  '.app', '.dmg', '.pkg', '.command', '.sh', '.bash', '.zsh', '.py', '.pl', '.rb', '.appimage', '.deb', '.rpm',
  '.docm', '.xlsm', '.pptm', '.iso', '.img', '.vhd', '.svg', '.xhtml', '.mht', '.mhtml',
]);

/** From the Content-Type, when the suggested name has no usable extension. */
const EXTENSION_FOR_MIME: Readonly<Record<string, string>> = Object.freeze({
  'application/pdf': '.pdf',
  'text/html': '.html',
  'text/plain': '.txt',
  'image/png': '.png',
  'image/jpeg': '.jpg',
});

export const MAX_RECEIPT_NAME = 120;
const KIND_LABEL: Readonly<Record<ReceiptKind, string>> = { acr: 'ACR', ecr: 'ECR', payment: 'RESIT', other: 'DOC' };
// Control characters, the characters Windows forbids, and characters that confuse shells/URLs.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*%#;`$&'{}[\]~^=+!,@\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function isReceiptKind(value: unknown): value is ReceiptKind {
  return typeof value === 'string' && (RECEIPT_KINDS as readonly string[]).includes(value);
}

/** <company folder>/<YYYY-MM>/receipts. Throws on a month that is not YYYY-MM or a relative folder. */
export function receiptFolder(companyFolder: string, month: string): string {
  if (!isMonth(month)) throw new Error(`receiptFolder: not a month: ${JSON.stringify(month)}`);
  if (!path.isAbsolute(companyFolder)) throw new Error('receiptFolder: the company folder must be absolute');
  return path.join(path.resolve(companyFolder), month, 'receipts');
}

/** The last path part of a suggested name, in either separator style, without traversal. */
function lastPart(suggested: string): string {
  const parts = suggested.split(/[/\\]+/);
  return parts[parts.length - 1] ?? '';
}

function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(UNSAFE_CHARS, '_')
    .replace(/\s+/g, ' ')
    .replace(/_+/g, '_')
    .replace(/^[\s._-]+|[\s._-]+$/g, '');
}

export type ExtensionDecision = { ok: true; extension: string } | { ok: false; reason: 'refused-type' };

/**
 * The extension to save with: the suggested name's when allowed; else the Content-Type's; else
 * ".bin" (inert). A program (REFUSED_EXTENSIONS, in the name or as an inner ".exe.pdf"-style
 * part before an unknown extension) is refused.
 */
export function receiptExtension(suggested: string, mimeType?: string): ExtensionDecision {
  const base = lastPart(suggested).toLowerCase().replace(/[\s.]+$/g, '');
  const extension = path.extname(base);
  if (extension && REFUSED_EXTENSIONS.includes(extension)) return { ok: false, reason: 'refused-type' };
  if (extension && RECEIPT_EXTENSIONS.includes(extension)) return { ok: true, extension: extension === '.jpeg' ? '.jpg' : extension };
  const mime = (mimeType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const fromMime = EXTENSION_FOR_MIME[mime];
  if (fromMime) return { ok: true, extension: fromMime };
  return { ok: true, extension: '.bin' };
}

function truncate(text: string, max: number): string {
  return Array.from(text).slice(0, Math.max(0, max)).join('');
}

export type ReceiptNameDecision = { ok: true; name: string } | { ok: false; reason: 'refused-type' | 'bad-month' };

/**
 * A safe, unique file name for a receipt: "<YYYY-MM>-<KIND>-<cleaned stem><ext>", with " (2)",
 * " (3)"… when the folder already has it (compared without case: Windows and macOS ignore it).
 */
export function receiptFileName(
  suggested: string,
  kind: ReceiptKind,
  month: string,
  existingNames: Iterable<string>,
  mimeType?: string,
): ReceiptNameDecision {
  if (!isMonth(month)) return { ok: false, reason: 'bad-month' };
  const ext = receiptExtension(typeof suggested === 'string' ? suggested : '', mimeType);
  if (!ext.ok) return ext;
  const part = lastPart(typeof suggested === 'string' ? suggested : '');
  const withoutExt = part.replace(/[\s.]+$/g, '');
  const known = path.extname(withoutExt);
  let stem = cleanText(known ? withoutExt.slice(0, -known.length) : withoutExt);
  if (stem === '' || /^\.+$/.test(stem)) stem = 'receipt';
  if (isWindowsReservedName(stem)) stem = `${stem}-file`; // defence in depth: the prefix already avoids device names

  const prefix = `${month}-${KIND_LABEL[kind]}-`;
  const taken = new Set(Array.from(existingNames, (name) => name.toLowerCase()));
  for (let n = 1; n < 10_000; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_RECEIPT_NAME - prefix.length - suffix.length - ext.extension.length;
    const name = `${prefix}${truncate(stem, room).replace(/[\s._-]+$/g, '') || 'receipt'}${suffix}${ext.extension}`;
    if (!taken.has(name.toLowerCase())) return { ok: true, name };
  }
  throw new Error('receiptFileName: no free name');
}

/**
 * What a receipt is, from its file name and, when it is text (HTML, TXT), its contents.
 * An official receipt ("RESIT RASMI", "No. Resit") is a payment receipt even though it names the
 * ACR it pays for; otherwise ACR (SOCSO) and ECR (EIS) acknowledgements by their names.
 */
export function detectReceiptKind(fileName: string, text = ''): ReceiptKind {
  const body = text.slice(0, 200_000).toUpperCase();
  if (/RESIT\s+RASMI|NO\.?\s*RESIT|OFFICIAL\s+RECEIPT|JUMLAH\s+BAYARAN/.test(body)) return 'payment';
  const name = fileName.toUpperCase();
  if (/RESIT|RECEIPT|PAYMENT|BAYARAN|FPX/.test(name)) return 'payment';
  if (/(^|[^A-Z])ACR([^A-Z]|$)/.test(name) || /ACKNOWLEDGEMENT\s+OF\s+CONTRIBUTION/.test(body)) return 'acr';
  if (/(^|[^A-Z])ECR([^A-Z]|$)/.test(name) || /EIS\s+CONTRIBUTION\s+RECEIVED/.test(body)) return 'ecr';
  if (/(^|[^A-Z])ACR\d/.test(body)) return 'acr';
  if (/(^|[^A-Z])ECR\d/.test(body)) return 'ecr';
  return 'other';
}

export interface ReceiptFacts {
  /** "No. Resit". */
  receiptNumber: string | null;
  /** The contribution month the receipt pays for ("ACR…-07/2026" → "2026-07"). */
  month: string | null;
  /** "Kod Majikan": a letter, ten digits, a letter. */
  employerCode: string | null;
  /** "Jumlah Bayaran : RM318.45" in sen. */
  totalSen: number | null;
}

/** What a text receipt says (see ASSIST_PORTAL.md, "What a receipt says"). Missing facts are null. */
export function readReceiptFacts(text: string): ReceiptFacts {
  const body = text.slice(0, 200_000).replace(/<[^>]*>/g, ' ').replace(/&nbsp;/gi, ' ').replace(/\s+/g, ' ');
  const receiptNumber = /No\.?\s*Resit\s*:?\s*([A-Z0-9][A-Z0-9/-]{2,40})/i.exec(body)?.[1] ?? null;
  const monthMatch = /(?:ACR|ECR)[A-Z0-9]*-(0[1-9]|1[0-2])\/(\d{4})/i.exec(body);
  const month = monthMatch ? `${monthMatch[2]}-${monthMatch[1]}` : null;
  const employerCode = /Kod\s+Majikan\s*:?\s*([A-Z]\d{10}[A-Z])\b/i.exec(body)?.[1]?.toUpperCase() ?? null;
  const total = /Jumlah\s+Bayaran\s*:?\s*RM\s*([0-9][0-9,]*)(?:\.(\d{2}))?/i.exec(body);
  let totalSen: number | null = null;
  if (total?.[1]) {
    const ringgit = Number(total[1].replace(/,/g, ''));
    const sen = Number(total[2] ?? '0');
    if (Number.isSafeInteger(ringgit) && ringgit < 1e10) totalSen = ringgit * 100 + sen;
  }
  return { receiptNumber, month, employerCode, totalSen };
}
