// Who is in which scheme for one contribution month: the SOCSO category (or "not covered"), EIS
// eligibility and whether LINDUNG 24 Jam applies, each with the sentence that says why.
// The dates, ages and CHOSEN conventions come from rules.ts; this file only combines them.
import { constantItem, item, type ExplanationItem } from './explanation';
import type { Category, PersonFacts } from './person';
import { AGE, PAYS_LINDUNG_BY_DEFAULT, RULE_MONTH } from './rules';

export type SchemeStatus =
  /** The scheme applies (for EIS: the employee is eligible). */
  | 'applies'
  /** The scheme did not exist yet in that month (EIS before 2018-01, LINDUNG before 2026-06). */
  | 'not_in_force'
  /** The employee is outside the scheme this month (foreign worker before 2019-01, domestic worker before 2021-06). */
  | 'not_covered'
  /** EIS only: covered by SOCSO but not eligible for EIS (age, foreign worker, the 57 rule, an override). */
  | 'not_eligible'
  /** LINDUNG only: the employee does not pay it (the per-employee flag or an override). */
  | 'opted_out';

export interface Coverage {
  /** Age by the month rule, or null without a date of birth. */
  age: number | null;
  /** SOCSO category, or null when SOCSO does not apply this month. */
  category: Category | null;
  socsoStatus: 'applies' | 'not_covered';
  /** Why this category (or why SOCSO does not apply). */
  categoryReason: ExplanationItem;
  categoryOverridden: boolean;
  eisStatus: SchemeStatus;
  eisReason: ExplanationItem;
  eisOverridden: boolean;
  lindungStatus: SchemeStatus;
  lindungReason: ExplanationItem;
  lindungOverridden: boolean;
  /** Facts that were given but not used this month (e.g. "first insured at 55" for a 50-year-old). */
  notes: readonly ExplanationItem[];
}

const C = {
  under60: constantItem('statutory.category.under60'),
  senior: constantItem('statutory.category.senior'),
  lateFirstInsured: constantItem('statutory.category.lateFirstInsured'),
  invalidityPensioner: constantItem('statutory.category.invalidityPensioner'),
  foreign2019to2024: constantItem('statutory.category.foreign2019to2024'),
  foreignBefore2019: constantItem('statutory.socso.notCovered.foreignBefore2019'),
  domesticBefore2021: constantItem('statutory.socso.notCovered.domesticBefore2021'),
  eisEligible: constantItem('statutory.eis.eligible'),
  eisNotInForce: constantItem('statutory.eis.notInForce'),
  eisNotCovered: constantItem('statutory.eis.notCovered'),
  eisForeign: constantItem('statutory.eis.foreign'),
  eisUnder18: constantItem('statutory.eis.under18'),
  eisSenior: constantItem('statutory.eis.senior'),
  eisNoEisBefore57: constantItem('statutory.eis.noEisBefore57'),
  lindungNotInForce: constantItem('statutory.lindung.notInForce'),
  lindungNotCovered: constantItem('statutory.lindung.notCovered'),
  lindungOptedOut: constantItem('statutory.lindung.optedOut'),
  lateInsuredIgnored: constantItem('statutory.explain.lateInsuredIgnored'),
  noEisBefore57Ignored: constantItem('statutory.explain.noEisBefore57Ignored'),
} as const;

/** "LINDUNG applies (phase n)", one frozen sentence per phase: the hot path allocates none. */
const LINDUNG_APPLIES: Readonly<Record<number, ExplanationItem>> = Object.fromEntries(
  [1, 2, 3].map((phase) => [phase, Object.freeze(item('statutory.lindung.applies', { phase }))]),
);
/** Most people have no notes: they share this empty list instead of each getting a new one. */
const NO_NOTES: readonly ExplanationItem[] = Object.freeze([]);

/**
 * Decides coverage for a validated person in a supported month (monthIdx ≥ 2016-06).
 * `age` is the age by the month rule (rules.ageForContributionMonth), or null when unknown.
 * `lindungPhase` is the phase in force that month, or null before LINDUNG began.
 */
