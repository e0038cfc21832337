// When a month's contributions are due, and what paying late costs (STATUTORY.md §1.5).
import { MoneyDecimal } from '../money/sen';
import { addMonths, daysBetween } from '../calendar';

/** Contributions for month M are due by this day of month M+1. CORROBORATED. */
export const DUE_DAY_OF_NEXT_MONTH = 15;
/** CHOSEN: no roll-over when the 15th is a weekend or holiday (the rule is unknown); we warn early instead. */
export const DUE_DATE_ROLLS_OVER_WEEKENDS = false;
/** Late payment interest: 6 % a year for each day late. CORROBORATED. */
export const LATE_INTEREST_PERCENT_A_YEAR = 6;
/** … and at least RM5. CORROBORATED. */
export const LATE_INTEREST_MINIMUM_SEN = 500;
/** CHOSEN: a year of 365 days; the estimate is rounded half up to the sen. */
export const DAYS_IN_INTEREST_YEAR = 365;

/** "2026-07" → "2026-08-15". */
export function dueDate(month: string): string {
  return `${addMonths(month, 1)}-${String(DUE_DAY_OF_NEXT_MONTH).padStart(2, '0')}`;
}

/** Days from `today` to the due date: positive before it, 0 on it, negative once late. */
export function daysToDeadline(month: string, today: string): number {
  return daysBetween(today, dueDate(month));
}

export interface LateInterestEstimate {
  daysLate: number;
  /** 0 when not late; otherwise at least the RM5 minimum. */
  interestSen: number;
  /** True when the minimum, not the daily rate, decided the amount. */
  minimumApplied: boolean;
}

/**
 * An ESTIMATE of late-payment interest on `contributionSen` for month M paid on `paidOn`
 * (today, if unpaid): 6 % a year × days late / 365, at least RM5. PERKESO's own figure decides.
 */
export function estimateLateInterest(month: string, contributionSen: number, paidOn: string): LateInterestEstimate {
  const daysLate = Math.max(0, -daysToDeadline(month, paidOn));
  if (daysLate === 0 || contributionSen <= 0) return { daysLate, interestSen: 0, minimumApplied: false };
  const byRate = new MoneyDecimal(contributionSen)
    .times(LATE_INTEREST_PERCENT_A_YEAR)
    .dividedBy(100)
    .times(daysLate)
    .dividedBy(DAYS_IN_INTEREST_YEAR)
    .toDecimalPlaces(0, MoneyDecimal.ROUND_HALF_UP)
    .toNumber();
  return byRate < LATE_INTEREST_MINIMUM_SEN
    ? { daysLate, interestSen: LATE_INTEREST_MINIMUM_SEN, minimumApplied: true }
    : { daysLate, interestSen: byRate, minimumApplied: false };
}
