// Each employee's EPF for a wage month, as the month's Form A writes it: the one place the files
// (and the month-end dashboard's "to pay KWSP") take EPF amounts from. Today the EPF engine on
// the month's EPF wages (shared/pay: epfWagesSen, unpaid leave off); when the pay run computes
// the month (main/services/payroll), its figures replace this so the files and the payslips can
// never disagree.
import { calculateEpf, EpfError, type EpfResult } from '../../../shared/epf';
import { epfWagesSen } from '../../../shared/pay';
import { epfPersonOf } from '../../../shared/domain/epf-facts';
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { Employee } from '../../../shared/domain/employee';
import type { ReportItem } from '../../../shared/assist';

export interface EpfFigure {
  employee: Employee;
  /** The month's EPF wages other than bonus, and the bonus (calculateEpf's input). */
  wagesSen: number;
  bonusSen: number;
  /** The engine's result; null when it could not compute (problem says why). */
  result: EpfResult | null;
  problem: ReportItem | null;
}

/** Every employee on the month's payroll with their EPF (none without wages entered). */
export function epfFiguresOf(month: CompanyMonth): EpfFigure[] {
  return month.rows.map(({ employee, entry }) => {
    const wages = entry ? epfWagesSen(entry.items, entry.deductions.unpaid_leave) : { wagesSen: 0, bonusSen: 0 };
    try {
      const result = calculateEpf({ wageMonth: month.month, wagesSen: wages.wagesSen, bonusSen: wages.bonusSen, person: epfPersonOf(employee, month.month) });
      return { employee, ...wages, result, problem: null };
    } catch (error) {
      // A record the engine refuses (a date of birth after the month): the employee is named in
      // the refusal, never silently left out of the file.
      if (!(error instanceof EpfError)) throw error;
      const problem = { key: 'monthFiles.epf.cannotCompute', params: { ...error.params, name: employee.name, idNumber: employee.idNumber, reason: error.key } };
      return { employee, ...wages, result: null, problem };
    }
  });
}

/** What KWSP is paid for the month: employer + employee shares of everyone. */
export function epfTotalSen(figures: readonly EpfFigure[]): number {
  return figures.reduce((sum, f) => sum + (f.result ? f.result.employerSen + f.result.employeeSen : 0), 0);
}