export function decideCoverage(person: PersonFacts, monthIdx: number, age: number | null, lindungPhase: number | null): Coverage {
  const foreign = person.nationality === 'foreign';
  let notes = NO_NOTES;
  const overrides = person.overrides;

  // SOCSO: covered at all?
  let category: Category | null = null;
  let categoryReason: ExplanationItem;
  const domesticNotYetCovered = person.domesticWorker === true && monthIdx < RULE_MONTH.domesticCovered;
  if (domesticNotYetCovered) categoryReason = C.domesticBefore2021;
  else if (foreign && monthIdx < RULE_MONTH.foreignInSocso) categoryReason = C.foreignBefore2019;
  else {
    // Category: the first rule that puts the employee in Category 2 wins; otherwise Category 1.
    const lateFactApplies = person.firstInsuredAt55 === true && (age === null || age >= AGE.lateFirstInsured);
    if (person.firstInsuredAt55 === true && !lateFactApplies) notes = [...notes, C.lateInsuredIgnored];
    if (foreign && monthIdx <= RULE_MONTH.foreignCategory2Until) { category = 2; categoryReason = C.foreign2019to2024; }
    else if (age !== null && age >= AGE.senior) { category = 2; categoryReason = C.senior; }
    else if (lateFactApplies) { category = 2; categoryReason = C.lateFirstInsured; }
    else if (person.invalidityPensioner === true) { category = 2; categoryReason = C.invalidityPensioner; }
    else { category = 1; categoryReason = C.under60; }
  }
  let categoryOverridden = false;
  if (overrides?.category) {
    category = overrides.category.value;
    categoryReason = item('statutory.category.override', { category, reason: overrides.category.reason });
    categoryOverridden = true;
  }

  // EIS.
  let eisStatus: SchemeStatus;
  let eisReason: ExplanationItem;
  let eisOverridden = false;
  if (monthIdx < RULE_MONTH.eisStart) { eisStatus = 'not_in_force'; eisReason = C.eisNotInForce; }
  else if (overrides?.eis) {
    eisOverridden = true;
    eisStatus = overrides.eis.eligible ? 'applies' : 'not_eligible';
    eisReason = item(overrides.eis.eligible ? 'statutory.eis.override.eligible' : 'statutory.eis.override.notEligible', { reason: overrides.eis.reason });
  } else if (domesticNotYetCovered) { eisStatus = 'not_covered'; eisReason = C.eisNotCovered; }
  else if (foreign) { eisStatus = 'not_eligible'; eisReason = C.eisForeign; }
  else {
    const late57Applies = person.noEisBefore57 === true && (age === null || age >= AGE.lateEisEntry);
    if (person.noEisBefore57 === true && !late57Applies) notes = [...notes, C.noEisBefore57Ignored];
    if (age !== null && age < AGE.eisFrom) { eisStatus = 'not_eligible'; eisReason = C.eisUnder18; }
    else if (age !== null && age >= AGE.senior) { eisStatus = 'not_eligible'; eisReason = C.eisSenior; }
    else if (late57Applies) { eisStatus = 'not_eligible'; eisReason = C.eisNoEisBefore57; }
    else { eisStatus = 'applies'; eisReason = C.eisEligible; }
  }

  // LINDUNG 24 Jam: both categories, any age, any nationality, from 2026-06; opt-out per employee.
  let lindungStatus: SchemeStatus;
  let lindungReason: ExplanationItem;
  let lindungOverridden = false;
  if (lindungPhase === null) { lindungStatus = 'not_in_force'; lindungReason = C.lindungNotInForce; }
  else if (overrides?.lindung) {
    lindungOverridden = true;
    lindungStatus = overrides.lindung.applies ? 'applies' : 'opted_out';
    lindungReason = item(overrides.lindung.applies ? 'statutory.lindung.override.applies' : 'statutory.lindung.override.notApplies', {
      reason: overrides.lindung.reason,
    });
  } else if (category === null) { lindungStatus = 'not_covered'; lindungReason = C.lindungNotCovered; }
  else if (!(person.paysLindung ?? PAYS_LINDUNG_BY_DEFAULT)) { lindungStatus = 'opted_out'; lindungReason = C.lindungOptedOut; }
  else { lindungStatus = 'applies'; lindungReason = LINDUNG_APPLIES[lindungPhase] ?? item('statutory.lindung.applies', { phase: lindungPhase }); }

  return {
    age,
    category,
    socsoStatus: category === null ? 'not_covered' : 'applies',
    categoryReason,
    categoryOverridden,
    eisStatus,
    eisReason,
    eisOverridden,
    lindungStatus,
    lindungReason,
    lindungOverridden,
    notes,
  };
}
