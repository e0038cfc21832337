// Receipts: every file the ASSIST portal downloads (ACR, ECR, payment receipt) and every receipt
// the user attaches by hand is kept in <company folder>/<YYYY-MM>/receipts/ under a safe, unique
// name, and recorded against the company and month; the month's status follows
// (generated → submitted → paid → receipt filed), automatically where Caruman sees it.
//
// The company folder is the company's output folder, or <files dir>/<employer code> where the
// files dir is Documents/Caruman (CARUMAN_FILES_DIR overrides it, for tests and second installs).
// Plain Node: the Electron download handler calls planDownload / completeDownload, the router
// calls the rest.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db/open';
import { ServiceError } from './service-error';
import type { MonthStatus, MonthStatusInfo, ReceiptInfo, ReceiptKind, ReceiptList } from '../../shared/domain/receipts';
import { MAX_RECEIPT_BYTES } from '../../shared/domain/receipts';
import { isMonth } from '../../shared/calendar';
import { detectReceiptKind, readReceiptFacts, receiptFileName, receiptFolder, type ReceiptFacts } from './receipts/naming';
import { nextAutoStatus, statusImpliedBy } from './receipts/status';
import { makePrivateFolder, PRIVATE_FILE_MODE, readRegularFile, writeFailureError, writeFailureOf, writeFileDurably } from './fs';

export const FILES_DIR_ENV = 'CARUMAN_FILES_DIR';

/**
 * Documents/Caruman, or CARUMAN_FILES_DIR. The app passes the OS's own Documents folder (which
 * Windows may have moved, e.g. into OneDrive); elsewhere it is <home>/Documents.
 */
export function resolveFilesDir(env: Record<string, string | undefined>, homeDir: string, documentsDir?: string): string {
  const override = env[FILES_DIR_ENV]?.trim();
  if (override) return path.resolve(override);
  return path.join(documentsDir?.trim() || path.join(homeDir, 'Documents'), 'Caruman');
}

interface ReceiptRow {
  id: number;
  company_id: number;
  month: string;
  kind: ReceiptKind;
  file_name: string;
  path: string;
  size: number;
  sha256: string;
  source: 'portal' | 'user';
  filed_at: string;
  receipt_number: string | null;
  detected_month: string | null;
  employer_code: string | null;
  total_sen: number | null;
}

interface StatusRow {
  company_id: number;
  month: string;
  status: MonthStatus;
  source: 'auto' | 'user';
  updated_at: string;
}

function toReceipt(row: ReceiptRow): ReceiptInfo {
  return {
    id: row.id,
    companyId: row.company_id,
    month: row.month,
    kind: row.kind,
    fileName: row.file_name,
    path: row.path,
    size: row.size,
    sha256: row.sha256,
    source: row.source,
    filedAt: row.filed_at,
    receiptNumber: row.receipt_number,
    detectedMonth: row.detected_month,
    employerCode: row.employer_code,
    totalSen: row.total_sen,
  };
}

const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.txt']);
/** Texts longer than this are not read for facts (a receipt is a page). */
const MAX_TEXT_READ = 2 * 1024 * 1024;

export interface PlannedDownload {
  /** Where to save: a placeholder file exists there already, so no other download takes the name. */
  path: string;
  fileName: string;
  kind: ReceiptKind;
}

export interface PlanDownloadInput {
  companyId: number;
  month: string;
  suggestedName: string;
  mimeType?: string;
  kind?: ReceiptKind;
}

export interface FileReceiptInput {
  companyId: number;
  month: string;
  suggestedName: string;
  /** The receipt's bytes, or a file to copy them from. */
  bytes?: Uint8Array;
  sourcePath?: string;
  kind?: ReceiptKind;
  source: 'portal' | 'user';
}

function ioError(error: unknown, folder: string): ServiceError {
  // 'exists' never reaches here (claimName tries the next name): it reads as a failed write.
  const messages = { exists: 'portal.receipts.error.writeFailed', diskFull: 'portal.receipts.error.diskFull', noPermission: 'portal.receipts.error.noPermission', other: 'portal.receipts.error.writeFailed' } as const;
  return writeFailureError(error, messages, { folder, reason: 'EEXIST' });
}

