// Employment Act 1955 arithmetic for monthly-rated employees (shared/payroll/rules.ts names each
// rule): ordinary and hourly rates, overtime from hours, and pay for an incomplete month. Money is
// integer sen; every amount is worked exactly from the monthly rate and rounded once.
import { daysInMonthOf, parseIsoDate, type IsoDate, type Month, monthIndex } from '../calendar';
import { MoneyDecimal } from '../money/sen';
import { DEFAULT_NORMAL_HOURS_PER_DAY, ORDINARY_RATE_DIVISOR, OVERTIME_MULTIPLIER, type OvertimeKind } from './rules';

/** The company's normal hours of work a day, in minutes (companies.normal_minutes_per_day: 8:30 is 510). */
export const DEFAULT_NORMAL_MINUTES_PER_DAY = DEFAULT_NORMAL_HOURS_PER_DAY * 60;

type Decimal = InstanceType<typeof MoneyDecimal>;

function toSen(value: Decimal): number {
  return value.toDecimalPlaces(0, MoneyDecimal.ROUND_HALF_UP).toNumber();
}

/** Ordinary rate of pay (a day's pay) = monthly rate ÷ 26, rounded to the sen for display. */
export function ordinaryRateSen(monthlySen: number): number {
  return toSen(new MoneyDecimal(monthlySen).dividedBy(ORDINARY_RATE_DIVISOR));
}

/**
 * Hourly rate of pay = ordinary rate ÷ normal hours a day, rounded to the sen for display. Normal
 * hours are given in minutes (as the company stores them), so 7 h 20 min is exact, not 7.333….
 */
export function hourlyRateSen(monthlySen: number, normalMinutesPerDay = DEFAULT_NORMAL_MINUTES_PER_DAY): number {
  assertMinutesPerDay(normalMinutesPerDay);
  return toSen(new MoneyDecimal(monthlySen).times(60).dividedBy(ORDINARY_RATE_DIVISOR).dividedBy(normalMinutesPerDay));
}

/** Overtime hours of each kind, in minutes (2 h 30 min = 150), so no fraction of an hour is a float. */
export type OvertimeMinutes = Partial<Record<OvertimeKind, number>>;

/**
 * The overtime amount for the month: Σ minutes ÷ 60 × hourly rate × multiplier, worked exactly from
 * the monthly rate and rounded once, half up, to the sen.
 */
export function overtimeSen(monthlySen: number, minutes: OvertimeMinutes, normalMinutesPerDay = DEFAULT_NORMAL_MINUTES_PER_DAY): number {
  assertMinutesPerDay(normalMinutesPerDay);
  let weightedMinutes = new MoneyDecimal(0);
  for (const [kind, value] of Object.entries(minutes) as [OvertimeKind, number | undefined][]) {
    if (value === undefined || value === 0) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`overtime minutes must be a whole, non-negative number: ${value}`);
    const { numerator, denominator } = OVERTIME_MULTIPLIER[kind];
    weightedMinutes = weightedMinutes.plus(new MoneyDecimal(value).times(numerator).dividedBy(denominator));
  }
  // minutes ÷ 60 × (monthly ÷ 26 ÷ (normal minutes ÷ 60)): the two sixties cancel.
  return toSen(new MoneyDecimal(monthlySen).times(weightedMinutes).dividedBy(ORDINARY_RATE_DIVISOR * normalMinutesPerDay));
}

/**
 * Days of `month` on which the person was employed: from the hire date (or the month's first day)
 * to the leaving date (or its last day), both included; 0 when the employment does not touch the month.
 */
export function daysEmployedInMonth(month: Month, hireDate: IsoDate | null, leaveDate: IsoDate | null): number {
  const days = daysInMonthOf(month);
  const index = monthIndex(month);
  const dayIn = (date: IsoDate | null, fallback: number, before: number, after: number): number => {
    if (date === null) return fallback;
    const parts = parseIsoDate(date);
    if (!parts) throw new RangeError(`Not a date (YYYY-MM-DD): "${date}"`);
    const at = parts.year * 12 + parts.month - 1;
    if (at < index) return before;
    if (at > index) return after;
    return parts.day;
  };
  const first = dayIn(hireDate, 1, 1, days + 1);
  const last = dayIn(leaveDate, days, 0, days);
  return Math.max(0, last - first + 1);
}

export interface ProratedPay {
  /** The month's pay for the days worked, in sen. */
  paySen: number;
  daysInMonth: number;
  daysWorked: number;
  /** False when the whole month was worked (pay = the monthly rate). */
  prorated: boolean;
}

/**
 * Pay for an incomplete month (rules.ts PRORATE_BY_CALENDAR_DAYS): monthly rate ÷ days in the
 * month × days worked, where days worked = days employed − unpaid leave days (never below 0).
 */
export function proratedPay(monthlySen: number, month: Month, daysEmployed: number, unpaidLeaveDays = 0): ProratedPay {
  const daysInMonth = daysInMonthOf(month);
  if (!Number.isSafeInteger(daysEmployed) || daysEmployed < 0 || daysEmployed > daysInMonth) {
    throw new RangeError(`days employed must be 0–${daysInMonth}: ${daysEmployed}`);
  }
  if (!Number.isSafeInteger(unpaidLeaveDays) || unpaidLeaveDays < 0) throw new RangeError(`unpaid leave days must be a whole, non-negative number: ${unpaidLeaveDays}`);
  const daysWorked = Math.max(0, daysEmployed - unpaidLeaveDays);
  if (daysWorked === daysInMonth) return { paySen: monthlySen, daysInMonth, daysWorked, prorated: false };
  return { paySen: toSen(new MoneyDecimal(monthlySen).dividedBy(daysInMonth).times(daysWorked)), daysInMonth, daysWorked, prorated: true };
}

/**
 * The unpaid leave deduction for whole days (rules.ts PRORATE_BY_CALENDAR_DAYS): monthly rate ÷
 * days in the calendar month × days, worked exactly and rounded once. 0 days is 0; never more
 * than the monthly rate.
 */
export function unpaidLeaveSen(monthlySen: number, month: Month, days: number): number {
  const daysInMonth = daysInMonthOf(month);
  if (!Number.isSafeInteger(days) || days < 0 || days > daysInMonth) throw new RangeError(`unpaid leave days must be 0–${daysInMonth}: ${days}`);
  return toSen(new MoneyDecimal(monthlySen).dividedBy(daysInMonth).times(days));
}

function assertMinutesPerDay(minutes: number): void {
  if (!(Number.isSafeInteger(minutes) && minutes > 0 && minutes <= 24 * 60)) {
    throw new RangeError(`normal minutes a day must be a whole number more than 0 and at most 1440: ${minutes}`);
  }
}
