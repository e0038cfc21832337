// Payslips (issue 17): one PDF per employee paid and one combined PDF per company-month (one page
// per employee), each payslip in the employee's language. One generator for the app, the CLI and
// the month-end pack: files() returns bytes; write() puts them in a folder through the durable
// writer, all of them or none.
import fs from 'node:fs';
import { failedTarget, fileWriteError, writeFilesDurably } from '../fs';
import { ServiceError } from '../service-error';
import type { PayrollService } from '../payroll';
import type { PayrollMonth } from '../../../shared/payroll/month';
import type { Locale } from '../../../shared/i18n/define';
import { translate } from '../../../shared/i18n/catalog';
import { formatMonthName } from '../../../shared/calendar';

export interface PayslipFile {
  /** A plain file name (letters, digits, hyphens): the same in every language. */
  fileName: string;
  bytes: Buffer;
  /** The employee, or null for the combined file. */
  employeeId: number | null;
}

export interface PayslipDeps {
  payroll: PayrollService;
  /** The app's language: payslips of employees without their own choice are in it. */
  appLocale: () => Locale;
  /** Fixed in tests for reproducible files. */
  now?: () => Date;
}

/** Only what is safe in a file name on every system. */
const plain = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');

export function payslipFileName(month: string, idNumber: string): string {
  return `payslip-${month}-${plain(idNumber)}.pdf`;
}

/**
 * Each paid employee's payslip file name, by ID number. The app keeps ID numbers to letters and
 * digits, unique in a company; a record another program wrote may not be ("A-1" beside "A1", or
 * "../" with no letter or digit at all): such an employee's name also carries their row id, so no
 * payslip ever replaces another's in the folder, and no stored text becomes a path.
 */
export function payslipFileNames(month: string, lines: readonly { employee: { id: number; idNumber: string } }[]): Map<number, string> {
  const names = new Map<number, string>();
  const taken = new Set<string>();
  for (const { employee } of lines) {
    let name = payslipFileName(month, employee.idNumber);
    if (plain(employee.idNumber) === '' || taken.has(name.toLowerCase())) name = `payslip-${month}-${plain(employee.idNumber) || 'employee'}-${employee.id}.pdf`;
    taken.add(name.toLowerCase());
    names.set(employee.id, name);
  }
  return names;
}

export function combinedPayslipFileName(month: string, employerCode: string): string {
  return `payslips-${month}-${plain(employerCode)}.pdf`;
}

export function createPayslipService(deps: PayslipDeps) {
  const now = deps.now ?? (() => new Date());

  /** The month as the pay run has it, refused when nobody can be given a payslip. */
  function payableMonth(companyId: number, month: string): PayrollMonth {
    return refuseUnpayable(deps.payroll.month(companyId, month));
  }

  function refuseUnpayable(payroll: PayrollMonth): PayrollMonth {
    const month = payroll.month;
    if (payroll.refusals.length > 0) {
      const names = payroll.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
      throw new ServiceError('VALIDATION', 'payslips.error.refusals', { month, count: payroll.refusals.length, names }, 'month');
    }
    if (payroll.lines.length === 0) throw new ServiceError('VALIDATION', 'payslips.error.nobodyPaid', { month }, 'month');
    return payroll;
  }

  async function render(payroll: PayrollMonth, employeeIds: readonly number[] | null, title: (locale: Locale) => string): Promise<Buffer> {
    // pdfkit (and its font engine) loads the first time a payslip is made, not when the app starts.
    const [{ createPdf }, { drawPayslip, payslipLocale }] = await Promise.all([import('../pdf/document'), import('./payslip-page')]);
    const appLocale = deps.appLocale();
    const lines = employeeIds === null ? payroll.lines : payroll.lines.filter((l) => employeeIds.includes(l.employee.id));
    const first = lines[0];
    const locale = employeeIds !== null && first ? payslipLocale(first, appLocale) : appLocale;
    const pdf = createPdf({ title: title(locale), language: locale, author: payroll.company.name, createdAt: now() });
    const pageLocales: Locale[] = [];
    lines.forEach((line, index) => {
      if (index > 0) pdf.newPage();
      const lineLocale = payslipLocale(line, appLocale);
      drawPayslip(pdf, payroll, line, lineLocale);
      while (pageLocales.length < pdf.pageCount) pageLocales.push(lineLocale);
    });
    pdf.footers((page, pages) => translate(pageLocales[page - 1] ?? locale, 'payslips.footer', { page, pages }));
    return pdf.finish();
  }

  /** One PDF per employee paid (in payroll order), then the combined PDF. */
  async function files(companyId: number, month: string): Promise<PayslipFile[]> {
    return filesFor(payableMonth(companyId, month));
  }

  /** The payslips of a month the caller already has from the pay run (the month-end pack), refused as files() refuses. */
  async function filesFor(payroll: PayrollMonth): Promise<PayslipFile[]> {
    refuseUnpayable(payroll);
    const month = payroll.month;
    const names = payslipFileNames(month, payroll.lines);
    const out: PayslipFile[] = [];
    for (const line of payroll.lines) {
      const bytes = await render(payroll, [line.employee.id], (locale) =>
        translate(locale, 'payslips.documentTitle', { month: formatMonthName(month, locale), name: line.employee.name }),
      );
      out.push({ fileName: names.get(line.employee.id) as string, bytes, employeeId: line.employee.id });
    }
    const combined = await render(payroll, null, (locale) =>
      translate(locale, 'payslips.combinedTitle', { month: formatMonthName(month, locale), company: payroll.company.name }),
    );
    out.push({ fileName: combinedPayslipFileName(month, payroll.company.employerCode), bytes: combined, employeeId: null });
    return out;
  }

  return {
    files,
    filesFor,

    /** One employee's payslip (the app's preview). */
    async preview(companyId: number, month: string, employeeId: number): Promise<PayslipFile> {
      const payroll = payableMonth(companyId, month);
      const line = payroll.lines.find((l) => l.employee.id === employeeId);
      if (!line) throw new ServiceError('NOT_FOUND', 'payslips.error.notPaid', { month }, 'employeeId');
      const bytes = await render(payroll, [employeeId], (locale) =>
        translate(locale, 'payslips.documentTitle', { month: formatMonthName(month, locale), name: line.employee.name }),
      );
      return { fileName: payslipFileNames(month, payroll.lines).get(employeeId) as string, bytes, employeeId };
    },

    /**
     * Writes every payslip of the month into folder (created if missing) as one set: all the files
     * or none; an existing file is replaced only when asked.
     */
    async write(companyId: number, month: string, folder: string, options: { replace?: boolean } = {}): Promise<{ folder: string; files: { fileName: string; path: string; size: number }[] }> {
      const made = await files(companyId, month);
      try {
        fs.mkdirSync(folder, { recursive: true });
        const paths = writeFilesDurably(
          folder,
          made.map((f) => ({ name: f.fileName, content: f.bytes })),
          { replace: options.replace === true },
        );
        return { folder, files: made.map((f, i) => ({ fileName: f.fileName, path: paths[i] as string, size: f.bytes.length })) };
      } catch (error) {
        throw fileWriteError(error, failedTarget(error) ?? folder);
      }
    },
  };
}

export type PayslipService = ReturnType<typeof createPayslipService>;
