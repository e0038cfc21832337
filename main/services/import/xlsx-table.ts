// Reads the first visible worksheet of an .xlsx into rows of cell text, numbered as Excel shows
// them. Runs inside the table worker (table-worker.ts), after xlsx-guard has checked the archive.
import ExcelJS from 'exceljs';
import type { CellProblem, RawTable, TableFailure } from './table';
import { checkXlsxZip } from './xlsx-guard';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

export async function readXlsxTable(bytes: Buffer): Promise<RawTable | TableFailure> {
  const zip = checkXlsxZip(bytes);
  if (!zip.ok) {
    if (zip.reason === 'not_zip') return { failed: 'import.error.xlsx', params: {} };
    if (zip.reason === 'too_many_parts' || zip.reason === 'lies') return { failed: 'import.error.xlsx.bomb', params: {} };
    if (zip.reason === 'too_many_rows') return { failed: 'import.error.tooManyRows', params: { rows: zip.rows ?? 0, limit: IMPORT_LIMITS.rows } };
    return { failed: 'import.error.xlsx.tooLarge', params: { limitMb: IMPORT_LIMITS.xlsxUncompressedBytes / (1024 * 1024) } };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { failed: 'import.error.xlsx', params: {} };
  }
  // Excel's tab order; a hidden sheet (often a stale copy) is never what the user means.
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state === 'visible');
  if (!sheet) return { failed: 'import.error.xlsx.noVisibleSheet', params: {} };
  const skippedHidden = sheets.slice(0, sheets.indexOf(sheet)).map((s) => s.name);

  const records: RawTable['records'] = [];
  const problems: CellProblem[] = [];
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based: index c is column c (A = 1); gaps are empty cells.
    for (let c = 1; c < values.length; c++) {
      const text = cellText(values[c]);
      if (text === null) {
        problems.push({ row: row.number, cell: c - 1, key: 'import.error.xlsx.formula', params: {} });
        cells.push('');
      } else cells.push(text);
    }
    records.push({ row: row.number, cells });
    if (row.hidden) hiddenRows.push(row.number);
  });
  return { records, problems, sheet: { name: sheet.name, skippedHidden, hiddenRows } };
}

/** A cell as the text a person sees in Excel; null for a formula whose value was never calculated. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      // The value Excel computed and saved with the file.
      return value.result === undefined ? null : cellText(value.result as ExcelJS.CellValue);
    }
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

/**
 * A number as Excel itself shows it at full precision: 15 significant digits, so a float artefact
 * (1650.0000000000002 from =1500*1.1) reads as 1650, while a typed 1234.567 keeps its third
 * decimal and is refused by the money rule exactly as the same text in a CSV is. Integers (ID
 * numbers typed as numbers) keep all their digits.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(Number(value.toPrecision(15)));
}
