// A file of cases: CSV with a header line naming the columns, one case per row (`caruman calc
// --input`, and the EPF and PCB calculators beside it). This reads the file's structure only —
// header, columns, field counts — and hands back each row's cells by column name; what a cell
// means is the caller's business. Problems are message keys with parameters, never English text.
import { parseCsv } from './csv';

export interface CaseFileLayout {
  /** Columns the header must have (any order); also the header a problem message shows. */
  required: readonly string[];
  /** Columns the header may add. Any other column is refused. */
  optional?: readonly string[];
}

export interface CaseFileRow {
  /** 1-based data row (the header is row 0; blank lines are not counted). */
  row: number;
  /** The row's cells by column name (lower case), trimmed; a missing cell is "". */
  cells: Record<string, string>;
  /** Set when the row has a different number of fields than the header (its cells are then unreliable). */
  fieldCount?: { found: number; expected: number };
}

export interface CaseFileProblem {
  key:
    | 'statutory.input.header'
    | 'statutory.input.unknownColumn'
    | 'statutory.input.empty'
    | 'import.error.csv.unterminated_quote'
    | 'import.error.csv.text_after_quote';
  params: Record<string, string | number>;
}

export type CaseFileResult = { ok: true; rows: CaseFileRow[] } | { ok: false; problem: CaseFileProblem };

export function readCaseFile(text: string, layout: CaseFileLayout): CaseFileResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: { key: `import.error.csv.${parsed.error.reason}`, params: { row: parsed.error.row } } };
  // A line of nothing but blanks (",,,," from a spreadsheet's formatted empty rows) is no case.
  const records = parsed.rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const headerCells = records.shift();
  const header = (headerCells ?? []).map((h) => h.trim().toLowerCase());
  const expected = layout.required.join(',');
  if (layout.required.some((column) => !header.includes(column))) {
    return { ok: false, problem: { key: 'statutory.input.header', params: { expected, found: firstLine(text) || '(nothing)' } } };
  }
  const known = new Set([...layout.required, ...(layout.optional ?? [])]);
  const unknown = header.find((column) => !known.has(column));
  if (unknown !== undefined) return { ok: false, problem: { key: 'statutory.input.unknownColumn', params: { column: unknown, expected } } };
  if (records.length === 0) return { ok: false, problem: { key: 'statutory.input.empty', params: {} } };

  return {
    ok: true,
    rows: records.map((fields, i) => {
      const cells: Record<string, string> = {};
      header.forEach((column, c) => (cells[column] = (fields[c] ?? '').trim()));
      const row: CaseFileRow = { row: i + 1, cells };
      if (fields.length !== header.length) row.fieldCount = { found: fields.length, expected: header.length };
      return row;
    }),
  };
}

/** The header line as the user wrote it, for the message that says it is wrong. */
function firstLine(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
