// The CHOSEN cells of the pay-item table (PAYROLL_RECORDS.md "One set of pay items"): where the
// law leaves a choice, Caruman decides here, once, and every scheme's wages follow from it.

/**
 * CHOSEN: commission is paid monthly, so PCB treats it as normal remuneration (Y1). LHDN counts
 * "commissions (not paid monthly)" as additional remuneration (PCB.md §4): a commission paid once
 * a year goes in the bonus column instead.
 */
export const COMMISSION_PAID_MONTHLY = true;

/** CHOSEN: allowances are paid monthly: normal remuneration for PCB (PCB.md §4 lists "allowances (not paid monthly)" as additional). */
export const ALLOWANCES_PAID_MONTHLY = true;

/**
 * CHOSEN: travel allowance is tax-exempt for PCB (petrol / travel / toll for official duties,
 * exempt up to RM6,000 a year, PCB.md §1.9) and reported in Form EA Part F. Any excess above the
 * yearly limit is the employer's to put in the allowance column.
 */
export const TRAVEL_ALLOWANCE_TAX_EXEMPT = true;

/** CHOSEN: gifts are tax-exempt for PCB (Form EA Part F), like the exempt awards and gifts of PCB.md §1.9. */
export const GIFTS_TAX_EXEMPT = true;

/**
 * CHOSEN: a director's fee is additional remuneration for PCB (EA B1(b); PCB.md §4 "director's fee
 * (not paid monthly)"), and is wages for no contribution scheme (EPF.md §3, CORROBORATED).
 */
export const DIRECTORS_FEE_ADDITIONAL = true;

/**
 * CHOSEN: unpaid leave is pay not earned, taken off the basic pay: it reduces the wages of every
 * scheme (SOCSO, EIS, LINDUNG, EPF) and PCB's normal remuneration, and can never exceed the basic
 * pay of the month (the database refuses it too).
 */
export const UNPAID_LEAVE_REDUCES_BASIC = true;
