// An open company-month computed from the records: one read per table (the wage sheet through the
// contributions service, whose SOCSO figures the ASSIST files use; TP1, CP38 and TP3; the year's
// finalised months; corrections), then the pure gross-to-net for each employee.
import { computeEmployeePayroll } from '../../../shared/payroll/compute';
import { PayrollError } from '../../../shared/payroll/errors';
import { employerSize } from '../../../shared/payroll/minimum-wage';
import { payrollTotals } from '../../../shared/payroll/totals';
import { tp1MonthFigures } from '../../../shared/payroll/tp1';
import { NO_FINALISED_SUMS, payslipYearToDate, pcbYearToDate } from '../../../shared/payroll/year-to-date';
import type { NotPaid, Notice, PayrollLine, Refusal } from '../../../shared/payroll/month';
import type { EmployeePayrollInput } from '../../../shared/payroll/types';
import { epfPersonOf } from '../../../shared/domain/epf-facts';
import { taxFactsOf } from '../../../shared/domain/tax-facts';
import { personFacts } from '../../../shared/domain/person-facts';
import { hrdLevyWarning, type Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';
import type { EmployeeMonth } from '../../../shared/domain/company-month';
import { yearOfMonth } from '../../../shared/calendar';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { Cp38Service, Tp1Service, Tp3Service } from '../payroll-records';
import { employedInMonth } from '../employees';
import type { PayrollStore } from './store';

export interface PayrollReaders {
  companies: CompanyService;
  contributions: ContributionService;
  tp1: Tp1Service;
  tp3: Tp3Service;
  cp38: Cp38Service;
}

export interface ComputedMonth {
  company: Company;
  lines: PayrollLine[];
  notPaid: NotPaid[];
  refusals: (Notice & Omit<Refusal, 'message' | 'key' | 'params'>)[];
  totals: ReturnType<typeof payrollTotals>;
  warnings: Notice[];
  openEarlierMonths: string[];
}

/** The month's basic rate to check against the minimum wage, or null when it cannot be known. */
function minimumWageBasis(employee: Employee, row: EmployeeMonth): number | null {
  if (employee.domesticWorker) return null; // the Minimum Wages Orders leave domestic servants out
  if (employee.monthlyRate !== null) return employee.monthlyRate;
  const basic = row.entry?.items.basic ?? 0;
  const partMonth = row.events.joined || row.events.left || row.events.died;
  return basic > 0 && !partMonth ? basic : null;
}

/**
 * The month computed from what is stored. With `only`, just those employees' lines (a save checks
 * the rows it wrote without working out everyone's PCB): totals and head counts are then partial.
 */
export function computeOpenMonth(readers: PayrollReaders, store: PayrollStore, companyId: number, month: string, only?: ReadonlySet<number>): ComputedMonth {
  const company = readers.companies.get(companyId);
  const sheet = readers.contributions.forMonth(companyId, month);
  const tp1 = readers.tp1.forMonth(companyId, month);
  const cp38 = readers.cp38.forMonth(companyId, month);
  const tp3 = readers.tp3.forYear(companyId, yearOfMonth(month));
  const sums = store.yearSums(companyId, month);
  const corrections = store.correctionsPaidIn(companyId, month);
  const finalisedBefore = new Set(store.finalisedMonthsOfYear(companyId, yearOfMonth(month)));
  const openEarlierMonths = store.monthsWithWagesBefore(companyId, month).filter((m) => !finalisedBefore.has(m));

  const employed = sheet.rows.filter((row) => employedInMonth(row.employee, month));
  const size = employerSize(employed.length);
  const lines: PayrollLine[] = [];
  const notPaid: NotPaid[] = [];
  const refusals: ComputedMonth['refusals'] = [];

  for (const row of sheet.rows) {
    const { employee, entry } = row;
    if (only && !only.has(employee.id)) continue;
    const paid = corrections.get(employee.id) ?? [];
    const who = { employeeId: employee.id, name: employee.name, idNumber: employee.idNumber };
    if (!entry && paid.length === 0) {
      notPaid.push({ ...who, reason: 'noEntry' });
      continue;
    }
    const itemsSen = entry ? Object.values(entry.items).reduce((sum, v) => sum + v, 0) : 0;
    if (itemsSen + paid.reduce((sum, c) => sum + c.amountSen, 0) === 0) {
      notPaid.push({ ...who, reason: 'nothingPaid' });
      continue;
    }
    const previous = tp3.get(employee.id);
    const finalised = sums.get(employee.id) ?? NO_FINALISED_SUMS;
    const basic = minimumWageBasis(employee, row);
    const input: EmployeePayrollInput = {
      month,
      person: { employeeId: employee.id, name: employee.name, idNumber: employee.idNumber },
      items: entry?.items ?? {},
      deductions: entry?.deductions ?? { unpaid_leave: 0, salary_advance: 0, loan_repayment: 0, other_deduction: 0, zakat: 0 },
      otherDeductionNote: entry?.otherDeductionNote ?? null,
      socsoPerson: personFacts(employee),
      contributions: row.result,
      epfPerson: epfPersonOf(employee, month),
      taxFacts: taxFactsOf(employee),
      yearToDate: pcbYearToDate(
        finalised,
        previous ? { remunerationSen: previous.remuneration, epfSen: previous.epf, pcbSen: previous.pcb, zakatSen: previous.zakat, tp1ReliefSen: previous.tp1Relief } : null,
      ),
      tp1: tp1MonthFigures(tp1.get(employee.id) ?? []),
      cp38Sen: cp38.get(employee.id)?.totalSen ?? 0,
      corrections: paid.map((c) => ({ id: c.id, forMonth: c.forMonth, amountSen: c.amountSen, socsoWagesBeforeSen: c.socsoWagesBeforeSen, person: personFacts(employee), reason: c.reason })),
      hrdLevyApplies: employee.nationality === 'citizen' && !employee.domesticWorker, // rules.ts HRD_LEVY_EMPLOYEES
      minimumWage: basic === null ? null : { employerSize: size, basicMonthlySen: basic },
    };
    try {
      const payroll = computeEmployeePayroll(input);
      const yearToDate = payslipYearToDate(finalised, { grossSen: payroll.grossSen, epfEmployeeSen: payroll.deductions.epfSen, pcbSen: payroll.deductions.pcbSen });
      lines.push({ employee, events: row.events, payroll, yearToDate, ...(entry ? { overtimeMinutes: entry.overtimeMinutes } : {}) });
    } catch (error) {
      if (!(error instanceof PayrollError)) throw error;
      refusals.push({ ...who, employee, key: error.key, params: error.params });
    }
  }

  const warnings: Notice[] = [];
  if (openEarlierMonths.length > 0) warnings.push({ key: 'payroll.warning.earlierMonthsOpen', params: { months: openEarlierMonths.join(', '), month } });
  const citizens = employed.filter((row) => row.employee.nationality === 'citizen').length;
  const levy = hrdLevyWarning(company.hrdLevy, citizens);
  if (levy) warnings.push(levy);

  return { company, lines, notPaid, refusals, totals: payrollTotals(lines.map((l) => l.payroll), company.hrdLevy), warnings, openEarlierMonths };
}
