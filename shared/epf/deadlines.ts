// When a wage month's EPF is due, and what paying late may cost (EPF.md §5, E8).
import { addMonths, daysBetween, yearOfMonth } from '../calendar';
import { MoneyDecimal } from '../money/sen';
import {
  CONTRIBUTION_MONTH_AFTER_WAGE_MONTH,
  contributionMonthOf,
  DUE_DAY_OF_CONTRIBUTION_MONTH,
} from './rules';

/** OFFICIAL [K3]: the late-payment charge rate is the year's (lower) dividend rate plus this, in basis points. */
export const LATE_CHARGE_ABOVE_DIVIDEND_BP = 100;
/** OFFICIAL [K3]: at least RM10 … */
export const LATE_CHARGE_MINIMUM_SEN = 1_000;
/**
 * Caruman's choice (EPF.md §7 q7: KWSP's day count was not found): the estimate runs by the day,
 * (dividend + 1 %) × days late / 365 on the unpaid contribution, then is rounded UP to the ringgit
 * as KWSP rounds the charge ("RM13.21 … rounded up to RM14", OFFICIAL [K3]). KWSP's figure decides.
 */
export const LATE_CHARGE_DAYS_IN_YEAR = 365;

/**
 * OFFICIAL [K8]: the dividend rate that sets the charge, in basis points: the LOWER of Simpanan
 * Konvensional and Simpanan Shariah (Konvensional alone in 2016, before Shariah existed). Later
 * years were not retrieved: the rate is a setting the user keeps up to date.
 */
export const KNOWN_DIVIDEND_RATES_BP: Readonly<Record<number, number>> = {
  2016: 570,
  2017: 640,
  2018: 590,
  2019: 500,
  2020: 490,
  2021: 565,
  2022: 475,
};

/** E8: "2026-07" (wages) → "2026-08-15". */
export function epfDueDate(wageMonth: string): string {
  return `${contributionMonthOf(wageMonth)}-${String(DUE_DAY_OF_CONTRIBUTION_MONTH).padStart(2, '0')}`;
}

/** Days from `today` to the due date of a wage month: positive before it, 0 on it, negative once late. */
export function daysToEpfDeadline(wageMonth: string, today: string): number {
  return daysBetween(today, epfDueDate(wageMonth));
}

/** The known dividend rate of the year the contribution month falls in, or null (a setting must give it). */
export function knownDividendRateBp(wageMonth: string): number | null {
  return (
    KNOWN_DIVIDEND_RATES_BP[yearOfMonth(addMonths(wageMonth, CONTRIBUTION_MONTH_AFTER_WAGE_MONTH))] ?? null
  );
}

export interface EpfLateChargeEstimate {
  daysLate: number;
  /** Dividend rate + 1 %, in basis points. */
  chargeRateBp: number;
  /** 0 when not late; otherwise whole ringgit, at least RM10. */
  chargeSen: number;
  /** True when the RM10 minimum, not the rate, decided the amount. */
  minimumApplied: boolean;
}

/**
 * An ESTIMATE of the late-payment charge on `contributionSen` (employer + employee shares unpaid)
 * for a wage month paid on `paidOn` (today, if unpaid), with the year's dividend rate in basis
 * points (5.50 % = 550). KWSP also claims dividend on late contributions (§5); that is not included.
 */
export function estimateEpfLateCharge(
  wageMonth: string,
  contributionSen: number,
  paidOn: string,
  dividendRateBp: number,
): EpfLateChargeEstimate {
  if (!Number.isSafeInteger(dividendRateBp) || dividendRateBp < 0 || dividendRateBp > 10_000) {
    throw new RangeError(`dividend rate must be basis points 0–10000, got ${dividendRateBp}`);
  }
  const chargeRateBp = dividendRateBp + LATE_CHARGE_ABOVE_DIVIDEND_BP;
  const daysLate = Math.max(0, -daysToEpfDeadline(wageMonth, paidOn));
  if (daysLate === 0 || contributionSen <= 0)
    return { daysLate, chargeRateBp, chargeSen: 0, minimumApplied: false };
  const ringgit = new MoneyDecimal(contributionSen)
    .times(chargeRateBp)
    .dividedBy(10_000)
    .times(daysLate)
    .dividedBy(LATE_CHARGE_DAYS_IN_YEAR)
    .dividedBy(100)
    .toDecimalPlaces(0, MoneyDecimal.ROUND_CEIL)
    .toNumber();
  const byRate = ringgit * 100;
  return byRate < LATE_CHARGE_MINIMUM_SEN
    ? { daysLate, chargeRateBp, chargeSen: LATE_CHARGE_MINIMUM_SEN, minimumApplied: true }
    : { daysLate, chargeRateBp, chargeSen: byRate, minimumApplied: false };
}
