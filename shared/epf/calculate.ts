// The EPF engine: the employer's and the employee's shares for one employee and one wage month.
// Pure and synchronous; amounts are integer sen. It runs for every cell of a wage grid, so the
// hot path allocates nothing but its result: the explanation is built only when it is read.
import { isRealDay, tryMonthIndex } from '../calendar';
import { MAX_SEN } from '../money/sen';
import { bandIndexOf } from './bands';
import { EpfError } from './errors';
import { explainEpf, type EpfExplanationItem } from './explain';
import { isEpfStatus, type EpfPart, type EpfPerson, type EpfStatus } from './person';
import {
  BANDS,
  BONUS_RULE,
  bonusRuleApplies,
  EMPLOYER_RATE_STEP_ABOVE_SEN,
  MAX_VOLUNTARY_EXCESS_BP,
  shareWithVoluntaryExcessSen,
  contributionMonthOf,
  epfAgeForWageMonth,
  epfPartFor,
  FIRST_SUPPORTED_WAGE_MONTH,
  FULL_EMPLOYEE_RATE_BP,
  keep11PercentApplies,
  NIL_WAGES_UP_TO_SEN,
  REDUCED_RATES_COVER_PART_B,
  RULE_MONTH,
  shareRoundedUpToRinggitSen,
  type PartReason,
} from './rules';
import { editionFor, FULL_RATE_EDITION, tableOf, type EpfEdition, type PartRates } from './schedule';
import type { EpfTable } from './table';

export interface EpfInput {
  /** The wage month, "YYYY-MM": the month the wages are for (the file's contribution month is the next one, E8). */
  wageMonth: string;
  /** The month's EPF wages other than bonus, in sen (EPF.md §3: overtime, service charge … are not EPF wages). */
  wagesSen: number;
  /** The bonus paid in that month, in sen (0 when none). Bonus is EPF wages; it matters for the E5 rule. */
  bonusSen: number;
  person: EpfPerson;
}

/**
 * How the shares were found: a table row, the percentage above RM20,000 (E6), the bonus rule (E5,
 * employer share; the employee share from the table or the percentage), Part F's 2 %, or nothing.
 */
export type EpfBasis = 'table' | 'above_table' | 'bonus_rule' | 'part_f' | 'none';

/** What the keep-11 % flag did (E3). */
export type Keep11Use = 'not_elected' | 'applied' | 'outside_period' | 'not_below_60_part';

export interface EpfResult {
  readonly wageMonth: string;
  /** The Third Schedule edition in force for the wage month, by its first month ("2025-10"). */
  readonly edition: string;
  /** Age by the E1 month rule; null without a date of birth (treated as below 60). */
  readonly age: number | null;
  readonly part: EpfPart | 'none';
  readonly reason: PartReason;
  readonly basis: EpfBasis;
  readonly wagesSen: number;
  readonly bonusSen: number;
  /** The month's EPF wages: wages + bonus. */
  readonly totalWagesSen: number;
  /** What is paid, in sen (whole ringgit): the statutory share, or more where a voluntary excess was elected. */
  readonly employerSen: number;
  readonly employeeSen: number;
  /** What the Third Schedule alone requires, in sen. */
  readonly employerStatutorySen: number;
  readonly employeeStatutorySen: number;
  /** The band row used (bands.ts), or -1 when no table row gave a share. */
  readonly bandIndex: number;
  /** The part's table ("epf_partA_2025-10"), or null for Part F and none. */
  readonly tableId: string | null;
  /** The table the employee share came from: the part's own, or the 11 % table when the employee keeps 11 % (E3). */
  readonly employeeTableId: string | null;
  /**
   * The statutory rates for these wages, in basis points: what a table row is the ceiling of,
   * or the percentage applied. The employer's is 0 where it pays a flat RM5 (Parts B and D).
   */
  readonly employerRateBp: number;
  readonly employeeRateBp: number;
  /** The employer pays a flat amount (RM5, Parts B and D) rather than a rate. */
  readonly employerFlat: boolean;
  /** Voluntary excess that applied, in basis points (0 when none). */
  readonly employerVoluntaryExcessBp: number;
  readonly employeeVoluntaryExcessBp: number;
  readonly keep11: Keep11Use;
  readonly status: EpfStatus;
  /** The foreign-domestic-servant flag was set but changes nothing for this status (E7). */
  readonly domesticFlagIgnored: boolean;
  /** E8: the EPF contribution month of these wages (wage month + 1). */
  readonly contributionMonth: string;
  /** The whole story as message keys with parameters (built on first read). */
  readonly explanation: readonly EpfExplanationItem[];
}

