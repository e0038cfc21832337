// The EPF rules of EPF.md that are dates, ages, thresholds and choices, each in one named place.
// E1–E8 are the spec's CHOSEN rules (EPF.md, first block): our decision where the evidence is
// open, to be changed here (and only here) when a better source appears. The other constants
// carry the spec's confidence label.
import { monthFromIndex, monthIndex, type Month } from '../calendar';
import type { EpfPart, EpfStatus } from './person';

/** Earliest wage month Caruman calculates: the 2016-03 edition (OFFICIAL [K1]). Earlier: refused. */
export const FIRST_SUPPORTED_WAGE_MONTH = '2016-03';

/** Malaysian citizens aged 60+ move from Part C to Part E from this wage month (CORROBORATED [N11][N12]). */
export const PART_E_FROM_WAGE_MONTH = '2019-01';

/** §2.1 (OFFICIAL/CORROBORATED): the band structure every banded part follows, in sen. */
export const BANDS = {
  /** RM0.01–10.00: one nil row (see E4). */
  nilUpToSen: 1_000,
  /** RM10.01–20.00: one row. */
  firstBandToSen: 2_000,
  /** RM20 steps up to RM5,000.00 … */
  smallStepSen: 2_000,
  stepChangeAtSen: 500_000,
  /** … then RM100 steps up to RM20,000.00. */
  largeStepSen: 10_000,
  /** Above this there is no table: a percentage of the actual wages (E6). */
  tableCeilingSen: 2_000_000,
  /** 1 + 1 + 249 + 150. */
  rows: 401,
} as const;

/** Part A/C employer rate steps down above RM5,000.00 (13 % → 12 %, 6.5 % → 6 %). CORROBORATED [K6][GH-SZ]. */
export const EMPLOYER_RATE_STEP_ABOVE_SEN = 500_000;

/** The statutory employee rate, and the rate an employee may keep in a cut period (E3). */
export const FULL_EMPLOYEE_RATE_BP = 1_100;

// ---------------------------------------------------------------------------------------------
// E1 — ages
// ---------------------------------------------------------------------------------------------

/**
 * E1 (CHOSEN): an age takes effect from the wage month AFTER the month of the birthday (the
 * SOCSO convention). The age used for wage month M is the number of birthdays in months before M:
 * someone born 1966-05-17 is 59 for 2026-05 and 60 from 2026-06. The day of birth never matters.
 */
export function epfAgeForWageMonth(birthMonthIndex: number, wageMonthIndex: number): number {
  const monthsAfterBirthMonth = wageMonthIndex - birthMonthIndex;
  return monthsAfterBirthMonth <= 0 ? 0 : Math.floor((monthsAfterBirthMonth - 1) / 12);
}

/** E1 (CHOSEN): the 60+ part (C, D or E) from this age, by the month rule above. */
export const SIXTY_PLUS_AGE = 60;

/** E1 (CHOSEN): no contribution from this age, by the month rule above (maximum age 75, OFFICIAL [K2]). */
export const NO_CONTRIBUTION_FROM_AGE = 75;

/**
 * Caruman's choice (not an E rule; the same as for SOCSO): without a date of birth the age rules
 * cannot be applied, so the person is treated as below 60, and the explanation says so.
 */
export const UNKNOWN_AGE_TREATED_AS_BELOW_60 = true;

// ---------------------------------------------------------------------------------------------
// E2, E3 — the employee-rate cuts and keeping 11 %
// ---------------------------------------------------------------------------------------------

/**
 * E2 (CHOSEN): the 7 % (2020-04 … 2020-12) and 9 % (2021-01 … 2022-06) employee cuts cover every
 * below-60 part, A and B, as the 2016 cut did. The 2020-04 and 2021-01 Part B tables follow this;
 * set to false and Part B employees pay the full-rate table's share in those editions.
 */
export const REDUCED_RATES_COVER_PART_B = true;

/**
 * E3 (CHOSEN): keeping 11 % in a cut period (Borang KWSP 17A) is an employee flag that applies
 * only to wages 2020-04 … 2022-06 (not 2016-03 … 2017-12), and only to the below-60 parts.
 */
export const KEEP_11_PERCENT_PERIOD = { from: '2020-04', to: '2022-06' } as const;

/**
 * E2/E3: the edition whose tables give the full-rate (11 %) employee share in a cut period: the
 * last edition before the 2020 cut (its employee columns are ⌈11 % × band top⌉).
 */
