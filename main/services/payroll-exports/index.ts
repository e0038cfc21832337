// The pay run's files for the accountant and for paying staff (issue 17): the payroll summary,
// the journal and the payment list of a company-month, as CSV or .xlsx, made from the one month
// the pay run returns (shared/payroll: summary.ts, journal.ts, payment-list.ts) and written
// through the durable writer. The app's Payroll screen, `caruman export --format payroll-summary|
// journal|payment-list` and the month-end pack all go through here.
import fs from 'node:fs';
import { failedTarget, fileWriteError, writeFilesDurably } from '../fs';
import type { PayrollService } from '../payroll';
import type { Locale } from '../../../shared/i18n/define';
import type { PayrollMonth } from '../../../shared/payroll/month';
import { payrollSummary } from '../../../shared/payroll/summary';
import { payrollJournal } from '../../../shared/payroll/journal';
import { paymentList } from '../../../shared/payroll/payment-list';
import { reportCsv, type ReportTable } from '../../../shared/payroll/report-table';
import type { PayrollReportKind } from '../../../shared/payroll/report-guards';

export type { PayrollReportKind };
export type ReportFormat = 'csv' | 'xlsx';

export const PAYROLL_REPORT_KINDS: readonly PayrollReportKind[] = ['summary', 'journal', 'paymentList'];

export interface ReportFile {
  kind: PayrollReportKind;
  fileName: string;
  bytes: Buffer;
  /** Rows of people or journal lines (the totals row apart). */
  rows: number;
  /** The month is not finalised: the figures can still change (the file name says DRAFT, but for the payment list). */
  draft: boolean;
}

const PRODUCERS: Record<PayrollReportKind, (month: PayrollMonth, locale: Locale) => ReportTable> = {
  summary: payrollSummary,
  journal: payrollJournal,
  paymentList,
};

/** The table as an .xlsx workbook: amounts are numbers shown with two decimals, everything else text. */
export async function reportXlsx(table: ReportTable): Promise<Buffer> {
  // Loaded only when a workbook is wanted: exceljs is large, and the app starts without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[:\\/?*[\]]/g, '-').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: Math.min(40, Math.max(12, c.header.length + 2)), style: { numFmt: c.money ? '#,##0.00' : '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    // A text cell is a string in the workbook, never a formula, whatever it starts with. An
    // amount is its decimal string read as a number here, at the edge (two decimals exactly).
    sheet.addRow(row.map((cell, i) => (table.columns[i]?.money ? (cell === '' ? null : Number(cell)) : cell)));
  }
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One report of a month already computed (the pack computes the month once for all its files). */
export async function reportFile(month: PayrollMonth, kind: PayrollReportKind, format: ReportFormat, locale: Locale): Promise<ReportFile> {
  const table = PRODUCERS[kind](month, locale);
  const bytes = format === 'csv' ? Buffer.from(reportCsv(table), 'utf8') : await reportXlsx(table);
  const totalsRows = table.rows.length - 1 - (kind === 'summary' && month.totals.hrdLevySen > 0 ? 1 : 0);
  return { kind, fileName: `${table.fileStem}.${format}`, bytes, rows: totalsRows, draft: !month.status.finalised };
}

export interface PayrollExportDeps {
  payroll: PayrollService;
  /** The app's language: the headers are in it unless the caller names another. */
  appLocale: () => Locale;
}

export function createPayrollExports(deps: PayrollExportDeps) {
  async function make(companyId: number, month: string, kind: PayrollReportKind, format: ReportFormat, locale?: Locale): Promise<ReportFile> {
    return reportFile(deps.payroll.month(companyId, month), kind, format, locale ?? deps.appLocale());
  }
  return {
    make,

    /** Writes one report into folder (created if missing); an existing file is replaced only when asked. */
    async write(input: { companyId: number; month: string; kind: PayrollReportKind; format: ReportFormat; folder: string; replace?: boolean; locale?: Locale }) {
      const file = await make(input.companyId, input.month, input.kind, input.format, input.locale);
      try {
        fs.mkdirSync(input.folder, { recursive: true });
        const [written] = writeFilesDurably(input.folder, [{ name: file.fileName, content: file.bytes }], { replace: input.replace === true });
        return { kind: file.kind, fileName: file.fileName, path: written as string, size: file.bytes.length, rows: file.rows, draft: file.draft };
      } catch (error) {
        throw fileWriteError(error, failedTarget(error) ?? input.folder);
      }
    },
  };
}

export type PayrollExports = ReturnType<typeof createPayrollExports>;
