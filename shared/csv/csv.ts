// RFC 4180 CSV, as spreadsheets write it: quoted fields may hold commas, quotes ("") and line
// breaks; lines end with CRLF or LF; a UTF-8 byte order mark at the start is ignored.
//
// Rows are numbered the way a spreadsheet shows the file: every record is one row, blank lines
// included, and a quoted cell with a line break inside stays one row. Errors use these numbers.

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The row as a spreadsheet shows it (the first line is row 1; blank lines count). */
  row: number;
  cells: string[];
}

export interface CsvParseError {
  /** The spreadsheet row of the record at fault. */
  row: number;
  /** The line of the text (as an editor numbers it) where the problem is. */
  line: number;
  reason: 'unterminated_quote' | 'text_after_quote';
}

export type CsvParseResult =
  | {
      ok: true;
      /** Every record, blank ones included, with its row number. */
      records: CsvRecord[];
      /** The cells of the records that are not blank lines (a blank line is one empty cell). */
      rows: string[][];
    }
  | { ok: false; error: CsvParseError };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Every record of the text, blank ones included (a blank line is one empty cell). */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvParseResult {
  const records: CsvRecord[] = [];
  const separator = delimiter.charCodeAt(0);
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  let line = 1;

  while (i < end) {
    row += 1;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let start = i + 1;
        for (;;) {
          const quote = text.indexOf('"', start);
          if (quote === -1) return { ok: false, error: { row, line, reason: 'unterminated_quote' } };
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(start, quote + 1);
            start = quote + 2;
            continue;
          }
          value += text.slice(start, quote);
          i = quote + 1;
          break;
        }
        line += lineBreaksIn(value);
        cells.push(value);
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === separator || c === LF || c === CR) break;
          j += 1;
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i >= end) break;
      const c = text.charCodeAt(i);
      if (c === separator) {
        i += 1;
        if (i < end) continue;
        cells.push(''); // "a,b," at the very end: the last cell is empty
        break;
      }
      if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
        break;
      }
      return { ok: false, error: { row, line, reason: 'text_after_quote' } };
    }
    records.push({ row, cells });
  }
  return { ok: true, records, rows: records.filter((r) => !(r.cells.length === 1 && r.cells[0] === '')).map((r) => r.cells) };
}

function lineBreaksIn(value: string): number {
  let count = 0;
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * Which separator a file uses, read from its first non-blank line (the header): the one of
 * comma, semicolon and tab that splits it into the most cells (comma when none does). Excel in
 * many European and some Malaysian regional settings saves "CSV" with semicolons.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const start = text.search(/[^\r\n\uFEFF]/);
  if (start === -1) return ',';
  const lineEnd = text.slice(start).search(/[\r\n]/);
  const header = lineEnd === -1 ? text.slice(start) : text.slice(start, start + lineEnd);
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as CsvDelimiter] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

// Formula injection (issue 11 item 11): a spreadsheet runs a cell that starts with = + - @ (and
// some read a leading tab or CR the same way). Such cells are written with a leading apostrophe,
// which spreadsheets show as text; cells already starting with apostrophes before such a
// character get one more, so reading strips exactly one and a round trip is exact. Plain numbers
// ("-5.00") are not formulas and stay as they are.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell as it must be written to a CSV file so no spreadsheet runs it as a formula. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of guardFormula, applied to every cell Caruman reads from a file. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows as CSV with CRLF line ends, quoting only where needed. Every CSV file Caruman
 * writes goes through here, so every one of them is guarded against formula injection.
 */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((cell) => quote(guardFormula(cell))).join(',')).join('\r\n') + '\r\n';
}