export const FULL_RATE_EDITION_FOR_CUTS = '2019-01';

/** E3: whether the keep-11 % flag changes the employee share for this wage month and part. */
export function keep11PercentApplies(wageMonthIndex: number, part: EpfPart): boolean {
  return (
    wageMonthIndex >= RULE_MONTH.keep11From &&
    wageMonthIndex <= RULE_MONTH.keep11To &&
    (part === 'A' || part === 'B')
  );
}

// ---------------------------------------------------------------------------------------------
// E4 — wages of RM10 or less
// ---------------------------------------------------------------------------------------------

/** E4 (CHOSEN): EPF wages of RM10.00 or less pay nothing, and the part is reported as none. */
export const NIL_WAGES_UP_TO_SEN = 1_000;

// ---------------------------------------------------------------------------------------------
// E5 — a bonus lifting the month's wages above RM5,000
// ---------------------------------------------------------------------------------------------

/**
 * E5 (CHOSEN): Part A only. When the normal wages (without the bonus) are RM5,000.00 or less and
 * wages + bonus exceed RM5,000.00, the employer pays ⌈13 % × (wages + bonus)⌉ exactly; the employee
 * share comes from the table on wages + bonus. Otherwise the table (or the percentage above
 * RM20,000) applies to wages + bonus.
 */
export const BONUS_RULE = { part: 'A', normalWagesUpToSen: 500_000, employerRateBp: 1_300 } as const;

export function bonusRuleApplies(part: EpfPart, wagesSen: number, totalWagesSen: number): boolean {
  return (
    part === BONUS_RULE.part &&
    wagesSen <= BONUS_RULE.normalWagesUpToSen &&
    totalWagesSen > BONUS_RULE.normalWagesUpToSen
  );
}

// ---------------------------------------------------------------------------------------------
// E6 — above RM20,000, Part F, and every exact percentage
// ---------------------------------------------------------------------------------------------

/**
 * E6 (CHOSEN): where a share is a percentage of the actual wages (above RM20,000, Part F, the
 * bonus rule's 13 %), EACH share is rounded up to the whole ringgit separately. Returns sen.
 * `rateBp` is in basis points (12 % = 1200). Exact: wages ≤ 10⁹ sen, so the product stays far
 * below 2⁵³, and a quotient that is not a whole number is never within rounding of one.
 */
export function shareRoundedUpToRinggitSen(wagesSen: number, rateBp: number): number {
  return Math.ceil((wagesSen * rateBp) / 1_000_000) * 100;
}

/**
 * Caruman's choice (EPF.md §2.6 and §7 q6: the method is open): a side that elected to pay more
 * (voluntary excess) pays its whole elected rate — the statutory rate for the wages plus the
 * extra — as an exact percentage of the actual wages, rounded up to the ringgit, and never less
 * than its statutory share. This is the method of the published examples [EW] citing KWSP
 * (13 % + 5 % = 18 % × RM4,000 = RM720). Where the statutory share is flat (the RM5 of Parts B
 * and D) the extra percentage is added to it. Returns sen.
 */
export function shareWithVoluntaryExcessSen(
  statutorySen: number,
  statutoryRateBp: number,
  flat: boolean,
  extraBp: number,
  wagesSen: number,
): number {
  if (extraBp === 0) return statutorySen;
  if (flat) return statutorySen + shareRoundedUpToRinggitSen(wagesSen, extraBp);
  return Math.max(statutorySen, shareRoundedUpToRinggitSen(wagesSen, statutoryRateBp + extraBp));
}

/** The largest voluntary excess Caruman accepts on either side: 100 percentage points (a typing-error guard). */
export const MAX_VOLUNTARY_EXCESS_BP = 10_000;

// ---------------------------------------------------------------------------------------------
// E7 — who is in which part
// ---------------------------------------------------------------------------------------------

/**
 * E7 (CHOSEN): from this wage month non-citizens (not PR, not pre-1998 members), elected or not,
 * are Part F (2 % + 2 %), except foreign domestic servants (none). Parts B and D end.
 */
export const PART_F_FROM_WAGE_MONTH = '2025-10';

/** E7 (CHOSEN): Parts B and D (elected non-citizens before October 2025): the employer pays RM5 flat. */
export const ELECTED_FOREIGN_EMPLOYER_FLAT_SEN = 500;

