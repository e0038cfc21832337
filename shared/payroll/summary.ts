// The payroll summary (issue 17, for the accountant): one row per employee paid, with every pay
// item, every deduction, net pay and the employer's contributions, then the totals row (and the
// HRD Corp levy, a company figure). Pure: the pay run's month in, a table out (report-table.ts
// writes it as CSV or .xlsx). Columns that are zero for everyone are left out, except the ones a
// reader looks for every month (basic pay, gross, EPF, SOCSO, EIS, PCB, net and the employer's).
import { senToDecimal } from '../money/sen';
import { translate } from '../i18n/catalog';
import type { Locale } from '../i18n/define';
import { PAY_ITEM_NAMES } from '../pay/pay-items';
import type { PayrollLine, PayrollMonth } from './month';
import type { ReportColumn, ReportTable } from './report-table';
import { refuseUnpayable, reportFileStem } from './report-guards';

interface SummaryColumn {
  header: string;
  /** The amount in sen for a money column; the text for the others. */
  value: (line: PayrollLine) => number | string;
  /** Shown even when zero for everyone. */
  always?: boolean;
}

function summaryColumns(t: (key: string) => string): SummaryColumn[] {
  const k = (key: string) => t(`payrollReports.summary.${key}`);
  const d = (line: PayrollLine) => line.payroll.deductions;
  const e = (line: PayrollLine) => line.payroll.employer;
  return [
    ...PAY_ITEM_NAMES.map((name): SummaryColumn => ({ header: t(`pay.item.${name}`), value: (l) => l.payroll.items[name], always: name === 'basic' })),
    { header: k('corrections'), value: (l) => l.payroll.corrections.reduce((sum, c) => sum + c.amountSen, 0) },
    { header: k('gross'), value: (l) => l.payroll.grossSen, always: true },
    { header: k('epf'), value: (l) => d(l).epfSen, always: true },
    { header: k('socso'), value: (l) => d(l).socsoSen, always: true },
    { header: k('eis'), value: (l) => d(l).eisSen, always: true },
    { header: k('lindung'), value: (l) => d(l).lindungSen },
    { header: k('arrearsSocso'), value: (l) => d(l).arrearsSocsoSen },
    { header: k('arrearsEis'), value: (l) => d(l).arrearsEisSen },
    { header: k('arrearsLindung'), value: (l) => d(l).arrearsLindungSen },
    { header: k('pcb'), value: (l) => d(l).pcbSen, always: true },
    { header: k('cp38'), value: (l) => d(l).cp38Sen },
    { header: t('pay.deduction.zakat'), value: (l) => d(l).zakatSen },
    { header: t('pay.deduction.unpaid_leave'), value: (l) => d(l).unpaidLeaveSen },
    { header: t('pay.deduction.salary_advance'), value: (l) => d(l).salaryAdvanceSen },
    { header: t('pay.deduction.loan_repayment'), value: (l) => d(l).loanRepaymentSen },
    { header: t('pay.deduction.other_deduction'), value: (l) => d(l).otherDeductionSen },
    { header: k('totalDeductions'), value: (l) => l.payroll.totalDeductionsSen, always: true },
    { header: k('net'), value: (l) => l.payroll.netSen, always: true },
    { header: k('employerEpf'), value: (l) => e(l).epfSen, always: true },
    { header: k('employerSocso'), value: (l) => e(l).socsoSen, always: true },
    { header: k('employerEis'), value: (l) => e(l).eisSen, always: true },
    { header: k('employerLindung'), value: (l) => e(l).lindungSen },
    { header: k('employerArrears'), value: (l) => e(l).arrearsSocsoSen + e(l).arrearsEisSen + e(l).arrearsLindungSen },
    { header: k('employerTotal'), value: (l) => e(l).totalSen, always: true },
    { header: k('employerCost'), value: (l) => l.payroll.grossSen + e(l).totalSen, always: true },
  ];
}

export function payrollSummary(month: PayrollMonth, locale: Locale): ReportTable {
  refuseUnpayable(month, 'summary');
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const money = summaryColumns(t).filter((c) => c.always || month.lines.some((l) => c.value(l) !== 0));
  const withStaffNumber = month.lines.some((l) => l.employee.staffNumber);
  const withNote = month.lines.some((l) => l.payroll.deductions.otherDeductionNote);
  const k = (key: string) => t(`payrollReports.summary.${key}`);

  const columns: ReportColumn[] = [
    { header: k('name') },
    { header: k('idNumber') },
    ...(withStaffNumber ? [{ header: k('staffNumber') }] : []),
    ...money.map((c) => ({ header: c.header, money: true })),
    ...(withNote ? [{ header: k('otherNote') }] : []),
  ];
  const amount = (value: number | string) => senToDecimal(value as number);
  const rows = month.lines.map((line) => [
    line.employee.name,
    line.employee.idNumber,
    ...(withStaffNumber ? [line.employee.staffNumber ?? ''] : []),
    ...money.map((c) => amount(c.value(line))),
    ...(withNote ? [line.payroll.deductions.otherDeductionNote ?? ''] : []),
  ]);
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  const lead = withStaffNumber ? 2 : 1;
  rows.push([
    t('payrollReports.summary.total', { count: month.lines.length }),
    ...blanks(lead),
    ...money.map((c) => senToDecimal(month.lines.reduce((sum, l) => sum + (c.value(l) as number), 0))),
    ...(withNote ? [''] : []),
  ]);
  if (month.totals.hrdLevySen > 0) {
    // The levy is on the company's month, not on anyone's pay: its own row, in the cost column.
    rows.push([k('hrdLevy'), ...blanks(lead), ...money.map((_, i) => (i === money.length - 1 ? senToDecimal(month.totals.hrdLevySen) : '')), ...(withNote ? [''] : [])]);
  }
  return {
    fileStem: reportFileStem('payroll-summary', month),
    sheetName: t('payrollReports.summary.sheet', { month: month.month }),
    columns,
    rows,
  };
}
