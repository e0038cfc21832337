// The statutory engine: SOCSO, EIS and LINDUNG 24 Jam for one employee and one contribution month.
// Pure and synchronous; amounts are integer sen; every sentence of the explanation is a message key.
import type { LindungPhase } from './derived-tables';
import { constantItem, item, type ExplanationItem } from './explanation';
import { StatutoryError } from './errors';
import { decideCoverage, type SchemeStatus } from './coverage';
import { tryMonthIndex, parseIsoDate, type ContributionMonth } from '../calendar';
import { isNationality, type Category, type PersonFacts } from './person';
import { findRow, type RateRow, type RateTable } from './rate-table';
import { ageForContributionMonth, FIRST_SUPPORTED_MONTH, RULE_MONTH } from './rules';
import { ALL_TABLES, eisTableFor, lindungTableFor, LINDUNG_PERIODS, socsoTablesFor, SOCSO_PERIODS } from './schedule';
import { formatRinggit, MAX_SEN } from '../money/sen';

export interface ContributionInput {
  /** The contribution month, "YYYY-MM": the month the wages are for (not the month they are paid). */
  month: string;
  /** Liable wages for the month in sen (see liableWagesSen for deriving them from pay items). */
  wagesSen: number;
  person: PersonFacts;
}

export interface SchemeContribution {
  status: SchemeStatus;
  employerSen: number;
  employeeSen: number;
  /** The table used ("socso_first_2024-10"), or null when the scheme does not apply. */
  tableId: string | null;
  /** The band used, or null when the scheme does not apply or the wages are 0. */
  band: RateRow | null;
  /** Why the scheme applies or not (or the category, for SOCSO). */
  reason: ExplanationItem;
  /** True when a per-employee override decided it. */
  overridden: boolean;
}

export interface ContributionResult {
  month: ContributionMonth;
  wagesSen: number;
  /** Age by the month rule (an age counts from the month after the birthday); null without a date of birth. */
  age: number | null;
  /** SOCSO category, or null where SOCSO does not apply at all (e.g. a foreign worker before 2019-01). */
  category: Category | null;
  socso: SchemeContribution;
  eis: SchemeContribution & { eligible: boolean };
  lindung: SchemeContribution & { phase: LindungPhase | null };
  totals: { employerSen: number; employeeSen: number; totalSen: number };
  /** The whole story in order: age, category, each scheme's reason and band, caveats. */
  explanation: ExplanationItem[];
}

// Band sentences are built once per table row at load: a calculation only picks them up.
const bandSentences = new Map<RateTable, readonly ExplanationItem[]>();
function describeRows(table: RateTable, extra: Record<string, string | number>): void {
  const scheme = table.scheme;
  bandSentences.set(
    table,
    table.rows.map((row) =>
      Object.freeze(
        row.toSen === null
          ? item(`statutory.explain.${scheme}.ceiling`, { ...extra, table: table.id, ceiling: formatRinggit(row.fromSen - 1), employer: formatRinggit(row.employerSen), employee: formatRinggit(row.employeeSen) })
          : item(`statutory.explain.${scheme}.band`, { ...extra, table: table.id, from: row.fromLabel, to: row.toLabel, employer: formatRinggit(row.employerSen), employee: formatRinggit(row.employeeSen) }),
      ),
    ),
  );
}
for (const p of SOCSO_PERIODS) {
  describeRows(p.tables.first, { category: 1 });
  describeRows(p.tables.second, { category: 2 });
}
for (const p of LINDUNG_PERIODS) describeRows(p.tables.table, { phase: p.tables.phase });
for (const table of ALL_TABLES.values()) if (table.scheme === 'eis') describeRows(table, {});

const unconfirmedSentence = new Map<RateTable, ExplanationItem>(
  [...ALL_TABLES.values()].filter((t) => t.unconfirmed).map((t) => [t, Object.freeze(item('statutory.explain.table.unconfirmed', { table: t.id }))]),
);
const AGE_UNKNOWN = constantItem('statutory.explain.age.unknown');
const WAGES_ZERO = constantItem('statutory.explain.wages.zero');

/** The month's index; throws for a malformed month or one before 2016-06 (whole-month work checks this first). */
export function supportedMonthIndex(month: string): number {
  const monthIdx = tryMonthIndex(month);
  if (monthIdx < 0) throw new StatutoryError('VALIDATION', 'statutory.error.month.format', { value: String(month) }, 'month');
  if (monthIdx < RULE_MONTH.firstSupported) {
    throw new StatutoryError('UNSUPPORTED', 'statutory.error.month.tooEarly', { month, first: FIRST_SUPPORTED_MONTH }, 'month');
  }
  return monthIdx;
}

/**
 * Contributions of one employee for one month. Throws StatutoryError for malformed input
 * (VALIDATION) and for months before 2016-06 (UNSUPPORTED); never for a legitimate case.
 */
