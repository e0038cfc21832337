// One payslip as words and amounts, in one language: who and when, every pay item (and arrears of
// corrections), every deduction, net pay, what the employer paid on top, the year to date and the
// bank account paid to. The PDF (main/services/payslips/payslip-page.ts) draws it and the app's
// preview (renderer/src/screens/payroll) shows it, so the two can never disagree. The figures are
// the pay run's (payroll:month) and nothing else: this module formats, it never computes pay.
import type { PayrollLine, PayrollMonth } from './month';
import { PAY_ITEM_NAMES } from '../pay/pay-items';
import { OVERTIME_KINDS } from './rules';
import { formatHours } from './hours';
import { MULTIPLIER_TEXT } from './employment-act-working';
import { formatAmount, formatRinggit } from '../money/sen';
import { formatMonthName, yearOfMonth } from '../calendar';
import type { MessageParams } from '../i18n/format';
import type { Locale } from '../i18n/define';

export type Say = (key: string, params?: MessageParams) => string;

/** A label and its amount ("1,234.56"). */
export type PayslipRow = [string, string];

export interface PayslipTable {
  header: string;
  rows: PayslipRow[];
  footer: PayslipRow | null;
}

export interface PayslipView {
  title: string;
  subtitle: string;
  /** Said while the month is not finalised: the figures may still change. */
  draft: string | null;
  fields: PayslipRow[];
  amountHeader: string;
  earnings: PayslipTable;
  deductions: PayslipTable;
  /** "Net pay: RM1,234.56". */
  net: string;
  employer: PayslipTable;
  yearToDate: PayslipTable;
}

export function payslipView(month: PayrollMonth, line: PayrollLine, t: Say, locale: Locale): PayslipView {
  const monthName = formatMonthName(month.month, locale);
  const { employee, payroll: p } = line;
  const d = p.deductions;
  const amount = (sen: number) => formatAmount(sen);

  const fields: PayslipRow[] = [
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

  const earnings: PayslipRow[] = [];
  for (const name of PAY_ITEM_NAMES) {
    if (p.items[name] !== 0) earnings.push([t(`pay.item.${name}`), amount(p.items[name])]);
    // The hours entered, under the overtime they were paid as (or where it would be, when the
    // amount was typed as nothing): the employee can check the amount against them.
    if (name === 'overtime') earnings.push(...overtimeHourRows(line, t));
  }
  for (const c of p.corrections) earnings.push([t('payslips.correction', { month: formatMonthName(c.forMonth, locale), reason: c.reason }), amount(c.amountSen)]);

  // EPF, SOCSO, EIS and PCB always (a zero is an answer); the rest when there is something.
  const deductions: PayslipRow[] = [
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

  const e = p.employer;
  const employer: PayslipRow[] = [
    [t('payslips.employer.epf'), amount(e.epfSen)],
    [t('payslips.employer.socso'), amount(e.socsoSen)],
    [t('payslips.employer.eis'), amount(e.eisSen)],
  ];
  if (e.lindungSen !== 0) employer.push([t('payslips.deduction.lindung'), amount(e.lindungSen)]);
  const arrears = e.arrearsSocsoSen + e.arrearsEisSen + e.arrearsLindungSen;
  if (arrears !== 0) employer.push([t('payslips.employer.arrears'), amount(arrears)]);

  const ytd = line.yearToDate;
  return {
    title: t('payslips.title'),
    subtitle: `${month.company.name} — ${monthName}`,
    draft: month.status.finalised ? null : t('payslips.draft', { month: monthName }),
    fields,
    amountHeader: t('payslips.amount'),
    earnings: { header: t('payslips.earnings'), rows: earnings, footer: [t('payslips.gross'), amount(p.grossSen)] },
    deductions: { header: t('payslips.deductions'), rows: deductions, footer: [t('payslips.totalDeductions'), amount(p.totalDeductionsSen)] },
    net: `${t('payslips.net')}: ${formatRinggit(p.netSen)}`,
    employer: { header: t('payslips.employer'), rows: employer, footer: null },
    yearToDate: {
      header: t('payslips.yearToDate', { year: yearOfMonth(month.month), month: monthName }),
      rows: [
        [t('payslips.ytd.gross'), amount(ytd.grossSen)],
        [t('payslips.ytd.epf'), amount(ytd.epfEmployeeSen)],
        [t('payslips.ytd.pcb'), amount(ytd.pcbSen)],
      ],
      footer: null,
    },
  };
}

/** One row per kind of overtime with hours entered ("of which 4:00 h on normal days (1.5× the hourly rate)"), no amount of its own. */
function overtimeHourRows(line: PayrollLine, t: Say): PayslipRow[] {
  const minutes = line.overtimeMinutes;
  if (!minutes) return [];
  return OVERTIME_KINDS.filter((kind) => minutes[kind] > 0).map((kind): PayslipRow => [
    t(`payslips.overtimeHours.${kind}`, { hours: formatHours(minutes[kind]), multiplier: MULTIPLIER_TEXT[kind] }),
    '',
  ]);
}

function bankLine(line: PayrollLine, t: Say): string {
  const { bankName, bankAccount } = line.employee;
  if (!bankAccount) return t('payslips.noBank');
  return bankName ? t('payslips.bankAccount', { bank: bankName, account: bankAccount }) : bankAccount;
}
