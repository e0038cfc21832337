// The rules of PCB.md that are choices, thresholds and rounding, each in one named place. P1–P11
// are the spec's CHOSEN block (where LHDN's text is open, Caruman does this); the label of each is
// kept beside it, so a rule can be changed here, and only here, when a better source appears.
// Money is integer sen and rates are basis points (1 % = 100): every product and quotient below is
// exact integer arithmetic followed by the truncation LHDN prescribes.

/** The years of assessment Caruman has schedules and reliefs for (tax_schedule.csv, reliefs.csv). */
export const FIRST_YEAR_OF_ASSESSMENT = 2019;
export const LAST_YEAR_OF_ASSESSMENT = 2026;

/** n = 12 − m: the months left in the year after month m (OFFICIAL L1 p10, DERIVED from Exhibit 5). */
export function monthsRemaining(month: number): number {
  return 12 - month;
}

/**
 * CHOSEN P1 (PCB.md §10.1): P can carry sen (K2 is truncated), LHDN's bands are whole ringgit. The
 * band is the one with the largest M such that P > M: 35,000.07 is in the 6 % band (M 35,000) and
 * gets no rebate; 35,000.00 stays in the 3 % band. P ≤ 0 falls in the first band (no tax).
 * `bandFloorsSen` are the bands' M in sen, ascending.
 */
export function bandIndexFor(bandFloorsSen: ArrayLike<number>, pSen: number): number {
  for (let i = bandFloorsSen.length - 1; i > 0; i--) if (pSen > (bandFloorsSen[i] as number)) return i;
  return 0;
}

/** Terms 2–3 (OFFICIAL L1 p19): a PCB below RM10 is not deducted. */
export const MINIMUM_DEDUCTION_SEN = 1_000;

/**
 * CHOSEN P2 (PCB.md §10.2): the RM10 rule is tested on the truncated amount, before the 5-sen
 * round-up: 9.97 → no deduction (rounding first would give 10.00). Used for the month's PCB
 * (Step 1[C]) and for the PCB on additional remuneration (Step 4); never on the net after zakat.
 */
export function afterMinimumRule(truncatedSen: number): number {
  return truncatedSen < MINIMUM_DEDUCTION_SEN ? 0 : truncatedSen;
}

/**
 * CHOSEN P3 (PCB.md §10.3): the net PCB after this month's zakat is not rounded again (Terms 5:
 * "paid for the actual amount"); with P10, a net below zero is 0. A net below RM10 is still
 * deducted (Terms 4).
 */
export function netOfZakat(pcbSen: number, zakatSen: number): number {
  return pcbSen > zakatSen ? pcbSen - zakatSen : 0;
}

/**
 * CHOSEN P4 (PCB.md §10.4): Step 1[E] = X + Step 1[C] × (n + 1) uses Step 1[C] as computed —
 * truncated, not rounded, not set to 0 by the RM10 rule, even when negative (LHDN's 2019 example
 * keeps 124.93). With it, Step 4 is the year's tax with the additional remuneration less the tax
 * without it.
 */
export function step1ETotalSen(xSen: number, step1CSen: number, n: number): number {
  return xSen + step1CSen * (n + 1);
}

/** CHOSEN P5 (PCB.md §5, §10.5): the non-resident flat rate — 30 % from YA2020, 28 % before (basis points). */
export const NON_RESIDENT_RATE_FROM_YA2020_BP = 3_000;
export const NON_RESIDENT_RATE_BEFORE_YA2020_BP = 2_800;
export function nonResidentRateBp(yearOfAssessment: number): number {
  return yearOfAssessment >= 2020 ? NON_RESIDENT_RATE_FROM_YA2020_BP : NON_RESIDENT_RATE_BEFORE_YA2020_BP;
}

/**
 * CHOSEN P5: a non-resident's PCB is trunc2(rate × (Y1 + Yt)) rounded up to 5 sen; no reliefs, no
 * rebates, no zakat offset and no RM10 rule.
 */
export function nonResidentPcbSen(remunerationSen: number, rateBp: number): { truncatedSen: number; pcbSen: number } {
  const truncatedSen = truncatedProductSen(remunerationSen, rateBp);
  return { truncatedSen, pcbSen: roundUpTo5Sen(truncatedSen) };
}