/** Why a person is in their part (or in none): the explanation picks its sentence from this. */
export type PartReason =
  | 'below60'
  | 'sixtyPlus'
  /** Part C for a citizen aged 60+, before Part E began (2019-01). */
  | 'citizenSixtyPlusBeforePartE'
  | 'foreignPartF'
  | 'foreignNotElected'
  | 'foreignDomestic'
  | 'age75'
  | 'nilWages';

export interface PartDecision {
  part: EpfPart | 'none';
  reason: PartReason;
}

function decision(part: EpfPart | 'none', reason: PartReason): PartDecision {
  return Object.freeze({ part, reason });
}

/** Every outcome of epfPartFor, made once: deciding a part allocates nothing. */
const DECIDED = {
  A: decision('A', 'below60'),
  B: decision('B', 'below60'),
  C: decision('C', 'sixtyPlus'),
  citizenC: decision('C', 'citizenSixtyPlusBeforePartE'),
  D: decision('D', 'sixtyPlus'),
  E: decision('E', 'sixtyPlus'),
  F: decision('F', 'foreignPartF'),
  foreignNotElected: decision('none', 'foreignNotElected'),
  foreignDomestic: decision('none', 'foreignDomestic'),
  age75: decision('none', 'age75'),
} as const;

/**
 * E1 + E7: the Third Schedule part for a status, an age (null when unknown: treated as below 60)
 * and a wage month. The foreign-domestic-servant flag only matters for non-citizens from Part F's
 * start; for citizens, PRs and pre-1998 members it changes nothing. Wages are decided elsewhere (E4).
 */
export function epfPartFor(
  status: EpfStatus,
  age: number | null,
  wageMonthIndex: number,
  foreignDomesticServant: boolean,
): PartDecision {
  if (age !== null && age >= NO_CONTRIBUTION_FROM_AGE) return DECIDED.age75;
  const sixtyPlus = age !== null && age >= SIXTY_PLUS_AGE;
  switch (status) {
    case 'citizen':
      if (!sixtyPlus) return DECIDED.A;
      return wageMonthIndex >= RULE_MONTH.partE ? DECIDED.E : DECIDED.citizenC;
    case 'pr':
    case 'pre1998':
      return sixtyPlus ? DECIDED.C : DECIDED.A;
    case 'foreign':
    case 'foreign_elected':
      if (wageMonthIndex >= RULE_MONTH.partF)
        return foreignDomesticServant ? DECIDED.foreignDomestic : DECIDED.F;
      if (status === 'foreign') return DECIDED.foreignNotElected;
      return sixtyPlus ? DECIDED.D : DECIDED.B;
  }
}

// ---------------------------------------------------------------------------------------------
// E8 — contribution month and deadline
// ---------------------------------------------------------------------------------------------

/** E8 (CHOSEN, OFFICIAL [K2]): EPF's contribution month is the wage month + 1 (SOCSO files carry the wage month). */
export const CONTRIBUTION_MONTH_AFTER_WAGE_MONTH = 1;

/** E8 (CHOSEN, OFFICIAL [K2]): contributions are due by this day of the contribution month. */
export const DUE_DAY_OF_CONTRIBUTION_MONTH = 15;

/** E8: "2026-07" (wages) → "2026-08" (contribution month). */
export function contributionMonthOf(wageMonth: Month): Month {
  return monthFromIndex(monthIndex(wageMonth) + CONTRIBUTION_MONTH_AFTER_WAGE_MONTH);
}

/** E8: "2026-08" (contribution month) → "2026-07" (wages), for reading a Form A file. */
export function wageMonthOf(contributionMonth: Month): Month {
  return monthFromIndex(monthIndex(contributionMonth) - CONTRIBUTION_MONTH_AFTER_WAGE_MONTH);
}

/** Month indexes of the dates above, computed once (the rules run on every calculation). */
export const RULE_MONTH = {
  firstSupported: monthIndex(FIRST_SUPPORTED_WAGE_MONTH),
  partE: monthIndex(PART_E_FROM_WAGE_MONTH),
  partF: monthIndex(PART_F_FROM_WAGE_MONTH),
  keep11From: monthIndex(KEEP_11_PERCENT_PERIOD.from),
  keep11To: monthIndex(KEEP_11_PERCENT_PERIOD.to),
} as const;
