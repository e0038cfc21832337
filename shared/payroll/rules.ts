// The pay run's own rules (issue 17): Employment Act 1955 arithmetic a shop owner would otherwise
// do on a calculator, and the minimum wage. Each rule in one named place, with where it comes from;
// a CHOSEN rule is Caruman's decision where the law leaves a choice, to be changed here only.

/** Ordinary rate of pay of a monthly-rated employee = monthly rate ÷ 26 (Employment Act 1955 s.60I(1A)(c)). */
export const ORDINARY_RATE_DIVISOR = 26;

/** Overtime multipliers of the hourly rate (Employment Act 1955 s.60A(3)(a), s.60(3)(c), s.60D(3)(a)). */
export const OVERTIME_MULTIPLIER = {
  /** Beyond normal hours on a normal work day: 1.5×. */
  normal: { numerator: 3, denominator: 2 },
  /** Beyond normal hours on a rest day: 2×. */
  restDay: { numerator: 2, denominator: 1 },
  /** Beyond normal hours on a public holiday: 3×. */
  publicHoliday: { numerator: 3, denominator: 1 },
} as const;

export type OvertimeKind = keyof typeof OVERTIME_MULTIPLIER;
export const OVERTIME_KINDS = Object.keys(OVERTIME_MULTIPLIER) as OvertimeKind[];

/** CHOSEN: 8 normal hours a day when the company has not said otherwise (the Act's daily maximum). */
export const DEFAULT_NORMAL_HOURS_PER_DAY = 8;

/**
 * CHOSEN (issue 17): an incomplete month — joined or left during it, or unpaid leave — is paid as
 * monthly rate ÷ days in the calendar month × days worked (the Employment Act's formula for an
 * incomplete month of a monthly-rated employee). Days worked = days employed in the month (the
 * hire date and the leaving date both count) − unpaid leave days. The UI says so where it prorates.
 */
export const PRORATE_BY_CALENDAR_DAYS = true;

/**
 * CHOSEN: every Employment Act amount is worked exactly from the monthly rate (no rounded ordinary
 * or hourly rate in between) and rounded once, half up, to the sen. So 10 hours of overtime cost
 * the same whether entered as 10 or as 4 + 6.
 */
export const ROUND_ONCE_HALF_UP_TO_THE_SEN = true;
