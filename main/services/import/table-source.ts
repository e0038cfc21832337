// Turns an uploaded file (CSV text or an .xlsx workbook) into rows of cell strings, so the
// importers see one shape whatever the user exported from.
import type ExcelJS from 'exceljs';
import { parseCsv } from '../../../shared/csv/csv';
import { ServiceError } from '../service-error';

export type TableFormat = 'csv' | 'xlsx';

export function formatFromFileName(file: string): TableFormat {
  return /\.xlsx$/i.test(file) ? 'xlsx' : 'csv';
}

export async function readTable(format: TableFormat, content: Buffer | string): Promise<string[][]> {
  if (format === 'csv') {
    const text = typeof content === 'string' ? content : content.toString('utf8');
    const sample = text.slice(0, 2000);
    // Spreadsheets set to a Malay or European locale often export with semicolons.
    const delimiter = !sample.includes(',') && sample.includes(';') ? ';' : ',';
    const parsed = parseCsv(text, delimiter);
    if (!parsed.ok) throw new ServiceError('VALIDATION', `import.error.csv.${parsed.error.reason}`, { line: parsed.error.line }, 'file');
    return parsed.rows;
  }
  return readXlsx(typeof content === 'string' ? Buffer.from(content, 'base64') : content);
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  // exceljs is large: loaded by the first .xlsx, not by every start of the app or the CLI.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ServiceError('VALIDATION', 'import.error.xlsx', {}, 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  });
  return rows;
}

/** A cell as the text a person sees, without going through floats for money: numbers keep their digits. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value).trim();
}

/**
 * Spreadsheets store amounts as binary floats (1234.5 may be 1234.4999…). Rounding the decimal
 * representation to 2 places here is the one deliberate conversion at this edge; everything after
 * it is integer sen. Large integers (IDs typed as numbers) keep all their digits.
 */
function numberText(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(2).replace(/\.?0+$/, '') || '0';
}
