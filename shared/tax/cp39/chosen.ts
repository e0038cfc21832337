// The CHOSEN parts of the CP39 file (PCB.md §6.2, §10.11): where LHDN's text is silent, this is
// our decision, kept in this one place so it can change when a better source appears.

/** CHOSEN (§10.11, UNCONFIRMED): every record ends with CR LF, the last one too (as [S23] writes it). */
export const CP39_LINE_END = '\r\n';

/**
 * CHOSEN (§10.11, encoding not stated): the file is printable ASCII. Names are written in capitals,
 * transliterated (é → E) and kept to letters, digits, spaces and the characters LHDN's 2010 sheet
 * allows in names: / - @ ' ( ) and the double quote. Anything else is left out and reported.
 */
export const CP39_NAME_CHARACTERS = /^[A-Z0-9 /\-@'()"]*$/;
export const CP39_NAME_CHARACTER = /[A-Z0-9 /\-@'()"]/;

/**
 * OFFICIAL (L2 pdf p.33, L1 p44): an employee with neither PCB nor CP38 for the month is not
 * listed ("Jangan senaraikan pekerja yang tidak layak dikenakan potongan"); the header counts
 * employees with PCB and employees with CP38.
 */
export const LEAVE_OUT_EMPLOYEES_WITHOUT_DEDUCTION = true;

/**
 * OFFICIAL (L1 p44, 2026): the TIN is mandatory. The 2010 layout allowed 00000000000 for an unknown
 * tax reference; the writer refuses an employee without one and the checker reports all zeros.
 */
export const TAX_NUMBER_REQUIRED = true;

/**
 * CHOSEN (the country-code list is not in the spec): a country code is checked only for its shape
 * (two letters); a passport without one is a warning, not an error.
 */
export const COUNTRY_CODE_LIST_KNOWN = false;

/** CHOSEN: a single-branch employer writes its own number as the headquarters' number too (field 2 = field 3). */
export const HQ_NUMBER_DEFAULTS_TO_EMPLOYER_NUMBER = true;