/**
 * CHOSEN P6 (PCB.md §10.6): the disabled individual relief (DU) for YA2025 is RM7,000 as the
 * specification says, not the leaflet's RM6,000. reliefs.csv carries 7,000 for YA2025; the
 * schedule loader refuses the data if it ever says otherwise.
 */
export const DISABLED_INDIVIDUAL_RELIEF_YA2025_SEN = 700_000;

/** CHOSEN P7 (PCB.md §10.7): SU is added whenever the spouse is disabled, whatever the category. */
export function disabledSpouseReliefSen(spouseDisabled: boolean, reliefSen: number): number {
  return spouseDisabled ? reliefSen : 0;
}

/**
 * CHOSEN P8 (PCB.md §10, Step 4): Z is the zakat of the months before the current one, in the
 * formula and in Step 4's "zakat which has been paid"; this month's zakat is subtracted once, in
 * Step 1[D] (the net). The engine therefore takes the two as separate inputs and never adds them.
 */
export const ZAKAT_IN_Z_IS_EARLIER_MONTHS_ONLY = true;

/** CHOSEN P9 (PCB.md §1.3): category 1 (single) gets no child relief, whatever children are given. */
export function childReliefApplies(category: 1 | 2 | 3): boolean {
  return category !== 1;
}

/**
 * CHOSEN P10 (PCB.md §3): each product or quotient is truncated to the sen ("omit the subsequent
 * figures", toward zero); the month's PCB is rounded up to the next 5 sen; in a month with
 * additional remuneration only the Step 5 sum is rounded; a negative result is 0.
 */
export function truncatedProductSen(amountSen: number, rateBp: number): number {
  return Math.trunc((amountSen * rateBp) / 10_000);
}
/** P10: a quotient truncated toward zero (sen ÷ whole number). */
export function truncatedQuotientSen(amountSen: number, divisor: number): number {
  return Math.trunc(amountSen / divisor);
}
/** P10: 287.02 → 287.05, 152.06 → 152.10, 110.00 stays; 0 and below → 0. */
export function roundUpTo5Sen(sen: number): number {
  if (sen <= 0) return 0;
  const over = sen % 5;
  return over === 0 ? sen : sen + 5 - over;
}

/**
 * CHOSEN P11 (PCB.md §1.6): the SOCSO + EIS relief (TP1 item C14, RM350 a year) is given only when
 * the employee claims it on TP1, and then as an optional deduction (LP1 / ΣLP) — never added by the
 * engine. This computes the LP1 amount of a claim: 0 without a claim; otherwise the month's SOCSO +
 * EIS employee contributions, up to what is left of the year's limit (no limit when the year's is
 * not known, see reliefs.csv).
 */
export const SOCSO_EIS_RELIEF_ONLY_WHEN_CLAIMED = true;
export function socsoEisReliefSen(claimed: boolean, contributionsSen: number, claimedBeforeSen: number, yearLimitSen: number | null): number {
  if (!claimed || contributionsSen <= 0) return 0;
  if (yearLimitSen === null) return contributionsSen;
  return Math.max(0, Math.min(contributionsSen, yearLimitSen - claimedBeforeSen));
}

/**
 * CHOSEN (ours; PCB.md is silent): the year's tax (P − M) × R + B is never below zero. B holds the
 * RM400/RM800 rebates, and a rebate is limited to the tax charged; without this a category 2
 * employee under RM35,000 would have a "negative tax" that Step 4 would count as PCB owed on a
 * bonus (e.g. −350 without the bonus, 660 with it: Step 4 would be 1,010 instead of 660).
 */
export const YEAR_TAX_NEVER_NEGATIVE = true;
export function yearTaxSen(computedSen: number): number {
  return YEAR_TAX_NEVER_NEGATIVE && computedSen < 0 ? 0 : computedSen;
}

/**
 * CHOSEN (ours): LHDN's five steps for additional remuneration run whenever the month has some
 * (Yt > 0) or EPF on some (Kt > 0, Terms 13 ii: an EPF-liable but tax-exempt one-off allowance).
 */
export function hasAdditionalRemuneration(ytSen: number, ktSen: number): boolean {
  return ytSen > 0 || ktSen > 0;
}