export function createReceiptService(db: Db, filesDir: string) {
  const statements = {
    company: db.prepare<[number], { employer_code: string; output_folder: string | null }>('SELECT employer_code, output_folder FROM companies WHERE id = ?'),
    list: db.prepare<[number, string], ReceiptRow>('SELECT * FROM receipts WHERE company_id = ? AND month = ? ORDER BY filed_at, id'),
    byPath: db.prepare<[number, string], ReceiptRow>('SELECT * FROM receipts WHERE company_id = ? AND path = ?'),
    insert: db.prepare<[number, string, string, string, string, number, string, string, string | null, string | null, string | null, number | null], ReceiptRow>(
      `INSERT INTO receipts (company_id, month, kind, file_name, path, size, sha256, source, receipt_number, detected_month, employer_code, total_sen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    status: db.prepare<[number, string], StatusRow>('SELECT * FROM month_status WHERE company_id = ? AND month = ?'),
    upsertStatus: db.prepare<[number, string, string, string], StatusRow>(
      `INSERT INTO month_status (company_id, month, status, source) VALUES (?, ?, ?, ?)
       ON CONFLICT (company_id, month) DO UPDATE SET status = excluded.status, source = excluded.source,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       RETURNING *`,
    ),
    clearStatus: db.prepare<[number, string]>('DELETE FROM month_status WHERE company_id = ? AND month = ?'),
    fileRunsTable: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'file_runs'`),
  };

  function company(companyId: number) {
    const row = statements.company.get(companyId);
    if (!row) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'companyId');
    return row;
  }

  function companyFolder(companyId: number): string {
    const row = company(companyId);
    const chosen = row.output_folder?.trim();
    if (chosen && path.isAbsolute(chosen)) return path.resolve(chosen);
    return path.join(path.resolve(filesDir), row.employer_code);
  }

  function monthFolder(companyId: number, month: string): string {
    if (!isMonth(month)) throw new ServiceError('VALIDATION', 'records.error.month', {}, 'month');
    return receiptFolder(companyFolder(companyId), month);
  }

  /** The files generated for the month exist (a run in file_runs), when that table exists. */
  function generated(companyId: number, month: string): boolean {
    if ((statements.fileRunsTable.get()?.n ?? 0) === 0) return false;
    const row = db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM file_runs WHERE company_id = ? AND month = ?').get(companyId, month);
    return (row?.n ?? 0) > 0;
  }

  function statusInfo(companyId: number, month: string): MonthStatusInfo {
    const row = statements.status.get(companyId, month);
    if (row) return { companyId, month, status: row.status, source: row.source, updatedAt: row.updated_at };
    if (generated(companyId, month)) return { companyId, month, status: 'generated', source: 'auto', updatedAt: null };
    return { companyId, month, status: null, source: null, updatedAt: null };
  }

  function advance(companyId: number, month: string, implied: MonthStatus | null): MonthStatusInfo {
    const current = statusInfo(companyId, month);
    const next = nextAutoStatus(current.status, implied);
    if (next === null) return current;
    const row = statements.upsertStatus.get(companyId, month, next, 'auto');
    if (!row) throw new Error('month_status upsert gave no row');
    return { companyId, month, status: row.status, source: row.source, updatedAt: row.updated_at };
  }

  function readFacts(file: string, fileName: string): { kind: ReceiptKind; facts: ReceiptFacts } {
    let text = '';
    if (TEXT_EXTENSIONS.has(path.extname(fileName).toLowerCase())) {
      const size = fs.statSync(file).size;
      if (size <= MAX_TEXT_READ) text = fs.readFileSync(file, 'utf8');
    }
    return { kind: detectReceiptKind(fileName, text), facts: readReceiptFacts(text) };
  }

  function sha256File(file: string): { sha256: string; size: number } {
    const bytes = fs.readFileSync(file);
    return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }

  /** The month's receipts folder, created owner-only when new. */
  function makeFolder(companyId: number, month: string): string {
    const folder = monthFolder(companyId, month);
    try {
      return makePrivateFolder(folder);
    } catch (error) {
      throw ioError(error, folder);
    }
  }

  /**
   * Picks a free, safe name in the folder and hands it to take(), which creates the file there
   * exclusively; when another writer took the name meanwhile (EEXIST), the next name is tried.
   */
  function claimName(folder: string, input: PlanDownloadInput, kind: ReceiptKind, take: (target: string) => void): { path: string; fileName: string } {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const decision = receiptFileName(input.suggestedName, kind, input.month, fs.readdirSync(folder), input.mimeType);
      if (!decision.ok) {
        throw new ServiceError('FORBIDDEN', 'portal.receipts.error.refusedType', { fileName: path.basename(input.suggestedName.replace(/\\/g, '/')) }, 'fileName');
      }
      const target = path.join(folder, decision.name);
      // The name comes out of receiptFileName, but check the result stays in the folder anyway.
      if (path.dirname(target) !== folder) throw new ServiceError('FORBIDDEN', 'portal.receipts.error.refusedType', { fileName: decision.name });
      try {
        take(target);
        return { path: target, fileName: decision.name };
      } catch (error) {
        if (writeFailureOf(error) === 'exists') continue;
        throw ioError(error, folder);
      }
    }
    throw new ServiceError('CONFLICT', 'portal.receipts.error.writeFailed', { folder, reason: 'EEXIST' });
  }

  /** Picks the name and reserves it with an empty private file ('wx': two downloads never share a name). */
  function reserve(input: PlanDownloadInput): PlannedDownload {
    const folder = makeFolder(input.companyId, input.month);
    const kind = input.kind ?? detectReceiptKind(input.suggestedName);
    const claimed = claimName(folder, input, kind, (target) => fs.writeFileSync(target, new Uint8Array(0), { flag: 'wx', mode: PRIVATE_FILE_MODE }));
    return { ...claimed, kind };
  }

  function record(companyId: number, month: string, file: string, source: 'portal' | 'user', kind?: ReceiptKind): ReceiptInfo {
    const fileName = path.basename(file);
    const known = statements.byPath.get(companyId, file);
    if (known) return toReceipt(known);
    const { sha256, size } = sha256File(file);
    const read = readFacts(file, fileName);
    const finalKind = kind ?? read.kind;
    const save = db.transaction(() => {
      const row = statements.insert.get(
        companyId, month, finalKind, fileName, file, size, sha256, source,
        read.facts.receiptNumber, read.facts.month, read.facts.employerCode, read.facts.totalSen,
      );
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      // A receipt that says it is for another month or employer moves nothing: the screen flags it.
      const matches =
        (read.facts.month === null || read.facts.month === month) &&
        (read.facts.employerCode === null || read.facts.employerCode === company(companyId).employer_code);
      if (matches) advance(companyId, month, statusImpliedBy(finalKind));
      return toReceipt(row);
    });
    return save();
  }

  return {
    companyFolder,
    receiptsFolder: monthFolder,

    /** The portal view's will-download: where to save, with the name reserved. */
    planDownload: reserve,

    /** After the download finished: records it (and moves the month's status on). */
    completeDownload(input: { companyId: number; month: string; path: string; kind?: ReceiptKind }): ReceiptInfo {
      const folder = monthFolder(input.companyId, input.month);
      if (path.dirname(path.resolve(input.path)) !== folder) throw new ServiceError('FORBIDDEN', 'portal.receipts.error.outsideFolder', { folder });
      const file = path.resolve(input.path);
      // The browser wrote the file itself (under its own permissions): make it owner-only.
      try {
        fs.chmodSync(file, PRIVATE_FILE_MODE);
      } catch {
        // Not ours to change (another owner, a drive without permissions): it stays as it is.
      }
      return record(input.companyId, input.month, file, 'portal', input.kind);
    },

    /** A download that was cancelled or failed: removes its placeholder (or partial file). */
    abandonDownload(file: string): void {
      fs.rmSync(file, { force: true });
    },

    /** Copies a receipt (bytes, or a file) into the month's folder and records it. */
    fileReceipt(input: FileReceiptInput): ReceiptInfo {
      let bytes: Uint8Array;
      if (input.bytes) bytes = input.bytes;
      else if (input.sourcePath) {
        if (!fs.existsSync(input.sourcePath)) throw new ServiceError('NOT_FOUND', 'backups.error.fileMissing', { path: input.sourcePath }, 'sourcePath');
        bytes = readRegularFile(input.sourcePath, MAX_RECEIPT_BYTES, 'sourcePath');
      } else throw new ServiceError('VALIDATION', 'portal.receipts.error.empty', {}, 'content');
      if (bytes.length === 0) throw new ServiceError('VALIDATION', 'portal.receipts.error.empty', {}, 'content');
      if (bytes.length > MAX_RECEIPT_BYTES) throw new ServiceError('VALIDATION', 'portal.receipts.error.tooLarge', {}, 'content');

      // A text receipt says what it is ("RESIT RASMI"); decide before naming it.
      let kind = input.kind;
      if (!kind) {
        const textual = TEXT_EXTENSIONS.has(path.extname(input.suggestedName.trim()).toLowerCase()) && bytes.length <= MAX_TEXT_READ;
        kind = detectReceiptKind(input.suggestedName, textual ? Buffer.from(bytes).toString('utf8') : '');
      }
      const folder = makeFolder(input.companyId, input.month);
      const planned = claimName(folder, { ...input, kind }, kind, (target) => writeFileDurably(target, bytes));
      return record(input.companyId, input.month, planned.path, input.source, kind);
    },

    list(companyId: number, month: string): ReceiptList {
      const folder = monthFolder(companyId, month);
      return { folder, receipts: statements.list.all(companyId, month).map(toReceipt) };
    },

    /**
     * A path Caruman may reveal or copy for this company: inside its folder, or one of its
     * receipts or generated files where Caruman put it (a stored path is data: it counts only
     * when it is <its folder>/<its own name>, never an arbitrary file a crafted row names).
     */
    isCompanyFile(companyId: number, file: string): boolean {
      const resolved = path.resolve(file);
      const folder = companyFolder(companyId);
      if (resolved.startsWith(folder + path.sep)) return true;
      const receipt = statements.byPath.get(companyId, resolved);
      if (receipt && path.basename(resolved) === receipt.file_name && path.basename(path.dirname(resolved)) === 'receipts') return true;
      if ((statements.fileRunsTable.get()?.n ?? 0) === 0) return false;
      const runFiles = db
        .prepare<[number, string], { folder: string; file_name: string }>(
          'SELECT r.folder, f.file_name FROM file_run_files f JOIN file_runs r ON r.id = f.run_id WHERE r.company_id = ? AND f.path = ?',
        )
        .all(companyId, resolved);
      return runFiles.some((f) => path.join(path.resolve(f.folder), f.file_name) === resolved && path.basename(resolved) === f.file_name);
    },

    monthStatus: {
      get(companyId: number, month: string): MonthStatusInfo {
        company(companyId);
        return statusInfo(companyId, month);
      },
      /** The user's choice: any status, backwards too; null clears it. */
      set(companyId: number, month: string, status: MonthStatus | null): MonthStatusInfo {
        company(companyId);
        if (status === null) {
          statements.clearStatus.run(companyId, month);
          return statusInfo(companyId, month);
        }
        const row = statements.upsertStatus.get(companyId, month, status, 'user');
        if (!row) throw new Error('month_status upsert gave no row');
        return { companyId, month, status: row.status, source: row.source, updatedAt: row.updated_at };
      },
      /** What Caruman saw (files generated, a receipt downloaded): only ever forward. */
      advance(companyId: number, month: string, status: MonthStatus): MonthStatusInfo {
        company(companyId);
        return advance(companyId, month, status);
      },
    },
  };
}

export type ReceiptService = ReturnType<typeof createReceiptService>;
