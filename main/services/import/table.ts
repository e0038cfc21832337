// The one shape every imported file becomes, CSV or .xlsx: rows of trimmed cell text, numbered
// as the user sees them in their spreadsheet, with every cell held to the same rules. The
// importers never see the format again, except to word a message.
import { parseCsv, unguardFormula, type CsvDelimiter } from '../../../shared/csv/csv';
import { controlCharacterIn, quotedValue } from '../../../shared/csv/cells';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import type { MessageKey, MessageParams } from '../../../shared/i18n/catalog';

export type TableFormat = 'csv' | 'xlsx';

export interface TableRow {
  /** The row number the user sees (the spreadsheet's; blank rows count). */
  row: number;
  cells: string[];
}

/** A cell that breaks the cell rules (cell is its 0-based column index). */
export interface CellProblem {
  row: number;
  cell: number;
  key: MessageKey;
  params: MessageParams;
}

/** What a format reader produces before the common rules run. */
export interface RawTable {
  records: TableRow[];
  problems?: CellProblem[];
  sheet?: SheetInfo;
}

export interface SheetInfo {
  name: string;
  /** Hidden sheets before the one read (skipped). */
  skippedHidden: string[];
  /** Rows hidden in the sheet that hold data (read, and mentioned). */
  hiddenRows: number[];
}

/** A reader's refusal of the whole file. */
export interface TableFailure {
  failed: MessageKey;
  params: MessageParams;
}

export interface Table {
  format: TableFormat;
  /** The non-blank rows, the header first. */
  rows: TableRow[];
  /** CSV: the separator found; null for .xlsx. */
  delimiter: CsvDelimiter | null;
  sheet: SheetInfo | null;
  problems: CellProblem[];
}

export function isTableFailure<T extends object>(value: T | TableFailure): value is TableFailure {
  return 'failed' in value;
}

export function readCsvTable(text: string, delimiter: CsvDelimiter): RawTable | TableFailure {
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return { failed: `import.error.csv.${parsed.error.reason}`, params: { row: parsed.error.row } };
  return { records: parsed.records };
}

/**
 * The rules every cell meets, whatever the format: surrounding spaces are not data; the apostrophe
 * Caruman's CSV export puts before a formula-like cell is removed (shared/csv); no control
 * characters; no cell longer than the longest field. Blank rows are dropped but keep their number.
 */
export function finishTable(format: TableFormat, raw: RawTable, delimiter: CsvDelimiter | null): Table | TableFailure {
  const problems = [...(raw.problems ?? [])];
  const rows: TableRow[] = [];
  for (const record of raw.records) {
    let blank = true;
    const cells = record.cells.map((text, cell) => {
      const value = unguardFormula(text.trim());
      if (value === '') return value;
      blank = false;
      if (value.length > IMPORT_LIMITS.cellChars) {
        problems.push({
          row: record.row,
          cell,
          key: 'import.error.cell.tooLong',
          params: { length: value.length, limit: IMPORT_LIMITS.cellChars, value: quotedValue(value, IMPORT_LIMITS.quotedChars) },
        });
        return '';
      }
      const control = controlCharacterIn(value);
      if (control) {
        problems.push({ row: record.row, cell, key: 'import.error.cell.control', params: { character: control } });
        return '';
      }
      return value;
    });
    if (blank) continue;
    // Excel leaves cells after the last filled one out of a row; they are empty, not missing.
    if (format === 'xlsx') while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push({ row: record.row, cells });
  }
  const dataRows = Math.max(0, rows.length - 1);
  if (dataRows > IMPORT_LIMITS.rows) return { failed: 'import.error.tooManyRows', params: { rows: dataRows, limit: IMPORT_LIMITS.rows } };
  return { format, rows, delimiter, sheet: raw.sheet ?? null, problems };
}
