// A company's month, computed: every employee on the payroll with their pay items, the liable
// wages derived from them and the statutory engine's result. Nothing here is stored; the files,
// the wage grid and the reports all read it from this one place.
import { calculateContributions, supportedMonthIndex } from '../../shared/statutory';
import { socsoWagesSen } from '../../shared/pay/pay-items';
import { personFacts } from '../../shared/domain/person-facts';
import { monthOfDate } from '../../shared/calendar';
import type { Employee } from '../../shared/domain/employee';
import type { CompanyMonth, MonthEvents } from '../../shared/domain/company-month';
import type { WageService } from './wages';

export function monthEvents(employee: Pick<Employee, 'hireDate' | 'leaveDate' | 'leaveReason'>, month: string): MonthEvents {
  const joined = employee.hireDate !== null && monthOfDate(employee.hireDate) === month;
  const gone = employee.leaveDate !== null && monthOfDate(employee.leaveDate) === month;
  return { joined, left: gone && employee.leaveReason !== 'died', died: gone && employee.leaveReason === 'died' };
}

export function createContributionService(wages: WageService) {
  return {
    forMonth(companyId: number, month: string): CompanyMonth {
      supportedMonthIndex(month);
      const totals = { employerSen: 0, employeeSen: 0, totalSen: 0, wagesSen: 0 };
      const rows = wages.sheet(companyId, month).map(({ employee, entry }) => {
        // Unpaid leave is pay not earned: it comes off the wages of every scheme (shared/pay/rules.ts).
        const wagesSen = entry ? socsoWagesSen(entry.items, entry.deductions.unpaid_leave) : 0;
        // A StatutoryError (a month before 2016-06) reaches the router, which reports it.
        const result = calculateContributions({ month, wagesSen, person: personFacts(employee) });
        totals.employerSen += result.totals.employerSen;
        totals.employeeSen += result.totals.employeeSen;
        totals.totalSen += result.totals.totalSen;
        totals.wagesSen += wagesSen;
        return { employee, entry, wagesSen, events: monthEvents(employee, month), result };
      });
      return { companyId, month, rows, totals };
    },
  };
}

export type ContributionService = ReturnType<typeof createContributionService>;
