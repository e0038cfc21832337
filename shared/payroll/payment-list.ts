// The payment list (issue 17, paying staff): one row per employee paid with the bank, account
// number, net pay and the payment reference, and the total, as CSV. Pure: it takes the month the
// pay run returns and gives bytes, so the month-end pack writes it with the month's other files.
// Amounts are plain decimals (no thousands separator) so a spreadsheet or a bank's upload reads
// them as numbers; every cell passes the CSV formula guard (stringifyCsv).
import { stringifyCsv } from '../csv/csv';
import { senToDecimal } from '../money/sen';
import { translate } from '../i18n/catalog';
import type { Locale } from '../i18n/define';
import { PayrollError } from './errors';
import type { PayrollMonth } from './month';

/** A file a producer made: its plain name and its text (UTF-8), ready for the durable writer. */
export interface ProducedFile {
  fileName: string;
  content: string;
}

/** What the payment list writes as each payment's reference: the company's, else "GAJI", and the month. */
export function paymentReference(month: PayrollMonth): string {
  return `${month.company.paymentReference ?? 'GAJI'} ${month.month}`;
}

export function paymentListCsv(month: PayrollMonth, locale: Locale): ProducedFile {
  // An employee left out because their pay cannot be paid as entered would be silently unpaid.
  if (month.refusals.length > 0) {
    const names = month.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
    throw new PayrollError('VALIDATION', 'payroll.paymentList.refusals', { month: month.month, count: month.refusals.length, names }, 'month');
  }
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const reference = paymentReference(month);
  const rows: string[][] = [
    ['name', 'idNumber', 'bank', 'account', 'amount', 'reference'].map((column) => t(`payroll.paymentList.${column}`)),
    ...month.lines.map((line) => [line.employee.name, line.employee.idNumber, line.employee.bankName ?? '', line.employee.bankAccount ?? '', senToDecimal(line.payroll.netSen), reference]),
  ];
  const totalSen = month.lines.reduce((sum, line) => sum + line.payroll.netSen, 0);
  rows.push([t('payroll.paymentList.total', { count: month.lines.length }), '', '', '', senToDecimal(totalSen), '']);
  return { fileName: `payment-list-${month.month}-${month.company.employerCode.replace(/[^A-Za-z0-9]/g, '')}.csv`, content: stringifyCsv(rows) };
}
