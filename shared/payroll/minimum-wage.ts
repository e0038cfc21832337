// The monthly minimum wage in force for a month, as data with its source (like the rate tables).
// Caruman warns — never blocks — when a monthly-rated employee's basic pay is below it.
import { compareMonths, type Month } from '../calendar';
import { formatRinggit } from '../money/sen';

export type EmployerSize = 'fiveOrMore' | 'fewerThanFive';

export interface MinimumWageRule {
  /** First wage month the amount applies to. */
  from: Month;
  appliesTo: EmployerSize;
  monthlySen: number;
  source: string;
}

/**
 * Monthly minimum wages for Peninsular Malaysia, Sabah, Sarawak and Labuan alike (from 2022 the
 * Orders set one national rate). Amounts and dates as given in issue 17; the Orders' own texts were
 * not read here. Before May 2022 the rate differed by area and no warning is given.
 */
export const MINIMUM_WAGE_RULES: readonly MinimumWageRule[] = [
  { from: '2022-05', appliesTo: 'fiveOrMore', monthlySen: 150_000, source: 'Minimum Wages Order 2022 (from 1 May 2022)' },
  { from: '2023-01', appliesTo: 'fewerThanFive', monthlySen: 150_000, source: 'Minimum Wages Order 2022, deferred for employers with fewer than five employees to 1 January 2023' },
  { from: '2025-02', appliesTo: 'fiveOrMore', monthlySen: 170_000, source: 'Minimum Wages Order 2024 (from 1 February 2025)' },
  { from: '2025-08', appliesTo: 'fewerThanFive', monthlySen: 170_000, source: 'Minimum Wages Order 2024, for employers with fewer than five employees from 1 August 2025' },
];

/** Employers with this many employees or more are "five or more". */
export const FIVE_OR_MORE_FROM = 5;

export function employerSize(employeeCount: number): EmployerSize {
  return employeeCount >= FIVE_OR_MORE_FROM ? 'fiveOrMore' : 'fewerThanFive';
}

/** The rule in force for a wage month and an employer size, or null when none applies. */
export function minimumWageFor(month: Month, size: EmployerSize): MinimumWageRule | null {
  let found: MinimumWageRule | null = null;
  for (const rule of MINIMUM_WAGE_RULES) {
    if (rule.appliesTo === size && compareMonths(rule.from, month) <= 0 && (!found || compareMonths(found.from, rule.from) < 0)) found = rule;
  }
  return found;
}

export interface MinimumWageWarning {
  key: 'payroll.warning.belowMinimumWage';
  /** Ringgit for people ("RM1,700.00"), ready for the message. */
  params: { minimum: string; basic: string; source: string };
  minimumSen: number;
}

/**
 * A warning when a monthly-rated employee's basic monthly rate (before any proration for an
 * incomplete month) is below the minimum wage in force; null otherwise.
 */
export function checkMinimumWage(month: Month, size: EmployerSize, basicMonthlySen: number): MinimumWageWarning | null {
  const rule = minimumWageFor(month, size);
  if (!rule || basicMonthlySen >= rule.monthlySen) return null;
  return {
    key: 'payroll.warning.belowMinimumWage',
    params: { minimum: formatRinggit(rule.monthlySen), basic: formatRinggit(basicMonthlySen), source: rule.source },
    minimumSen: rule.monthlySen,
  };
}
