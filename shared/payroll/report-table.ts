// The shape every pay-run report for people outside Caruman takes (the payroll summary, the
// journal, the payment list): a header row, rows of cells, and which columns are amounts. One
// table is written as CSV here (shared, pure) or as an .xlsx workbook (main/services/payroll-exports),
// so both files of a report always hold the same cells.
import { stringifyCsv } from '../csv/csv';

export interface ReportColumn {
  header: string;
  /** An amount in ringgit: cells are decimal strings ("2627.20"), written as numbers in a workbook. */
  money?: boolean;
}

export interface ReportTable {
  /** The file name without its extension: plain letters, digits and hyphens, the same in every language. */
  fileStem: string;
  /** The workbook's sheet name (31 characters at most, none of : \ / ? * [ ]). */
  sheetName: string;
  columns: ReportColumn[];
  rows: string[][];
}

/** The UTF-8 byte order mark: Excel then opens the file as UTF-8 (names like "Alé" survive). */
const UTF8_BOM = '\uFEFF';

/** The table as CSV text: header then rows, every cell through the formula guard. */
export function reportCsv(table: ReportTable): string {
  return UTF8_BOM + stringifyCsv([table.columns.map((c) => c.header), ...table.rows]);
}

/** Only what is safe in a file name on every system. */
export function plainName(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '');
}
