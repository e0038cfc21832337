// Turns an uploaded file (CSV or an .xlsx workbook) into a Table, refusing what cannot be read
// safely before any parsing: too big, not UTF-8, a decompression bomb. CSV is parsed here (linear
// in a file already capped at IMPORT_LIMITS.fileBytes); a workbook is unzipped and parsed in a
// worker thread with its own memory cap, so the Electron main process never freezes on one.
import { detectDelimiter } from '../../../shared/csv/csv';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { formatBytes } from '../../../shared/domain/file-size';
import { ServiceError } from '../service-error';
import { checkedText, decodeStrict } from './decode';
import { WorkbookReader } from './workbook-reader';
import { finishTable, isTableFailure, readCsvTable, type Table, type TableFailure, type TableFormat } from './table';

export type { Table, TableFormat, TableRow } from './table';

export function formatFromFileName(file: string): TableFormat {
  return /\.xlsx$/i.test(file) ? 'xlsx' : 'csv';
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_XLS = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Buffer, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function refuse(failure: TableFailure): never {
  throw new ServiceError('VALIDATION', failure.failed, failure.params, 'file');
}

/**
 * The file's content: raw bytes (the app and the CLI send these), or text someone already
 * decoded (tests and scripts), held to the same strictness.
 */
export async function readTable(format: TableFormat, content: Buffer | string): Promise<Table> {
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  if (size > IMPORT_LIMITS.fileBytes) {
    refuse({ failed: 'import.error.fileTooLarge', params: { size: formatBytes(size), limit: formatBytes(IMPORT_LIMITS.fileBytes) } });
  }
  // What the file is, not what its name says: a workbook renamed .csv is read as one; an old
  // binary .xls is refused with what to do about it.
  if (typeof content !== 'string' && startsWith(content, OLD_XLS)) refuse({ failed: 'import.error.xls', params: {} });
  if (typeof content !== 'string' && startsWith(content, ZIP)) format = 'xlsx';
  if (format === 'xlsx') {
    if (typeof content === 'string') refuse({ failed: 'import.error.xlsx', params: {} });
    const raw = await workbookReader.read(content);
    if (isTableFailure(raw)) refuse(raw);
    const table = finishTable('xlsx', raw, null);
    return isTableFailure(table) ? refuse(table) : table;
  }
  const decoded = typeof content === 'string' ? checkedText(content) : decodeStrict(content);
  if (!decoded.ok) refuse({ failed: 'import.error.notUtf8', params: { row: decoded.row, near: decoded.near } });
  const delimiter = detectDelimiter(decoded.text);
  const raw = readCsvTable(decoded.text, delimiter);
  if (isTableFailure(raw)) refuse(raw);
  const table = finishTable('csv', raw, delimiter);
  return isTableFailure(table) ? refuse(table) : table;
}

const workbookReader = new WorkbookReader();
