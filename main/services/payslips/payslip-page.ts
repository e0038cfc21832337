// One payslip, drawn onto a PDF page in the employee's language. What it says is
// shared/payroll/payslip-view.ts (the app's preview shows the same view); this module only lays it
// out: title, the who-and-when fields, then earnings, deductions, net pay, the employer's shares
// and the year to date.
import type { PdfBuilder } from '../pdf/document';
import type { PayrollLine, PayrollMonth } from '../../../shared/payroll/month';
import { payslipView, type PayslipTable } from '../../../shared/payroll/payslip-view';
import { translate, type MessageParams } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/i18n/define';

/** The language of an employee's payslip: their own choice, else the app's. */
export function payslipLocale(line: PayrollLine, appLocale: Locale): Locale {
  return line.employee.payslipLanguage ?? appLocale;
}

export function drawPayslip(pdf: PdfBuilder, month: PayrollMonth, line: PayrollLine, locale: Locale): void {
  const view = payslipView(month, line, (key: string, params?: MessageParams) => translate(locale, key, params), locale);
  pdf.title(view.title, view.subtitle);
  if (view.draft) pdf.paragraph(view.draft, { bold: true });
  pdf.fields(view.fields);
  const table = ({ header, rows, footer }: PayslipTable) =>
    pdf.table({
      columns: [
        { header, width: 0.72 },
        { header: view.amountHeader, width: 0.28, align: 'right' as const },
      ],
      rows,
      ...(footer ? { footer } : {}),
    });
  table(view.earnings);
  table(view.deductions);
  pdf.paragraph(view.net, { bold: true, size: 12 }).gap(6);
  table(view.employer);
  table(view.yearToDate);
}
