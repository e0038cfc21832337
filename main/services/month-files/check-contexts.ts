// What a company's records say about any file being checked (`caruman check --company`, the
// Check a file screen): shared/file-check picks the checker by the file's content and asks here,
// only for the kind it checks, for the company's view of it — the PERKESO contributions of the
// month, the EPF members and their Third Schedule part, the PCB and CP38 the pay run has.
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';
import type { CheckContext } from '../../../shared/assist';
import type { FormACheckContext } from '../../../shared/epf/form-a';
import type { Cp39CheckContext } from '../../../shared/tax/cp39';
import { employerNumberDigits, taxNumberDigits } from '../../../shared/tax/cp39';
import { calculateContributions } from '../../../shared/statutory';
import { personFacts } from '../../../shared/domain/person-facts';
import { epfPersonOf } from '../../../shared/domain/epf-facts';
import type { FileCheckContexts } from '../../../shared/file-check';
import { knownToAssist } from './assist-file';
import type { PcbFigure } from './pcb-file';

export interface CheckContextDeps {
  contributions: { forMonth(companyId: number, month: string): CompanyMonth };
  employees: { list(companyId: number): Employee[] };
  /** The month's PCB and CP38 per employee as the pay run has them; null when it cannot say. */
  pcbFigures(companyId: number, month: string): readonly PcbFigure[] | null;
}

/** Each kind's context, made only when its checker runs. */
export function checkContextsOf(company: Company, deps: CheckContextDeps): FileCheckContexts {
  let employees: Employee[] | null = null;
  const list = () => (employees ??= deps.employees.list(company.id));
  return {
    assist: () => assistContext(company, list(), deps),
    epf: () => formAContext(company, list()),
    cp39: () => cp39Context(company, list(), deps),
  };
}

/** Memoises one computation per month (a file may name several months; each is computed once). */
function perMonth<T>(compute: (month: string) => T): (month: string) => T {
  const cache = new Map<string, T>();
  return (month) => {
    if (!cache.has(month)) cache.set(month, compute(month));
    return cache.get(month) as T;
  };
}

/** ASSIST: the employee by the ID written in PERKESO files, with that month's contributions. */
function assistContext(company: Company, employees: readonly Employee[], deps: CheckContextDeps): CheckContext {
  const byId = new Map(employees.map((e) => [e.perkesoId, e]));
  const rowsOf = perMonth((month) => {
    try {
      return new Map(deps.contributions.forMonth(company.id, month).rows.map((r) => [r.employee.id, r]));
    } catch {
      return new Map<number, CompanyMonth['rows'][number]>();
    }
  });
  return {
    employerCode: company.employerCode,
    lookup(idNumber, month) {
      const employee = byId.get(idNumber.toUpperCase());
      if (!employee) return null;
      const row = rowsOf(month).get(employee.id);
      if (row) return knownToAssist(employee.name, row.result, row.entry !== null);
      // Not on that month's payroll: eligibility still follows from the facts and the month.
      try {
        return knownToAssist(employee.name, calculateContributions({ month, wagesSen: 0, person: personFacts(employee) }), false);
      } catch {
        return { name: employee.name, eisEligible: true, socsoSen: null, eisSen: null };
      }
    },
  };
}

/**
 * Form A: the member by EPF member number, else by identity number, with the EPF facts of the
 * file's wage month, so the checker tests the amounts against that employee's own part.
 */
export function formAContext(company: Pick<Company, 'epfEmployerNumber'>, employees: readonly Employee[]): FormACheckContext {
  const byMember = new Map<string, Employee>();
  const byId = new Map<string, Employee>();
  for (const e of employees) {
    if (e.epfMemberNumber) byMember.set(e.epfMemberNumber.replace(/^0+/, ''), e);
    byId.set(e.perkesoId.toUpperCase(), e);
    byId.set(e.idNumber.toUpperCase(), e);
  }
  return {
    employerNumber: company.epfEmployerNumber,
    lookup(memberNumber, idNumber, wageMonth) {
      const e = (memberNumber !== '' ? byMember.get(memberNumber) : undefined) ?? byId.get(idNumber.toUpperCase());
      if (!e) return null;
      // Without the file's month, today's facts (keep-11 % counts as elected).
      return { name: e.name, person: epfPersonOf(e, wageMonth ?? '9999-12') };
    },
  };
}

/** CP39: the employee by income tax number, with the PCB and CP38 the pay run has for the month. */
function cp39Context(company: Company, employees: readonly Employee[], deps: CheckContextDeps): Cp39CheckContext {
  const byTin = new Map<string, Employee>();
  for (const e of employees) {
    const digits = e.taxNumber === null ? null : taxNumberDigits(e.taxNumber);
    if (digits !== null) byTin.set(digits.padStart(11, '0'), e);
  }
  const figuresOf = perMonth((month) => {
    const figures = deps.pcbFigures(company.id, month);
    return figures === null ? null : new Map(figures.map((f) => [f.employee.id, f]));
  });
  const digits = company.taxEmployerNumber === null ? null : employerNumberDigits(company.taxEmployerNumber);
  return {
    employerNumber: digits === null ? null : digits.padStart(10, '0'),
    lookup(taxNumber, month) {
      const e = byTin.get(taxNumber.padStart(11, '0'));
      if (!e) return null;
      const figures = figuresOf(month);
      if (figures === null) return { name: e.name, pcbSen: null, cp38Sen: null };
      const f = figures.get(e.id);
      return { name: e.name, pcbSen: f?.pcbSen ?? 0, cp38Sen: f?.cp38Sen ?? 0 };
    },
  };
}
