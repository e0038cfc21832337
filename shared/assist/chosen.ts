// The CHOSEN parts of the ASSIST file formats (STATUTORY.md §2): where the public evidence is
// incomplete, this is our decision, kept in this one place so it can change when a better source
// appears. Every constant names the paragraph of the spec it decides.

/**
 * CHOSEN (STATUTORY.md §2.2): numeric fields of the 278-character SOCSO + EIS + LINDUNG file are
 * right-justified and padded with SPACES, not zeros (the public implementation that cites
 * PERKESO's formatteksfail.pdf insists on spaces).
 */
export const COMBINED_NUMERIC_PAD = ' ' as const;

/**
 * CHOSEN (STATUTORY.md §2.2): field 6 of the 278-character file carries the ACTUAL liable wages of
 * the month in sen, not the wages capped at the ceiling (RM6,000).
 */
export const COMBINED_WAGES_ARE_ACTUAL = true;

/**
 * CHOSEN (STATUTORY.md §2, "ID number"): the ID written in field 3 is the employee's "ID used in
 * PERKESO files" (Employee.perkesoId), which defaults to the passport number for foreign workers
 * and the 12 MyKad digits for others; the user may change it per employee.
 */
export const FOREIGN_WORKER_ID = 'passport' as const;

/**
 * CHOSEN (STATUTORY.md §2.1): records whose amount for that file is zero are left out of the file
 * and listed in the report (other software leaves them out because they break uploads).
 */
export const LEAVE_OUT_ZERO_AMOUNT_RECORDS = true;

/**
 * CHOSEN (STATUTORY.md §2.1, fields 7 and 8): our data has no date for a month's PERKESO sick
 * leave (S) or unpaid leave (T), and no public source says which date PERKESO expects for them,
 * so field 7 is left as SPACES for S and T. (B uses the hire date, H and M the leave date.)
 */
export const DATE_FOR_LEAVE_EVENTS: 'spaces' | 'first-of-month' = 'spaces';

/**
 * CHOSEN (STATUTORY.md §2.1, field 8 holds one code): when more than one event falls in the same
 * month, the first in this order is written (and the report says so): died, left, joined, PERKESO
 * sick leave, unpaid leave. Leaving is the later and more consequential fact for PERKESO.
 */
export const EVENT_PRIORITY = ['M', 'H', 'B', 'S', 'T'] as const;

/**
 * CHOSEN (STATUTORY.md §2.3): PERKESO checks a check digit in the employer code whose algorithm is
 * unknown, so a code that is not 12 letters and digits is a warning, never a refusal.
 */
export const EMPLOYER_CODE_EXPECTED_LENGTH = 12;
