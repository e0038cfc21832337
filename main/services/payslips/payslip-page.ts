// One payslip, drawn onto a PDF page in the employee's language: who and when, every pay item
// (and arrears of corrections), every deduction, net pay, what the employer paid on top, the year
// to date and the bank account paid to. The figures are the pay run's (payroll:month) and nothing
// else: this module formats, it never computes pay.
import type { PdfBuilder } from '../pdf/document';
import type { PayrollLine, PayrollMonth } from '../../../shared/payroll/month';
import { PAY_ITEM_NAMES } from '../../../shared/pay/pay-items';
import { formatAmount, formatRinggit } from '../../../shared/money/sen';
import { formatMonthName, yearOfMonth } from '../../../shared/calendar';
import { translate, type MessageParams } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/i18n/define';

type Row = [string, string];

/** The language of an employee's payslip: their own choice, else the app's. */
export function payslipLocale(line: PayrollLine, appLocale: Locale): Locale {
  return line.employee.payslipLanguage ?? appLocale;
}

export function drawPayslip(pdf: PdfBuilder, month: PayrollMonth, line: PayrollLine, locale: Locale): void {
  const t = (key: string, params?: MessageParams) => translate(locale, key, params);
  const monthName = formatMonthName(month.month, locale);
  const { employee, payroll: p } = line;
  const d = p.deductions;
  const amount = (sen: number) => formatAmount(sen);

  pdf.title(t('payslips.title'), `${month.company.name} — ${monthName}`);
  if (!month.status.finalised) pdf.paragraph(t('payslips.draft', { month: monthName }), { bold: true });

  const fields: Row[] = [
    [t('payslips.company'), month.company.name],
    [t('payslips.employerCode'), month.company.employerCode],
    [t('payslips.employee'), employee.name],
    [t('payslips.idNumber'), employee.idNumber],
  ];
  if (employee.staffNumber) fields.push([t('payslips.staffNumber'), employee.staffNumber]);
  if (employee.jobTitle) fields.push([t('payslips.jobTitle'), employee.jobTitle]);
  if (employee.epfMemberNumber) fields.push([t('payslips.epfNumber'), employee.epfMemberNumber]);
  if (employee.taxNumber) fields.push([t('payslips.taxNumber'), employee.taxNumber]);
  fields.push([t('payslips.month'), monthName]);
  fields.push([t('payslips.bank'), bankLine(line, t)]);
  pdf.fields(fields);

  const columns = (header: string) => [
    { header, width: 0.72 },
    { header: t('payslips.amount'), width: 0.28, align: 'right' as const },
  ];

  const earnings: Row[] = PAY_ITEM_NAMES.filter((name) => p.items[name] !== 0).map((name) => [t(`pay.item.${name}`), amount(p.items[name])]);
  for (const c of p.corrections) earnings.push([t('payslips.correction', { month: formatMonthName(c.forMonth, locale), reason: c.reason }), amount(c.amountSen)]);
  pdf.table({ columns: columns(t('payslips.earnings')), rows: earnings, footer: [t('payslips.gross'), amount(p.grossSen)] });

  // EPF, SOCSO, EIS and PCB always (a zero is an answer); the rest when there is something.
  const deductions: Row[] = [
    [t('payslips.deduction.epf'), amount(d.epfSen)],
    [t('payslips.deduction.socso'), amount(d.socsoSen)],
    [t('payslips.deduction.eis'), amount(d.eisSen)],
  ];
  const optional = (key: string, sen: number, params?: MessageParams) => {
    if (sen !== 0) deductions.push([t(key, params), amount(sen)]);
  };
  optional('payslips.deduction.lindung', d.lindungSen);
  optional('payslips.deduction.arrearsSocso', d.arrearsSocsoSen);
  optional('payslips.deduction.arrearsEis', d.arrearsEisSen);
  optional('payslips.deduction.arrearsLindung', d.arrearsLindungSen);
  deductions.push([t('payslips.deduction.pcb'), amount(d.pcbSen)]);
  optional('payslips.deduction.cp38', d.cp38Sen);
  optional('pay.deduction.zakat', d.zakatSen);
  optional('pay.deduction.unpaid_leave', d.unpaidLeaveSen);
  optional('pay.deduction.salary_advance', d.salaryAdvanceSen);
  optional('pay.deduction.loan_repayment', d.loanRepaymentSen);
  if (d.otherDeductionNote) optional('payslips.deduction.otherWithNote', d.otherDeductionSen, { note: d.otherDeductionNote });
  else optional('pay.deduction.other_deduction', d.otherDeductionSen);
  pdf.table({ columns: columns(t('payslips.deductions')), rows: deductions, footer: [t('payslips.totalDeductions'), amount(p.totalDeductionsSen)] });

  pdf.paragraph(`${t('payslips.net')}: ${formatRinggit(p.netSen)}`, { bold: true, size: 12 }).gap(6);

  const e = p.employer;
  const employer: Row[] = [
    [t('payslips.employer.epf'), amount(e.epfSen)],
    [t('payslips.employer.socso'), amount(e.socsoSen)],
    [t('payslips.employer.eis'), amount(e.eisSen)],
  ];
  if (e.lindungSen !== 0) employer.push([t('payslips.deduction.lindung'), amount(e.lindungSen)]);
  const arrears = e.arrearsSocsoSen + e.arrearsEisSen + e.arrearsLindungSen;
  if (arrears !== 0) employer.push([t('payslips.employer.arrears'), amount(arrears)]);
  pdf.table({ columns: columns(t('payslips.employer')), rows: employer });

  const ytd = line.yearToDate;
  pdf.table({
    columns: columns(t('payslips.yearToDate', { year: yearOfMonth(month.month), month: monthName })),
    rows: [
      [t('payslips.ytd.gross'), amount(ytd.grossSen)],
      [t('payslips.ytd.epf'), amount(ytd.epfEmployeeSen)],
      [t('payslips.ytd.pcb'), amount(ytd.pcbSen)],
    ],
  });
}

function bankLine(line: PayrollLine, t: (key: string, params?: MessageParams) => string): string {
  const { bankName, bankAccount } = line.employee;
  if (!bankAccount) return t('payslips.noBank');
  return bankName ? t('payslips.bankAccount', { bank: bankName, account: bankAccount }) : bankAccount;
}
