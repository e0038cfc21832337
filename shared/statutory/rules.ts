// The statutory rules of STATUTORY.md §1.1 and §1.3 that are dates, ages and choices, each in one
// named place. The confidence label of the spec is kept beside each; a CHOSEN rule is our decision
// where the sources are silent, to be changed here (and only here) when a better source appears.
import { monthIndex } from '../calendar';

/** Earliest contribution month Caruman calculates (the RM4,000-ceiling tables). Earlier: refused. */
export const FIRST_SUPPORTED_MONTH = '2016-06';
/** EIS (Act 800) in force from this contribution month. OFFICIAL. */
export const EIS_START_MONTH = '2018-01';
/** LINDUNG 24 Jam (Act A1788) phase 1 from this contribution month. CORROBORATED. */
export const LINDUNG_START_MONTH = '2026-06';
/** LINDUNG phases 2 and 3 (DERIVED tables, see derived-tables.ts). */
export const LINDUNG_PHASE_2_MONTH = '2028-06';
export const LINDUNG_PHASE_3_MONTH = '2031-06';
/** Foreign workers enter SOCSO from this month; before it they were under workmen's compensation. CORROBORATED. */
export const FOREIGN_WORKERS_IN_SOCSO_FROM = '2019-01';
/** Last month in which foreign workers are Category 2 only; from the next month the rules for locals apply. CORROBORATED. */
export const FOREIGN_WORKERS_CATEGORY_2_UNTIL = '2024-06';
/** Domestic workers covered from this month (locals SOCSO + EIS; foreign SOCSO only). OFFICIAL. */
export const DOMESTIC_WORKERS_COVERED_FROM = '2021-06';

/** Age thresholds of §1.3 (OFFICIAL). */
export const AGE = {
  /** EIS from 18. */
  eisFrom: 18,
  /** First insured at this age or older: Category 2. */
  lateFirstInsured: 55,
  /** At this age or older with no EIS contribution before it: not in EIS. */
  lateEisEntry: 57,
  /** Category 2 and out of EIS from 60. */
  senior: 60,
} as const;

/** Month indexes of the dates above, computed once (rules are checked on every calculation). */
export const RULE_MONTH = {
  firstSupported: monthIndex(FIRST_SUPPORTED_MONTH),
  eisStart: monthIndex(EIS_START_MONTH),
  lindungStart: monthIndex(LINDUNG_START_MONTH),
  lindungPhase2: monthIndex(LINDUNG_PHASE_2_MONTH),
  lindungPhase3: monthIndex(LINDUNG_PHASE_3_MONTH),
  foreignInSocso: monthIndex(FOREIGN_WORKERS_IN_SOCSO_FROM),
  foreignCategory2Until: monthIndex(FOREIGN_WORKERS_CATEGORY_2_UNTIL),
  domesticCovered: monthIndex(DOMESTIC_WORKERS_COVERED_FROM),
} as const;

/**
 * CHOSEN (same convention as EPF; PERKESO text is silent): an age threshold takes effect from the
 * contribution month AFTER the month of the birthday. So the age used for month M is the number of
 * birthdays that fell in months before M. Someone born 1966-05-17 is 59 for 2026-05 and 60 from
 * 2026-06. The day of birth never matters. Born in month M itself: 0.
 */
export function ageForContributionMonth(birthMonthIndex: number, contributionMonthIndex: number): number {
  const monthsAfterBirthMonth = contributionMonthIndex - birthMonthIndex;
  return monthsAfterBirthMonth <= 0 ? 0 : Math.floor((monthsAfterBirthMonth - 1) / 12);
}

/**
 * CHOSEN: without a date of birth the age rules cannot be applied; the person is treated as aged
 * 18 to 54 (Category 1 unless a flag or override says otherwise, in EIS unless foreign), and the
 * explanation says the date of birth is missing. The per-employee facts "first insured at 55+" and
 * "no EIS before 57" are then taken as given, since their ages cannot be checked.
 */
export const UNKNOWN_AGE_TREATED_AS_WORKING_AGE = true;

/**
 * CHOSEN: the per-employee facts "first insured at 55 or older" and "no EIS contribution before 57"
 * describe what happened at those ages, so they only take effect once the employee has reached that
 * age (by the month rule above). Before that they are ignored and the explanation says so.
 */
export const LATE_ENTRY_FACTS_NEED_THE_AGE = true;

/** CHOSEN (§1, opt-out unclear): every employee pays LINDUNG unless their "pays LINDUNG" flag is off. */
export const PAYS_LINDUNG_BY_DEFAULT = true;

/**
 * CHOSEN: a per-employee override (category, EIS, LINDUNG; each with a reason) replaces what the
 * rules computed, in every month in which that scheme exists (SOCSO from 2016-06, EIS from 2018-01,
 * LINDUNG from 2026-06), including months where the rules say the employee is not covered: the
 * override is the user's explicit, reasoned decision. It cannot make a scheme exist before it began.
 */
export const OVERRIDES_WIN_WHERE_THE_SCHEME_EXISTS = true;