class EpfCalculation implements EpfResult {
  #explanation: readonly EpfExplanationItem[] | null = null;
  constructor(
    readonly wageMonth: string,
    readonly edition: string,
    readonly age: number | null,
    readonly part: EpfPart | 'none',
    readonly reason: PartReason,
    readonly basis: EpfBasis,
    readonly wagesSen: number,
    readonly bonusSen: number,
    readonly totalWagesSen: number,
    readonly employerSen: number,
    readonly employeeSen: number,
    readonly employerStatutorySen: number,
    readonly employeeStatutorySen: number,
    readonly bandIndex: number,
    readonly tableId: string | null,
    readonly employeeTableId: string | null,
    readonly employerRateBp: number,
    readonly employeeRateBp: number,
    readonly employerFlat: boolean,
    readonly employerVoluntaryExcessBp: number,
    readonly employeeVoluntaryExcessBp: number,
    readonly keep11: Keep11Use,
    readonly status: EpfStatus,
    readonly domesticFlagIgnored: boolean,
  ) {}

  get contributionMonth(): string {
    return contributionMonthOf(this.wageMonth);
  }

  get explanation(): readonly EpfExplanationItem[] {
    return (this.#explanation ??= explainEpf(this));
  }

  /** JSON carries the getters' values too. (Structured clone does not: views for IPC copy what they need.) */
  toJSON(): EpfResult {
    return { ...this, contributionMonth: this.contributionMonth, explanation: this.explanation };
  }
}

/** The wage month's index; throws EpfError for a malformed month or one before 2016-03. */
export function supportedWageMonthIndex(wageMonth: string): number {
  const index = typeof wageMonth === 'string' ? tryMonthIndex(wageMonth) : -1;
  if (index < 0)
    throw new EpfError('VALIDATION', 'epf.error.month.format', { value: String(wageMonth) }, 'wageMonth');
  if (index < RULE_MONTH.firstSupported) {
    throw new EpfError(
      'UNSUPPORTED',
      'epf.error.month.tooEarly',
      { month: wageMonth, first: FIRST_SUPPORTED_WAGE_MONTH },
      'wageMonth',
    );
  }
  return index;
}

function amountSen(value: number, field: 'wagesSen' | 'bonusSen'): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_SEN) {
    throw new EpfError(
      'VALIDATION',
      field === 'wagesSen' ? 'epf.error.wages.invalid' : 'epf.error.bonus.invalid',
      { value: String(value) },
      field,
    );
  }
  return value;
}

/** The digit at position i of text as a number, or a value above 9 when it is not a digit. */
function digitAt(text: string, i: number): number {
  return (text.charCodeAt(i) - 48) >>> 0;
}

