// The statutory engine: SOCSO, EIS and LINDUNG 24 Jam for one employee and one contribution month.
// Pure and synchronous; amounts are integer sen; every sentence of the explanation is a message key.
import type { LindungPhase } from './derived-tables';
import { constantItem, item, type ExplanationItem } from './explanation';
import { StatutoryError } from './errors';
import { decideCoverage, type SchemeStatus } from './coverage';
import { tryMonthIndex, isoDateMonthIndex, type ContributionMonth } from '../calendar';
import { isNationality, type Category, type PersonFacts } from './person';
import { findRow, type RateRow, type RateTable } from './rate-table';
import { ageForContributionMonth, FIRST_SUPPORTED_MONTH, RULE_MONTH } from './rules';
import { EIS_PERIODS, LINDUNG_PERIODS, SOCSO_PERIODS } from './schedule';
import { formatRinggit, MAX_SEN } from '../money/sen';
import { withLazyField } from '../lazy-field';

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

/**
 * A table with the sentence of each of its rows and its caveat, built once at load: a calculation
 * only picks them up by position (no map lookup, nothing formatted per call). Built from the
 * schedule's own tables, which never change while the program runs, so nothing here can go stale.
 */
interface DescribedTable {
  table: RateTable;
  sentences: readonly ExplanationItem[];
  caveat: ExplanationItem | null;
}

function describe(table: RateTable, extra: Record<string, string | number>): DescribedTable {
  const scheme = table.scheme;
  const sentences = table.rows.map((row) =>
    Object.freeze(
      row.toSen === null
        ? item(`statutory.explain.${scheme}.ceiling`, { ...extra, table: table.id, ceiling: formatRinggit(row.fromSen - 1), employer: formatRinggit(row.employerSen), employee: formatRinggit(row.employeeSen) })
        : item(`statutory.explain.${scheme}.band`, { ...extra, table: table.id, from: row.fromLabel, to: row.toLabel, employer: formatRinggit(row.employerSen), employee: formatRinggit(row.employeeSen) }),
    ),
  );
  const caveat = table.unconfirmed ? Object.freeze(item('statutory.explain.table.unconfirmed', { table: table.id })) : null;
  return { table, sentences, caveat };
}

/**
 * The tables in force in one stretch of months: the schedule's SOCSO, EIS and LINDUNG periods cut
 * at every date where any of them changes, latest first, so one short scan finds all three.
 */
interface Era {
  fromIndex: number;
  socso: { first: DescribedTable; second: DescribedTable } | null;
  eis: DescribedTable | null;
  lindung: { phase: LindungPhase; table: DescribedTable } | null;
}

function latestFrom<T extends { fromIndex: number }>(periods: readonly T[], monthIdx: number): T | null {
  return periods.filter((p) => p.fromIndex <= monthIdx).at(-1) ?? null;
}

const ERAS: readonly Era[] = (() => {
  const socso = SOCSO_PERIODS.map((p) => ({ fromIndex: p.fromIndex, first: describe(p.tables.first, { category: 1 }), second: describe(p.tables.second, { category: 2 }) }));
  const eis = EIS_PERIODS.map((p) => ({ fromIndex: p.fromIndex, table: describe(p.tables, {}) }));
  const lindung = LINDUNG_PERIODS.map((p) => ({ fromIndex: p.fromIndex, phase: p.tables.phase, table: describe(p.tables.table, { phase: p.tables.phase }) }));
  const starts = [...new Set([...socso, ...eis, ...lindung].map((p) => p.fromIndex))].sort((x, y) => y - x);
  return starts.map((fromIndex) => ({
    fromIndex,
    socso: latestFrom(socso, fromIndex),
    eis: latestFrom(eis, fromIndex)?.table ?? null,
    lindung: latestFrom(lindung, fromIndex),
  }));
})();

/** The era containing a month index, or null before the first (callers have refused such months). */
function eraOf(monthIdx: number): Era | null {
  for (let i = 0; i < ERAS.length; i++) {
    const era = ERAS[i] as Era;
    if (monthIdx >= era.fromIndex) return era;
  }
  return null;
}

const AGE_UNKNOWN = constantItem('statutory.explain.age.unknown');

/**
 * "Age 40 for 2026-08", one frozen sentence per month and age, made the first time it is said and
 * then shared (it depends on nothing else). Bounded: a program that walks thousands of months
 * starts again rather than growing without end.
 */
