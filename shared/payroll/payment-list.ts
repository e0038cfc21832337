// The payment list (issue 17, paying staff): one row per employee paid with the bank, account
// number, net pay and the payment reference, and the total. Pure: it takes the month the pay run
// returns and gives a table (CSV here, .xlsx in main/services/payroll-exports), so the month-end
// pack writes it with the month's other files. Amounts are plain decimals (no thousands
// separator) so a spreadsheet or a bank's upload reads them as numbers; every CSV cell passes the
// formula guard (stringifyCsv). Never marked DRAFT: staff are paid from it before the month is
// finalised (finalising comes once they are paid).
import { translate } from '../i18n/catalog';
import type { Locale } from '../i18n/define';
import { senToDecimal } from '../money/sen';
import { PayrollError } from './errors';
import type { PayrollMonth } from './month';
import { reportCsv, type ReportTable } from './report-table';
import { refuseUnpayable, reportFileStem } from './report-guards';

/** A file a producer made: its plain name and its text (UTF-8), ready for the durable writer. */
export interface ProducedFile {
  fileName: string;
  content: string;
}

/** What the payment list writes as each payment's reference: the company's, else "GAJI", and the month. */
export function paymentReference(month: PayrollMonth): string {
  return `${month.company.paymentReference ?? 'GAJI'} ${month.month}`;
}

export function paymentList(month: PayrollMonth, locale: Locale): ReportTable {
  // An employee left out because their pay cannot be paid as entered would be silently unpaid.
  refuseUnpayable(month, 'paymentList');
  // So would one the bank cannot pay: the list is refused, naming each (paid net pay above zero).
  const noAccount = month.lines.filter((l) => l.payroll.netSen > 0 && !l.employee.bankAccount?.trim());
  if (noAccount.length > 0) {
    const names = noAccount.map((l) => `${l.employee.name} (${l.employee.idNumber})`).join(', ');
    throw new PayrollError('VALIDATION', 'payrollReports.paymentList.noAccount', { month: month.month, count: noAccount.length, names }, 'month');
  }
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const reference = paymentReference(month);
  const paid = month.lines.filter((l) => l.payroll.netSen > 0);
  const totalSen = paid.reduce((sum, line) => sum + line.payroll.netSen, 0);
  return {
    fileStem: reportFileStem('payment-list', month, false),
    sheetName: t('payrollReports.paymentList.sheet', { month: month.month }),
    columns: [
      ...['name', 'idNumber', 'bank', 'account'].map((column) => ({ header: t(`payroll.paymentList.${column}`) })),
      { header: t('payroll.paymentList.amount'), money: true },
      { header: t('payroll.paymentList.reference') },
    ],
    rows: [
      ...paid.map((line) => [line.employee.name, line.employee.idNumber, line.employee.bankName ?? '', line.employee.bankAccount ?? '', senToDecimal(line.payroll.netSen), reference]),
      [t('payroll.paymentList.total', { count: paid.length }), '', '', '', senToDecimal(totalSen), ''],
    ],
  };
}

export function paymentListCsv(month: PayrollMonth, locale: Locale): ProducedFile {
  const table = paymentList(month, locale);
  return { fileName: `${table.fileStem}.csv`, content: reportCsv(table) };
}