/** The birth month's index from "YYYY-MM-DD" (char codes, no allocation), or -1 when it is not a real date. */
function birthMonthIndex(dob: string): number {
  if (dob.length !== 10 || dob.charCodeAt(4) !== 45 || dob.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(dob, 0),
    y1 = digitAt(dob, 1),
    y2 = digitAt(dob, 2),
    y3 = digitAt(dob, 3);
  const m0 = digitAt(dob, 5),
    m1 = digitAt(dob, 6),
    d0 = digitAt(dob, 8),
    d1 = digitAt(dob, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  return isRealDay(year, month, d0 * 10 + d1) ? year * 12 + month - 1 : -1;
}

function ageOf(person: EpfPerson, wageMonth: string, wageMonthIndex: number): number | null {
  const dob: unknown = person.dateOfBirth;
  if (dob === null || dob === undefined || dob === '') return null;
  const birthIndex = typeof dob === 'string' ? birthMonthIndex(dob) : -1;
  if (birthIndex < 0)
    throw new EpfError(
      'VALIDATION',
      'epf.error.dateOfBirth.format',
      { value: String(dob) },
      'person.dateOfBirth',
    );
  if (birthIndex > wageMonthIndex) {
    throw new EpfError(
      'VALIDATION',
      'epf.error.dateOfBirth.afterMonth',
      { dateOfBirth: dob as string, month: wageMonth },
      'person.dateOfBirth',
    );
  }
  return epfAgeForWageMonth(birthIndex, wageMonthIndex);
}

function voluntaryExcessBp(value: number | undefined, field: 'employer' | 'employee'): number {
  if (value === undefined || value === 0) return 0;
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_VOLUNTARY_EXCESS_BP) {
    throw new EpfError(
      'VALIDATION',
      'epf.error.voluntaryExcess',
      { value: String(value), max: MAX_VOLUNTARY_EXCESS_BP / 100 },
      `person.${field}VoluntaryExcessBp`,
    );
  }
  return value;
}

function keep11Use(elected: boolean, wageMonthIndex: number, part: EpfPart): Keep11Use {
  if (!elected) return 'not_elected';
  if (keep11PercentApplies(wageMonthIndex, part)) return 'applied';
  return wageMonthIndex >= RULE_MONTH.keep11From && wageMonthIndex <= RULE_MONTH.keep11To
    ? 'not_below_60_part'
    : 'outside_period';
}

/**
 * EPF for one employee and one wage month (EPF.md §2.7 with the CHOSEN rules E1–E7). Throws
 * EpfError for malformed input (VALIDATION) and for wage months before 2016-03 (UNSUPPORTED);
 * never for a legitimate case.
 */
export function calculateEpf(input: EpfInput): EpfResult {
  const { wageMonth, person } = input;
  const monthIndex = supportedWageMonthIndex(wageMonth);
  const wagesSen = amountSen(input.wagesSen, 'wagesSen');
  const bonusSen = amountSen(input.bonusSen ?? 0, 'bonusSen');
  const totalSen = wagesSen + bonusSen;
  if (totalSen > MAX_SEN)
    throw new EpfError('VALIDATION', 'epf.error.bonus.invalid', { value: String(bonusSen) }, 'bonusSen');
  const status = person.status;
  if (!isEpfStatus(status))
    throw new EpfError('VALIDATION', 'epf.error.status', { value: String(status) }, 'person.status');
  const employerExtraBp = voluntaryExcessBp(person.employerVoluntaryExcessBp, 'employer');
  const employeeExtraBp = voluntaryExcessBp(person.employeeVoluntaryExcessBp, 'employee');
  const domestic = person.foreignDomesticServant === true;
  const domesticFlagIgnored = domestic && status !== 'foreign' && status !== 'foreign_elected';
  const age = ageOf(person, wageMonth, monthIndex);
  const edition = editionFor(monthIndex) as EpfEdition;

  const decided = epfPartFor(status, age, monthIndex, domestic);
  const part = decided.part;
  if (part === 'none' || totalSen <= NIL_WAGES_UP_TO_SEN) {
    const reason = part === 'none' ? decided.reason : 'nilWages';
    // prettier-ignore
    return new EpfCalculation(wageMonth, edition.id, age, 'none', reason, 'none', wagesSen, bonusSen, totalSen, 0, 0, 0, 0, -1, null, null, 0, 0, false, 0, 0, 'not_elected', status, domesticFlagIgnored);
  }
  const rates = edition.parts[part] as PartRates;
  if (rates === undefined) throw new Error(`EPF edition ${edition.id} has no Part ${part}`);
  const keep11 = keep11Use(person.keep11Percent === true, monthIndex, part);
  // E3, and E2 if it were switched off: the employee pays the full-rate (11 %) share.
  const fullRate =
    keep11 === 'applied' ||
    (part === 'B' && !REDUCED_RATES_COVER_PART_B && keep11PercentApplies(monthIndex, part));
  const employeeRateBp = fullRate ? FULL_EMPLOYEE_RATE_BP : rates.employeeBp;
  const flat = rates.employerFlatSen !== null;
  let employerRateBp = flat
    ? 0
    : totalSen <= EMPLOYER_RATE_STEP_ABOVE_SEN
      ? rates.employerBp
      : rates.employerAbove5000Bp;

  let basis: EpfBasis;
  let bandIndex = -1;
  let employerSen: number;
  let employeeSen: number;
  let table: EpfTable | null = null;
  let employeeTable: EpfTable | null = null;
  if (part === 'F') {
    basis = 'part_f';
    employerSen = shareRoundedUpToRinggitSen(totalSen, employerRateBp);
    employeeSen = shareRoundedUpToRinggitSen(totalSen, employeeRateBp);
  } else if (totalSen <= BANDS.tableCeilingSen) {
    basis = 'table';
    table = tableOf(edition, rates) as EpfTable;
    employeeTable = fullRate
      ? (tableOf(FULL_RATE_EDITION, FULL_RATE_EDITION.parts[part] as PartRates) as EpfTable)
      : table;
    bandIndex = bandIndexOf(totalSen);
    employerSen = table.employerSen[bandIndex] as number;
    employeeSen = employeeTable.employeeSen[bandIndex] as number;
  } else {
    // E6: above RM20,000 every share is a percentage of the actual wages, rounded up separately.
    basis = 'above_table';
    table = employeeTable = tableOf(edition, rates);
    employerSen = flat
      ? (rates.employerFlatSen as number)
      : shareRoundedUpToRinggitSen(totalSen, employerRateBp);
    employeeSen = shareRoundedUpToRinggitSen(totalSen, employeeRateBp);
  }
  if (bonusRuleApplies(part, wagesSen, totalSen)) {
    basis = 'bonus_rule';
    employerRateBp = BONUS_RULE.employerRateBp;
    employerSen = shareRoundedUpToRinggitSen(totalSen, employerRateBp);
  }
  const employerPaidSen = shareWithVoluntaryExcessSen(
    employerSen,
    employerRateBp,
    flat,
    employerExtraBp,
    totalSen,
  );
  const employeePaidSen = shareWithVoluntaryExcessSen(
    employeeSen,
    employeeRateBp,
    false,
    employeeExtraBp,
    totalSen,
  );
  // prettier-ignore
  return new EpfCalculation(
    wageMonth, edition.id, age, part, decided.reason, basis, wagesSen, bonusSen, totalSen,
    employerPaidSen, employeePaidSen, employerSen, employeeSen, bandIndex,
    table === null ? null : table.id, employeeTable === null ? null : employeeTable.id,
    employerRateBp, employeeRateBp, flat, employerExtraBp, employeeExtraBp, keep11, status, domesticFlagIgnored,
  );
}
