// The C.P.8D employees' particulars file (data for Form E; PCB.md §7), declared once: one line per
// employee, fields separated by "|", in this order. The writer (write.ts) and the reader/checker
// (read.ts) are driven by this list and nothing else.
//
// Confidence (PCB.md §7, §10.12): fields 1–5 are OFFICIAL (LHDN's C.P.8D layout Pin. 2023 [L10]);
// field 6 and the status codes are SINGLE [S20]; the order and meaning of fields 7–22 are
// UNCONFIRMED — read from a vendor's published example line of the Pin. 2023 layout (22 fields,
// "dd-mm-yyyy" dates, some amounts with two decimals) matched to the Form EA items. Check them
// against LHDN's current layout before relying on an upload; to change one, change it here.
import type { EaAmountCode } from '../ea/fields';

export type Cp8dFieldKind =
  /** Free text up to length characters (the name as on the identity card). */
  | 'text'
  /** Digits only, up to length; may be blank when not required. */
  | 'digits'
  /** One digit from `codes`. */
  | 'code'
  /** "dd-mm-yyyy", or "00-00-0000" for none. */
  | 'date'
  /** Whole ringgit (sen dropped). */
  | 'ringgit'
  /** Ringgit with two decimals. */
  | 'ringgit2';

export type Cp8dConfidence = 'OFFICIAL' | 'SINGLE' | 'UNCONFIRMED';

export interface Cp8dField {
  /** Position in the line, from 1. */
  number: number;
  name: Cp8dFieldName;
  kind: Cp8dFieldKind;
  /** Most characters the field may hold. */
  length: number;
  required: boolean;
  confidence: Cp8dConfidence;
  /** The Form EA item an amount comes from (amount fields only). */
  ea?: EaAmountCode;
  /** The codes a 'code' field may hold. */
  codes?: readonly string[];
}

const f = (number: number, name: Cp8dFieldName, kind: Cp8dFieldKind, length: number, required: boolean, confidence: Cp8dConfidence, extra: Partial<Cp8dField> = {}): Cp8dField =>
  Object.freeze({ number, name, kind, length, required, confidence, ...extra });

export const CP8D_SEPARATOR = '|';
/** CHOSEN (the spec is silent): CR LF after every line, the last one too, as the CP39 file. */
export const CP8D_LINE_END = '\r\n';
/** No identification number: LHDN's twelve zeros (OFFICIAL [L10]). */
export const CP8D_NO_ID = '000000000000';
/** An employee still employed: no date of cessation (SINGLE [S20]). */
export const CP8D_NO_DATE = '00-00-0000';
/** Employee status codes (SINGLE [S20]): 1 management, 2 permanent, 3 contract, 4 part time, 5 intern, 6 others. */
export const CP8D_STATUS_CODES = ['1', '2', '3', '4', '5', '6'] as const;
/** CHOSEN: Caruman does not record the kind of employment; every employee is written as permanent (2). */
export const CP8D_DEFAULT_STATUS = '2';

export const CP8D_FIELDS: readonly Cp8dField[] = Object.freeze([
  f(1, 'name', 'text', 60, true, 'OFFICIAL'),
  f(2, 'taxNumber', 'digits', 11, false, 'OFFICIAL'),
  f(3, 'idNumber', 'text', 12, true, 'OFFICIAL'),
  f(4, 'category', 'code', 1, true, 'OFFICIAL', { codes: ['1', '2', '3'] }),
  f(5, 'status', 'code', 1, true, 'OFFICIAL', { codes: CP8D_STATUS_CODES }),
  f(6, 'ceased', 'date', 10, true, 'SINGLE'),
  f(7, 'taxBorneByEmployer', 'code', 1, true, 'UNCONFIRMED', { codes: ['1', '2'] }),
  f(8, 'children', 'digits', 2, true, 'UNCONFIRMED'),
  f(9, 'childRelief', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'D5' }),
  f(10, 'grossRemuneration', 'ringgit', 12, true, 'UNCONFIRMED'),
  f(11, 'benefitsInKind', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'B3' }),
  f(12, 'livingAccommodation', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'B4' }),
  f(13, 'esos', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'B1e' }),
  f(14, 'taxExempt', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'F' }),
  f(15, 'tp1Relief', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'D4a' }),
  f(16, 'tp1Zakat', 'ringgit2', 15, true, 'UNCONFIRMED', { ea: 'D4b' }),
  f(17, 'epf', 'ringgit', 12, true, 'UNCONFIRMED', { ea: 'E1' }),
  f(18, 'zakatFromPay', 'ringgit2', 15, true, 'UNCONFIRMED', { ea: 'D3' }),
  f(19, 'pcb', 'ringgit2', 15, true, 'UNCONFIRMED', { ea: 'D1' }),
  f(20, 'cp38', 'ringgit2', 15, true, 'UNCONFIRMED', { ea: 'D2' }),
  f(21, 'medicalInsurance', 'ringgit2', 15, true, 'UNCONFIRMED'),
  f(22, 'socso', 'ringgit2', 15, true, 'UNCONFIRMED', { ea: 'E2' }),
]);

CP8D_FIELDS.forEach((field, i) => {
  if (field.number !== i + 1) throw new Error(`C.P.8D field ${field.name} is number ${field.number}, at position ${i + 1}`);
});

/** The fields' names in order (the type of a record read back). */
export const CP8D_FIELD_NAMES = [
  'name',
  'taxNumber',
  'idNumber',
  'category',
  'status',
  'ceased',
  'taxBorneByEmployer',
  'children',
  'childRelief',
  'grossRemuneration',
  'benefitsInKind',
  'livingAccommodation',
  'esos',
  'taxExempt',
  'tp1Relief',
  'tp1Zakat',
  'epf',
  'zakatFromPay',
  'pcb',
  'cp38',
  'medicalInsurance',
  'socso',
] as const;
export type Cp8dFieldName = (typeof CP8D_FIELD_NAMES)[number];

if (CP8D_FIELDS.map((field) => field.name).join() !== CP8D_FIELD_NAMES.join()) throw new Error('CP8D_FIELDS and CP8D_FIELD_NAMES differ');

/** The file name: "CP8D_<E number digits>_<year>.txt" (CHOSEN: Pin. 2020 named the employer's file M<E no>_<year>.TXT; the employees' file has no set name). */
export function cp8dFileName(employerDigits: string, year: number): string {
  return `CP8D_${employerDigits}_${year}.txt`;
}
