// The parts of the Form A file that the evidence leaves open (EPF.md §4.2, §7 q8), decided here in
// one place so each can change when KWSP's own specification is found.

/** CORROBORATED [GH-ODOO][GH-CS]: CR LF between records and none after the 99 record. */
export const LINE_END_AFTER_LAST_RECORD = false;

/**
 * UNCONFIRMED (§4.2): both hash totals (record 00 and record 99) are the sum of the numeric member
 * numbers of the 02 records ([GH-ODOO] for 00, [SQ-IMG][GH-CS] for 99).
 */
export const HASH_TOTAL_IS_SUM_OF_MEMBER_NUMBERS = true;

/** Caruman's choice (as the ASSIST files): members whose contribution is nothing are left out and listed. */
export const LEAVE_OUT_MEMBERS_WITHOUT_CONTRIBUTION = true;

/** CORROBORATED [SQ-IMG]: a member without an EPF number is written with zeros (and warned about: KWSP may not credit it). */
export const UNKNOWN_MEMBER_NUMBER_AS_ZEROS = true;

/**
 * UNCONFIRMED (§7 q8): the identity number of a non-citizen. Caruman writes the ID the employee
 * record gives (the passport number for foreign workers) and warns that KWSP's format is unknown.
 */
export const NON_CITIZEN_ID = 'as recorded (passport)' as const;

/** The date in record 00 is the day the file is made (CORROBORATED format; meaning UNCONFIRMED). */
export const FILE_DATE_IS_TODAY = true;