export function calculateContributions(input: ContributionInput): ContributionResult {
  const { month, wagesSen, person } = input;
  const monthIdx = supportedMonthIndex(month);
  if (!Number.isSafeInteger(wagesSen) || wagesSen < 0 || wagesSen > MAX_SEN) {
    throw new StatutoryError('VALIDATION', 'statutory.error.wages.invalid', { value: String(wagesSen) }, 'wagesSen');
  }
  const age = ageOf(person, month, monthIdx);
  validatePerson(person);

  const lindungPeriod = lindungTableFor(monthIdx);
  const coverage = decideCoverage(person, monthIdx, age, lindungPeriod?.phase ?? null);
  const explanation: ExplanationItem[] = [];
  if (wagesSen === 0) explanation.push(WAGES_ZERO);
  explanation.push(age === null ? AGE_UNKNOWN : item('statutory.explain.age', { age, month }));
  for (const note of coverage.notes) explanation.push(note);

  // SOCSO
  const socsoTables = socsoTablesFor(monthIdx);
  const socsoTable = coverage.category === null || socsoTables === null ? null : coverage.category === 1 ? socsoTables.first : socsoTables.second;
  explanation.push(coverage.categoryReason);
  const socsoBand = bandFor(coverage.socsoStatus, socsoTable, wagesSen, explanation);
  const socso: SchemeContribution = {
    status: coverage.socsoStatus,
    employerSen: socsoBand === null ? 0 : socsoBand.employerSen,
    employeeSen: socsoBand === null ? 0 : socsoBand.employeeSen,
    tableId: coverage.socsoStatus === 'applies' && socsoTable !== null ? socsoTable.id : null,
    band: socsoBand,
    reason: coverage.categoryReason,
    overridden: coverage.categoryOverridden,
  };

  // EIS
  const eisTable = eisTableFor(monthIdx);
  explanation.push(coverage.eisReason);
  const eisBand = bandFor(coverage.eisStatus, eisTable, wagesSen, explanation);
  const eis: ContributionResult['eis'] = {
    status: coverage.eisStatus,
    eligible: coverage.eisStatus === 'applies',
    employerSen: eisBand === null ? 0 : eisBand.employerSen,
    employeeSen: eisBand === null ? 0 : eisBand.employeeSen,
    tableId: coverage.eisStatus === 'applies' && eisTable !== null ? eisTable.id : null,
    band: eisBand,
    reason: coverage.eisReason,
    overridden: coverage.eisOverridden,
  };

  // LINDUNG 24 Jam: employee-borne (the table's employer column is 0).
  const lindungTable = lindungPeriod === null ? null : lindungPeriod.table;
  explanation.push(coverage.lindungReason);
  const lindungBand = bandFor(coverage.lindungStatus, lindungTable, wagesSen, explanation);
  const lindung: ContributionResult['lindung'] = {
    status: coverage.lindungStatus,
    phase: lindungPeriod === null ? null : lindungPeriod.phase,
    employerSen: lindungBand === null ? 0 : lindungBand.employerSen,
    employeeSen: lindungBand === null ? 0 : lindungBand.employeeSen,
    tableId: coverage.lindungStatus === 'applies' && lindungTable !== null ? lindungTable.id : null,
    band: lindungBand,
    reason: coverage.lindungReason,
    overridden: coverage.lindungOverridden,
  };

  const employerSen = socso.employerSen + eis.employerSen + lindung.employerSen;
  const employeeSen = socso.employeeSen + eis.employeeSen + lindung.employeeSen;
  return {
    month,
    wagesSen,
    age,
    category: coverage.category,
    socso,
    eis,
    lindung,
    totals: { employerSen, employeeSen, totalSen: employerSen + employeeSen },
    explanation,
  };
}

/** The band that applies, with its sentence added to the explanation; null when nothing is payable. */
function bandFor(status: SchemeStatus, table: RateTable | null, wagesSen: number, explanation: ExplanationItem[]): RateRow | null {
  if (status !== 'applies' || table === null || wagesSen === 0) return null;
  const band = findRow(table, wagesSen);
  explanation.push((bandSentences.get(table) as readonly ExplanationItem[])[band.index] as ExplanationItem);
  const caveat = unconfirmedSentence.get(table);
  if (caveat !== undefined) explanation.push(caveat);
  return band;
}

function ageOf(person: PersonFacts, month: string, monthIdx: number): number | null {
  const dob = person.dateOfBirth;
  if (dob === null || dob === undefined || dob === '') return null;
  const parts = typeof dob === 'string' ? parseIsoDate(dob) : null;
  if (!parts) throw new StatutoryError('VALIDATION', 'statutory.error.dateOfBirth.format', { value: String(dob) }, 'person.dateOfBirth');
  const birthIdx = parts.year * 12 + parts.month - 1;
  if (birthIdx > monthIdx) {
    throw new StatutoryError('VALIDATION', 'statutory.error.dateOfBirth.afterMonth', { dateOfBirth: dob, month }, 'person.dateOfBirth');
  }
  return ageForContributionMonth(birthIdx, monthIdx);
}

function validatePerson(person: PersonFacts): void {
  if (!isNationality(person.nationality)) {
    throw new StatutoryError('VALIDATION', 'statutory.error.nationality', { value: String(person.nationality) }, 'person.nationality');
  }
  const overrides = person.overrides;
  if (!overrides) return;
  if (overrides.category) {
    const value: unknown = overrides.category.value;
    if (value !== 1 && value !== 2) {
      throw new StatutoryError('VALIDATION', 'statutory.error.override.category', { value: String(value) }, 'person.overrides.category.value');
    }
    requireReason(overrides.category.reason, 'category');
  }
  if (overrides.eis) requireReason(overrides.eis.reason, 'eis');
  if (overrides.lindung) requireReason(overrides.lindung.reason, 'lindung');
}

function requireReason(reason: unknown, what: 'category' | 'eis' | 'lindung'): void {
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new StatutoryError('VALIDATION', 'statutory.error.override.reason', { what }, `person.overrides.${what}.reason`);
  }
}
