// A company's month, computed: every employee on the payroll with their pay items, the liable
// wages derived from them and the statutory engine's result. Nothing here is stored; the files,
// the wage grid and the reports all read it from this one place.
import { calculateContributions, supportedMonthIndex } from '../../shared/statutory';
import { socsoWagesSen } from '../../shared/pay/pay-items';
import { personFacts } from '../../shared/domain/person-facts';
import { monthOfDate } from '../../shared/calendar';
import type { Employee } from '../../shared/domain/employee';
import type { CompanyMonth, MonthEvents } from '../../shared/domain/company-month';
import { epfOf, gridAmountsOf, type WageGrid } from '../../shared/domain/wage-grid';
import { epfPersonOf } from '../../shared/domain/epf-facts';
import type { WageService } from './wages';

export function monthEvents(employee: Pick<Employee, 'hireDate' | 'leaveDate' | 'leaveReason'>, month: string): MonthEvents {
  const joined = employee.hireDate !== null && monthOfDate(employee.hireDate) === month;
  const gone = employee.leaveDate !== null && monthOfDate(employee.leaveDate) === month;
  return { joined, left: gone && employee.leaveReason !== 'died', died: gone && employee.leaveReason === 'died' };
}

/**
 * `correctionsFor` gives, by employee, the pay corrected after the month was finalised and paid
 * later as arrears (main/services/payroll/corrections.ts): wages of this month for SOCSO, EIS and
 * LINDUNG, worked out with this month's tables, so its arrears statement shows them.
 */
export function createContributionService(wages: WageService, correctionsFor: (companyId: number, month: string) => ReadonlyMap<number, number> = () => new Map()) {
  const service = {
    forMonth(companyId: number, month: string): CompanyMonth {
      supportedMonthIndex(month);
      const totals = { employerSen: 0, employeeSen: 0, totalSen: 0, wagesSen: 0 };
      const corrected = correctionsFor(companyId, month);
      const rows = wages.sheet(companyId, month).map(({ employee, entry }) => {
        // Unpaid leave is pay not earned: it comes off the wages of every scheme (shared/pay/rules.ts).
        const wagesSen = (entry ? socsoWagesSen(entry.items, entry.deductions.unpaid_leave) : 0) + (corrected.get(employee.id) ?? 0);
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
    /** The wage grid's compact rows: no employee records, no explanations (wages:grid). */
    gridForMonth(companyId: number, month: string): WageGrid {
      const rows = service.forMonth(companyId, month).rows.map(({ employee, entry, wagesSen, events, result }) => {
        const epfPerson = epfPersonOf(employee, month);
        const unpaidLeaveSen = entry?.deductions.unpaid_leave ?? 0;
        const epf = epfOf(month, entry?.items ?? {}, unpaidLeaveSen, epfPerson);
        return {
          employeeId: employee.id,
          name: employee.name,
          idNumber: employee.idNumber,
          person: personFacts(employee),
          epfPerson,
          events,
          items: entry ? nonZero(entry.items) : null,
          version: entry?.updatedAt ?? null,
          event: entry?.event ?? null,
          unpaidLeaveSen,
          wagesSen,
          amounts: gridAmountsOf(result, epf),
        };
      });
      return { companyId, month, rows };
    },
  };
  return service;
}

/** Only the items with an amount: most of the twenty are zero for most people. */
function nonZero<T extends Record<string, number>>(items: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in items) if (items[key] !== 0) out[key] = items[key];
  return out;
}

export type ContributionService = ReturnType<typeof createContributionService>;
