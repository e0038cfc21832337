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

// ——— Gross to net (compute.ts) ———

/**
 * CHOSEN: gross pay is every pay item paid in the month (reimbursements and tax-exempt items
 * included: they are money paid with the wages), plus corrections of finalised months paid as
 * arrears. Unpaid leave is not netted into gross: it is a deduction line on the payslip (issue
 * 17 lists it among the employer's named deductions), while every scheme's wages exclude it.
 * So net = gross − every deduction, line by line.
 */
export const GROSS_PAY_IS_EVERY_PAY_ITEM = true;

/**
 * OFFICIAL (PCB.md §1.4, Terms 13 items 1–3): K1 is the employee EPF on the normal remuneration
 * and Kt = total employee EPF − K1. Caruman computes K1 with the EPF engine on the month's EPF
 * wages from items that are not additional remuneration (bonus 0), less unpaid leave; an item
 * that is EPF wages but tax-exempt and paid monthly stays in K1 (item 1). K1 is never more than
 * the total.
 */
export const K1_IS_EPF_ON_NORMAL_REMUNERATION = true;

/**
 * CHOSEN: a month with no taxable remuneration (Y1 = Yt = 0: nothing paid, or only
 * reimbursements and exempt items) has no PCB: there is no remuneration to deduct it from, and
 * the formula would only project a year of nothing. The engine is not called; PCB is 0.
 */
export const NO_PCB_WITHOUT_TAXABLE_REMUNERATION = true;

// ——— HRD Corp levy (Pembangunan Sumber Manusia Berhad Act 2001) ———

/** The levy rates by the company's choice, in basis points of the month's levy wages (s.14, s.15). */
export const HRD_LEVY_RATE_BP = { none: 0, one_percent: 100, half_percent: 50 } as const;
export type HrdLevyChoice = keyof typeof HRD_LEVY_RATE_BP;

/**
 * CHOSEN (PSMB Act 2001 s.2 "wages", as HRD Corp's guidance and payroll vendors quote it; the
 * Act's text was not read here): basic salary and fixed allowances, including leave pay and
 * arrears of wages; not overtime, commission, bonus, service charge, travel allowance, gratuity
 * or other payments. Caruman's allowance column is the fixed monthly allowance
 * (shared/pay/rules.ts ALLOWANCES_PAID_MONTHLY). Unpaid leave comes off the basic pay;
 * corrections of finalised months are arrears of wages and count in the month paid.
 */
export const HRD_LEVY_WAGE_ITEMS = ['basic', 'allowance', 'leave_pay', 'arrears'] as const;

/**
 * CHOSEN (PSMB Act 2001 s.2 "employee": Malaysian citizens, domestic servants excluded): only
 * citizens' wages count for the levy, and not a domestic worker's.
 */
export const HRD_LEVY_EMPLOYEES = 'citizens, not domestic workers';

/**
 * CHOSEN: the levy is one company figure, the rate times the month's total levy wages rounded
 * half up to the sen, as HRD Corp's portal computes it from the declared total. Employee rows
 * carry their levy wages, not a share of the levy, so no row rounds on its own.
 */
export const HRD_LEVY_ON_THE_COMPANY_TOTAL = true;

/** HRD Corp: 10 or more Malaysian employees must register (1 %); 5–9 may choose to (0.5 %). */
export const HRD_LEVY_MANDATORY_FROM = 10;
export const HRD_LEVY_OPTIONAL_FROM = 5;

// ——— Finalised months (main/services/payroll) ———

/**
 * Issue 17: PCB's year to date (ΣY, ΣK, X, Z, ΣLP) comes from the year's finalised months only,
 * as they were finalised, plus the employee's TP3 for that year; an open month before this one
 * does not count (the month says so in a warning).
 */
export const YEAR_TO_DATE_FROM_FINALISED_MONTHS_ONLY = true;

/**
 * CHOSEN: months are finalised in order within a year. A month can be finalised only when every
 * earlier month of its year that has wages is finalised, so each month's PCB was computed from
 * the months before it as they were paid. Unlock goes the other way: only a year's latest
 * finalised month can be unlocked.
 */
export const FINALISE_IN_ORDER = true;

/**
 * CHOSEN: a finalised month is never edited. Pay that was short is paid in a later open month as
 * a correction (arrears of wages for the finalised month): it is EPF wages of the month paid (EPF
 * Act s.2: arrears of wages count in the month they are paid) and additional remuneration for
 * PCB in the month paid (PCB.md §4); for SOCSO, EIS and LINDUNG it is wages of the month it
 * belongs to, worked out with that month's tables (STATUTORY.md §1.1) and shown in that month's
 * arrears statement, the employee's share of it deducted when the arrears are paid. Only
 * underpayments are corrections: an overpayment is recovered with an "other deduction".
 */
export const CORRECTIONS_ARE_ARREARS = true;
