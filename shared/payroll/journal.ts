// The payroll journal (issue 17, for the accountant): the month's pay as one balanced journal
// entry. Debits: what the pay costs (pay items by expense group, the employer's EPF, SOCSO, EIS
// and LINDUNG shares, the HRD Corp levy). Credits: what is owed to whom (EPF, SOCSO, EIS, LINDUNG,
// PCB, CP38, zakat, the levy), what staff paid back (advances, loans), unpaid leave taken off the
// pay, other deductions, and the net wages payable to staff. Debits equal credits, to the sen,
// or nothing is made (JournalOutOfBalance: a bug, never a user's mistake). Lines that are zero
// are left out, so the entry reads like one an accountant would post.
import { daysInMonthOf } from '../calendar';
import { senToDecimal } from '../money/sen';
import { translate } from '../i18n/catalog';
import type { Locale } from '../i18n/define';
import type { PayItemName } from '../pay/pay-items';
import type { PayrollMonth } from './month';
import type { ReportTable } from './report-table';
import { refuseUnpayable, reportFileStem } from './report-guards';
import { paymentReference } from './payment-list';

/**
 * Which expense account each pay item is posted to (CHOSEN: the groups a Malaysian small
 * business's chart of accounts keeps apart; reimbursements are the staff's own money paid back,
 * not pay, so they stand alone for the accountant to post against the expense they were for).
 */
export const JOURNAL_EXPENSE_GROUP = {
  basic: 'wages',
  overtime: 'wages',
  commission: 'wages',
  allowance: 'wages',
  leave_pay: 'wages',
  arrears: 'wages',
  service_charge: 'wages',
  bonus: 'bonus',
  directors_fee: 'directorsFees',
  gratuity: 'termination',
  payment_in_lieu_of_notice: 'termination',
  travel_allowance: 'travel',
  gift: 'gifts',
  reimbursement: 'reimbursements',
} as const satisfies Record<PayItemName, string>;

type ExpenseGroup = (typeof JOURNAL_EXPENSE_GROUP)[PayItemName];
const EXPENSE_GROUPS: readonly ExpenseGroup[] = ['wages', 'bonus', 'directorsFees', 'termination', 'travel', 'gifts', 'reimbursements'];

export interface JournalLine {
  /** The account's message key (payrollReports.journal.*). */
  account: string;
  debitSen: number;
  creditSen: number;
}

export class JournalOutOfBalance extends Error {
  override name = 'JournalOutOfBalance';
}

/** The month's journal lines (zero lines left out); throws JournalOutOfBalance if debits ≠ credits. */
export function journalLines(month: PayrollMonth): JournalLine[] {
  const expense = Object.fromEntries(EXPENSE_GROUPS.map((g) => [g, 0])) as Record<ExpenseGroup, number>;
  for (const line of month.lines) {
    for (const [name, group] of Object.entries(JOURNAL_EXPENSE_GROUP) as [PayItemName, ExpenseGroup][]) expense[group] += line.payroll.items[name];
    // A correction of an earlier month is pay that was short: wages, in the month it is paid.
    for (const c of line.payroll.corrections) expense.wages += c.amountSen;
  }
  const { deductions: d, employer: e, hrdLevySen, netSen } = month.totals;
  const debit = (account: string, sen: number): JournalLine => ({ account, debitSen: sen, creditSen: 0 });
  const credit = (account: string, sen: number): JournalLine => ({ account, debitSen: 0, creditSen: sen });
  const lines: JournalLine[] = [
    ...EXPENSE_GROUPS.map((g) => debit(g, expense[g])),
    debit('employerEpf', e.epfSen),
    debit('employerSocso', e.socsoSen + e.arrearsSocsoSen),
    debit('employerEis', e.eisSen + e.arrearsEisSen),
    debit('employerLindung', e.lindungSen + e.arrearsLindungSen),
    debit('hrdLevy', hrdLevySen),
    credit('unpaidLeave', d.unpaidLeaveSen),
    credit('epfPayable', d.epfSen + e.epfSen),
    credit('socsoPayable', d.socsoSen + d.arrearsSocsoSen + e.socsoSen + e.arrearsSocsoSen),
    credit('eisPayable', d.eisSen + d.arrearsEisSen + e.eisSen + e.arrearsEisSen),
    credit('lindungPayable', d.lindungSen + d.arrearsLindungSen + e.lindungSen + e.arrearsLindungSen),
    credit('pcbPayable', d.pcbSen),
    credit('cp38Payable', d.cp38Sen),
    credit('zakatPayable', d.zakatSen),
    credit('hrdLevyPayable', hrdLevySen),
    credit('salaryAdvance', d.salaryAdvanceSen),
    credit('loanRepayment', d.loanRepaymentSen),
    credit('otherDeductions', d.otherDeductionSen),
    credit('netPayable', netSen),
  ].filter((l) => l.debitSen !== 0 || l.creditSen !== 0);
  const { debitSen, creditSen } = journalTotals(lines);
  if (debitSen !== creditSen) {
    throw new JournalOutOfBalance(`payroll journal ${month.month} of company ${month.companyId}: debits ${debitSen} ≠ credits ${creditSen} (sen)`);
  }
  return lines;
}

export function journalTotals(lines: readonly JournalLine[]): { debitSen: number; creditSen: number } {
  return lines.reduce((sum, l) => ({ debitSen: sum.debitSen + l.debitSen, creditSen: sum.creditSen + l.creditSen }), { debitSen: 0, creditSen: 0 });
}

/** The journal as a table: dated the month's last day, with the payment reference, and a totals row. */
export function payrollJournal(month: PayrollMonth, locale: Locale): ReportTable {
  refuseUnpayable(month, 'journal');
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const k = (key: string) => t(`payrollReports.journal.${key}`);
  const lines = journalLines(month);
  const date = `${month.month}-${String(daysInMonthOf(month.month)).padStart(2, '0')}`;
  const reference = paymentReference(month);
  const amount = (sen: number) => (sen === 0 ? '' : senToDecimal(sen));
  const totals = journalTotals(lines);
  return {
    fileStem: reportFileStem('payroll-journal', month),
    sheetName: t('payrollReports.journal.sheet', { month: month.month }),
    columns: [{ header: k('date') }, { header: k('account') }, { header: k('debit'), money: true }, { header: k('credit'), money: true }, { header: k('reference') }],
    rows: [
      ...lines.map((l) => [date, k(l.account), amount(l.debitSen), amount(l.creditSen), reference]),
      ['', k('total'), senToDecimal(totals.debitSen), senToDecimal(totals.creditSen), ''],
    ],
  };
}
