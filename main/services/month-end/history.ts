// Contributions and headcount month by month, for one company or all of them (charts).
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { MonthTotals } from '../../../shared/domain/month-end';
import { addMonths, compareMonths } from '../../../shared/calendar';
import { FIRST_SUPPORTED_MONTH } from '../../../shared/statutory/rules';

export function monthlyTotals(
  deps: { companies: CompanyService; contributions: ContributionService },
  companyId: number | null,
  lastMonth: string,
  count: number,
): MonthTotals[] {
  const companyIds = companyId === null ? deps.companies.list().map((c) => c.id) : [deps.companies.get(companyId).id];
  const months: MonthTotals[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const month = addMonths(lastMonth, -i);
    if (compareMonths(month, FIRST_SUPPORTED_MONTH) < 0) continue;
    const totals: MonthTotals = { month, headcount: 0, wagesSen: 0, socsoSen: 0, eisSen: 0, lindungSen: 0, employerSen: 0, employeeSen: 0, totalSen: 0 };
    for (const id of companyIds) {
      for (const row of deps.contributions.forMonth(id, month).rows) {
        if (row.entry === null) continue; // on the payroll but no wages entered: not counted yet
        const r = row.result;
        totals.headcount += 1;
        totals.wagesSen += row.wagesSen;
        totals.socsoSen += r.socso.employerSen + r.socso.employeeSen;
        totals.eisSen += r.eis.employerSen + r.eis.employeeSen;
        totals.lindungSen += r.lindung.employeeSen;
        totals.employerSen += r.totals.employerSen;
        totals.employeeSen += r.totals.employeeSen;
        totals.totalSen += r.totals.totalSen;
      }
    }
    months.push(totals);
  }
  return months;
}
