// The Payroll screen's amount columns: what each shows for one employee and for the month's total.
// Gross pay less the deduction columns is the net pay (SOCSO, EIS and LINDUNG include the shares
// due on corrections of earlier months; "other" is unpaid leave, salary advance, loan repayment
// and other deductions), as `caruman payroll --json` splits them, with CP38 on its own.
import type { MessageKey } from '../../../../shared/i18n/catalog';
import type { PayrollTotals } from '../../../../shared/payroll/totals';
import type { EmployeePayroll } from '../../../../shared/payroll/types';

type Figures = Pick<EmployeePayroll, 'grossSen' | 'netSen' | 'deductions' | 'employer'>;

export interface AmountColumn {
  id: string;
  label: MessageKey;
  hint?: MessageKey;
  group: 'gross' | 'deductions' | 'net' | 'employer';
  /** Left out of a month where it is zero for everyone (said under the table); the details still list it. */
  optional?: true;
  of(figures: Figures): number;
}

const otherDeductions = (d: Figures['deductions']) => d.unpaidLeaveSen + d.salaryAdvanceSen + d.loanRepaymentSen + d.otherDeductionSen;

export const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  { id: 'gross', label: 'payrollScreen.column.gross', group: 'gross', of: (f) => f.grossSen },
  { id: 'epf', label: 'payrollScreen.column.epf', group: 'deductions', of: (f) => f.deductions.epfSen },
  { id: 'socso', label: 'payrollScreen.column.socso', group: 'deductions', of: (f) => f.deductions.socsoSen + f.deductions.arrearsSocsoSen },
  { id: 'eis', label: 'payrollScreen.column.eis', group: 'deductions', of: (f) => f.deductions.eisSen + f.deductions.arrearsEisSen },
  { id: 'lindung', label: 'payrollScreen.column.lindung', group: 'deductions', of: (f) => f.deductions.lindungSen + f.deductions.arrearsLindungSen },
  { id: 'pcb', label: 'payrollScreen.column.pcb', group: 'deductions', of: (f) => f.deductions.pcbSen },
  { id: 'cp38', label: 'payrollScreen.column.cp38', group: 'deductions', optional: true, of: (f) => f.deductions.cp38Sen },
  { id: 'zakat', label: 'payrollScreen.column.zakat', group: 'deductions', optional: true, of: (f) => f.deductions.zakatSen },
  { id: 'other', label: 'payrollScreen.column.other', hint: 'payrollScreen.column.other.hint', group: 'deductions', optional: true, of: (f) => otherDeductions(f.deductions) },
  { id: 'net', label: 'payrollScreen.column.net', group: 'net', of: (f) => f.netSen },
  { id: 'epf-employer', label: 'payrollScreen.column.epfEmployer', group: 'employer', of: (f) => f.employer.epfSen },
  { id: 'socso-employer', label: 'payrollScreen.column.socsoEmployer', group: 'employer', of: (f) => f.employer.socsoSen + f.employer.arrearsSocsoSen },
  { id: 'eis-employer', label: 'payrollScreen.column.eisEmployer', group: 'employer', of: (f) => f.employer.eisSen + f.employer.arrearsEisSen },
  { id: 'cost', label: 'payrollScreen.column.cost', hint: 'payrollScreen.column.cost.hint', group: 'employer', of: (f) => f.grossSen + f.employer.totalSen },
];

/** The columns a month shows (an optional one only when someone has an amount in it), and those left out. */
export function columnsFor(totals: PayrollTotals): { shown: AmountColumn[]; hidden: AmountColumn[] } {
  const figures = totalsAsFigures(totals);
  const shown: AmountColumn[] = [];
  const hidden: AmountColumn[] = [];
  for (const column of AMOUNT_COLUMNS) (column.optional && column.of(figures) === 0 ? hidden : shown).push(column);
  return { shown, hidden };
}

/** The month's totals in the shape of one employee's figures, so every column reads them the same way. */
export function totalsAsFigures(totals: PayrollTotals): Figures {
  return {
    grossSen: totals.grossSen,
    netSen: totals.netSen,
    deductions: { ...totals.deductions, otherDeductionNote: null },
    employer: totals.employer,
  };
}
