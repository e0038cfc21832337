// The part of every import that only depends on the file: the header row matched against the
// known columns, and each data row checked to have the header's shape. Both importers (employees
// and wages) start here, for CSV and .xlsx alike.
import { matchHeaders, type ColumnSpec } from '../../../shared/domain/import-columns';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { quotedValue } from '../../../shared/csv/cells';
import type { Table, TableRow } from './table';
import { issue, type ImportContext, type ImportReport, type Place } from './report';

export interface Sheet {
  /** The header cells as the user wrote them. */
  header: readonly string[];
  /** Caruman's column name for each header cell; null for a column not read. */
  columns: readonly (string | null)[];
  /** Data rows with the header's shape, in file order. */
  rows: TableRow[];
  /** The place of a cell of a row, named by the user's header. */
  place(row: number, column: string | null): Place;
  /** A cell's value as quoted back in a message. */
  quote(value: string): string;
}

/** "A", "B", … "AA": a spreadsheet column letter, for cells beyond the header. */
function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/**
 * Reads the header and checks the rows' shape, adding every problem to the report. Returns null
 * when the header itself cannot be used (nothing else can be checked then).
 */
export function readSheet(table: Table, specs: readonly ColumnSpec[], context: ImportContext, report: ImportReport): Sheet | null {
  const { t, locale } = context;
  const [headerRow, ...dataRows] = table.rows;
  if (!headerRow) {
    report.errors.push(issue(t, { row: 1, column: null, field: null }, 'import.error.empty'));
    return null;
  }
  const header = headerRow.cells;
  const match = matchHeaders(header, specs, locale);
  if (!match.ok) {
    const field = match.index === null ? (specs.find((s) => s.header[locale] === match.column)?.name ?? null) : null;
    report.errors.push(issue(t, { row: headerRow.row, column: match.column, field }, match.key, { column: match.column }));
    return null;
  }
  const columns = [...match.columns];
  const headerPlace = (index: number): Place => ({ row: headerRow.row, column: header[index] ?? null, field: null });
  for (const unknown of match.unknown) {
    if (context.ignoreColumns.includes(unknown.header)) {
      report.ignoredColumns.push(unknown.header);
      continue;
    }
    report.unknownColumns.push(unknown);
    report.errors.push(issue(t, headerPlace(header.indexOf(unknown.header)), 'import.error.unknownColumn', { column: unknown.header, closest: unknown.closest }));
  }

  const nameOf = (index: number) => columns[index] ?? null;
  const sheet: Sheet = {
    header,
    columns,
    rows: [],
    place(row, column) {
      const index = column === null ? -1 : columns.indexOf(column);
      const shown = index >= 0 ? (header[index] ?? column) : (specs.find((s) => s.name === column)?.header[locale] ?? column);
      return { row, column: shown, field: column };
    },
    quote: (value) => quotedValue(value, IMPORT_LIMITS.quotedChars),
  };

  if (table.delimiter === ';' || table.delimiter === '\t') {
    report.warnings.push(issue(t, headerPlace(-1), table.delimiter === ';' ? 'import.warning.semicolon' : 'import.warning.tab'));
  }
  if (table.sheet && table.sheet.skippedHidden.length > 0) {
    report.warnings.push(issue(t, headerPlace(-1), 'import.warning.hiddenSheets', { sheet: table.sheet.name, hidden: table.sheet.skippedHidden.join(', ') }));
  }
  for (const problem of table.problems) {
    report.errors.push(issue(t, { row: problem.row, column: header[problem.cell] ?? columnLetter(problem.cell), field: nameOf(problem.cell) }, problem.key, problem.params));
  }
  const hiddenRows = new Set(table.sheet?.hiddenRows ?? []);
  const badRows = new Set(table.problems.map((p) => p.row));

  for (const row of dataRows) {
    if (row.cells.length > header.length) {
      if (table.format === 'csv') {
        report.errors.push(issue(t, { row: row.row, column: null, field: null }, 'import.error.cells.extra', { found: row.cells.length, expected: header.length }));
      } else {
        const beyond = row.cells.findIndex((cell, index) => index >= header.length && cell !== '');
        report.errors.push(issue(t, { row: row.row, column: columnLetter(beyond), field: null }, 'import.error.cells.noHeader', { column: columnLetter(beyond), value: sheet.quote(row.cells[beyond]!) }));
      }
      continue;
    }
    // In a CSV a missing cell is a lost one (Excel writes every cell, empty ones as ",,"); in
    // .xlsx the cells after the last filled one are simply empty.
    if (table.format === 'csv' && row.cells.length < header.length) {
      report.errors.push(issue(t, { row: row.row, column: null, field: null }, 'import.error.cells.missing', { found: row.cells.length, expected: header.length }));
      continue;
    }
    if (hiddenRows.has(row.row)) report.warnings.push(issue(t, { row: row.row, column: null, field: null }, 'import.warning.hiddenRow'));
    if (!badRows.has(row.row)) sheet.rows.push(row);
  }
  report.rows = dataRows.length;
  if (dataRows.length === 0) report.errors.push(issue(t, headerPlace(-1), 'import.error.noRows'));
  return sheet;
}
