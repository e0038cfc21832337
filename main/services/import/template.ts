// Empty import files to fill in: the header row as Caruman's templates write it, in the user's
// language, as CSV or .xlsx. In the workbook, ID and date columns are text, so Excel neither
// drops an ID's leading zeros nor turns 01/03/2025 into 3 January in a US-English Excel.
import { stringifyCsv } from '../../../shared/csv/csv';
import { EMPLOYEE_COLUMNS, TP1_COLUMNS, WAGE_COLUMNS, type ColumnSpec, type HeaderLocale } from '../../../shared/domain/import-columns';
import { PAY_ITEM_NAMES } from '../../../shared/pay/pay-items';

export type TemplateKind = 'employees' | 'wages' | 'tp1';

const FILE_NAMES: Record<HeaderLocale, Record<TemplateKind, string>> = {
  en: { employees: 'employees-template', wages: 'wages-template', tp1: 'tp1-claims-template' },
  ms: { employees: 'templat-pekerja', wages: 'templat-gaji', tp1: 'templat-tuntutan-tp1' },
};

const SHEET_NAMES: Record<HeaderLocale, Record<TemplateKind, string>> = {
  en: { employees: 'Employees', wages: 'Wages', tp1: 'TP1 claims' },
  ms: { employees: 'Pekerja', wages: 'Gaji', tp1: 'Tuntutan TP1' },
};

const MONEY = new Set<string>(PAY_ITEM_NAMES);

export function templateFileName(kind: TemplateKind, format: 'csv' | 'xlsx', locale: HeaderLocale): string {
  return `${FILE_NAMES[locale][kind]}.${format}`;
}

/** The UTF-8 byte order mark: Excel then opens the file as UTF-8 and keeps it UTF-8 when saved. */
export const UTF8_BOM = '\uFEFF';

export async function importTemplate(kind: TemplateKind, format: 'csv' | 'xlsx', locale: HeaderLocale): Promise<Buffer> {
  const specs: readonly ColumnSpec[] = { employees: EMPLOYEE_COLUMNS, wages: WAGE_COLUMNS, tp1: TP1_COLUMNS }[kind];
  const headers = specs.map((s) => s.header[locale]);
  if (format === 'csv') return Buffer.from(UTF8_BOM + stringifyCsv([headers]), 'utf8');

  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale][kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = specs.map((s) => ({
    header: s.header[locale],
    width: Math.max(12, s.header[locale].length + 4),
    style: { numFmt: MONEY.has(s.name) ? '0.00' : '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