const ageSentences = new Map<string, ExplanationItem[]>();
const MAX_AGE_SENTENCE_MONTHS = 600;
function ageSentence(age: number, month: string): ExplanationItem {
  let byAge = ageSentences.get(month);
  if (byAge === undefined) {
    if (ageSentences.size >= MAX_AGE_SENTENCE_MONTHS) ageSentences.clear();
    byAge = [];
    ageSentences.set(month, byAge);
  }
  return (byAge[age] ??= Object.freeze(item('statutory.explain.age', { age, month })));
}
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

  const era = eraOf(monthIdx);
  const lindungPeriod = era === null ? null : era.lindung;
  const coverage = decideCoverage(person, monthIdx, age, lindungPeriod?.phase ?? null);

  // SOCSO
  const socsoTables = era === null ? null : era.socso;
  const socsoTable = coverage.category === null || socsoTables === null ? null : coverage.category === 1 ? socsoTables.first : socsoTables.second;
  const socsoBand = bandFor(coverage.socsoStatus, socsoTable, wagesSen);
  const socso: SchemeContribution = {
    status: coverage.socsoStatus,
    employerSen: socsoBand === null ? 0 : socsoBand.employerSen,
    employeeSen: socsoBand === null ? 0 : socsoBand.employeeSen,
    tableId: coverage.socsoStatus === 'applies' && socsoTable !== null ? socsoTable.table.id : null,
    band: socsoBand,
    reason: coverage.categoryReason,
    overridden: coverage.categoryOverridden,
  };

  // EIS
  const eisTable = era === null ? null : era.eis;
  const eisBand = bandFor(coverage.eisStatus, eisTable, wagesSen);
  const eis: ContributionResult['eis'] = {
    status: coverage.eisStatus,
    eligible: coverage.eisStatus === 'applies',
    employerSen: eisBand === null ? 0 : eisBand.employerSen,
    employeeSen: eisBand === null ? 0 : eisBand.employeeSen,
    tableId: coverage.eisStatus === 'applies' && eisTable !== null ? eisTable.table.id : null,
    band: eisBand,
    reason: coverage.eisReason,
    overridden: coverage.eisOverridden,
  };

  // LINDUNG 24 Jam: employee-borne (the table's employer column is 0).
  const lindungTable = lindungPeriod === null ? null : lindungPeriod.table;
  const lindungBand = bandFor(coverage.lindungStatus, lindungTable, wagesSen);
  const lindung: ContributionResult['lindung'] = {
    status: coverage.lindungStatus,
    phase: lindungPeriod === null ? null : lindungPeriod.phase,
    employerSen: lindungBand === null ? 0 : lindungBand.employerSen,
    employeeSen: lindungBand === null ? 0 : lindungBand.employeeSen,
    tableId: coverage.lindungStatus === 'applies' && lindungTable !== null ? lindungTable.table.id : null,
    band: lindungBand,
    reason: coverage.lindungReason,
    overridden: coverage.lindungOverridden,
  };

  const employerSen = socso.employerSen + eis.employerSen + lindung.employerSen;
  const employeeSen = socso.employeeSen + eis.employeeSen + lindung.employeeSen;
  return new ContributionCalculation(
    month,
    wagesSen,
    age,
    coverage.category,
    socso,
    eis,
    lindung,
    { employerSen, employeeSen, totalSen: employerSen + employeeSen },
    coverage.notes,
    socsoTable,
    eisTable,
    lindungTable,
  );
}

/**
 * A result whose explanation is put together the first time it is read (the screens and the CLI
 * read it for one employee; month totals, files and bulk runs for thousands never do). Everything
 * it is made from is in the result already, so it always says what the amounts are.
 * JSON carries it too; structured clone (IPC) does not: calculate-case.ts and any view sent to the
 * renderer copy it as data (contributionResultData).
 */
class ContributionCalculation implements ContributionResult {
  #explanation: ExplanationItem[] | null = null;
  readonly #notes: readonly ExplanationItem[];
  // Three fields rather than an array of three: one allocation fewer per calculation.
  readonly #socsoTable: DescribedTable | null;
  readonly #eisTable: DescribedTable | null;
  readonly #lindungTable: DescribedTable | null;

  constructor(
    readonly month: ContributionMonth,
    readonly wagesSen: number,
    readonly age: number | null,
    readonly category: Category | null,
    readonly socso: SchemeContribution,
    readonly eis: ContributionResult['eis'],
    readonly lindung: ContributionResult['lindung'],
    readonly totals: ContributionResult['totals'],
    notes: readonly ExplanationItem[],
    socsoTable: DescribedTable | null,
    eisTable: DescribedTable | null,
    lindungTable: DescribedTable | null,
  ) {
    this.#notes = notes;
    this.#socsoTable = socsoTable;
    this.#eisTable = eisTable;
    this.#lindungTable = lindungTable;
  }

  /** The whole story in order: wages of 0, age, notes, then each scheme's reason and band (with its caveat). */
  get explanation(): ExplanationItem[] {
    if (this.#explanation !== null) return this.#explanation;
    const explanation: ExplanationItem[] = [];
    if (this.wagesSen === 0) explanation.push(WAGES_ZERO);
    explanation.push(this.age === null ? AGE_UNKNOWN : ageSentence(this.age, this.month));
    explanation.push(...this.#notes);
    for (const [scheme, described] of [
      [this.socso, this.#socsoTable],
      [this.eis, this.#eisTable],
      [this.lindung, this.#lindungTable],
    ] as const) {
      explanation.push(scheme.reason);
      if (scheme.band !== null && described !== null) {
        explanation.push(described.sentences[scheme.band.index] as ExplanationItem);
        if (described.caveat !== null) explanation.push(described.caveat);
      }
    }
    return (this.#explanation = explanation);
  }

  toJSON(): ContributionResult {
    return contributionResultData(this);
  }
}

/** A result as plain data, its explanation included when read: what crosses IPC (structured clone drops a class's getters, not an object's own). */
export function contributionResultData(result: ContributionResult): ContributionResult {
  const { month, wagesSen, age, category, socso, eis, lindung, totals } = result;
  // The explanation is put together when read (structured clone and JSON read it too).
  return withLazyField({ month, wagesSen, age, category, socso, eis, lindung, totals }, 'explanation', () => result.explanation);
}

/** The band that applies; null when nothing is payable. */
function bandFor(status: SchemeStatus, described: DescribedTable | null, wagesSen: number): RateRow | null {
  if (status !== 'applies' || described === null || wagesSen === 0) return null;
  return findRow(described.table, wagesSen);
}

function ageOf(person: PersonFacts, month: string, monthIdx: number): number | null {
  const dob = person.dateOfBirth;
  if (dob === null || dob === undefined || dob === '') return null;
  const birthIdx = typeof dob === 'string' ? isoDateMonthIndex(dob) : -1;
  if (birthIdx < 0) throw new StatutoryError('VALIDATION', 'statutory.error.dateOfBirth.format', { value: String(dob) }, 'person.dateOfBirth');
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
