// KWSP's "EPF MONTHLY FORM A" text file (EPF.md §4.2, epf_forma_txt_layout.csv), declared once.
// The writer (build.ts) and the reader/checker (check.ts) are driven by these declarations and
// nothing else: to change a width, a position or a constant, change it here.

export type FormAFieldKind =
  /** A fixed text (record type, title, the 00001 / DSK constants). */
  | 'constant'
  /** Digits, right-justified, zero-padded (amounts in sen, member and employer numbers, counts). */
  | 'numeric'
  /** Printable ASCII, left-justified, space-padded. */
  | 'alnum'
  /** YYYYMMDD. */
  | 'date'
  /** MMYYYY. */
  | 'month'
  /** Spaces to the record length. */
  | 'filler';

/** The spec's confidence in a field: a checker finding on an UNCONFIRMED field is only a warning. */
export type FormAConfidence = 'CORROBORATED' | 'SINGLE' | 'UNCONFIRMED';

export interface FormAField {
  name: string;
  /** 1-based position of the first character, as in the spec. */
  start: number;
  length: number;
  kind: FormAFieldKind;
  /** The text of a constant field. */
  value?: string;
  confidence: FormAConfidence;
}

export type FormARecordType = '00' | '01' | '02' | '99';

export interface FormARecordLayout {
  type: FormARecordType;
  /** Characters per record, without the line end. */
  length: number;
  fields: readonly FormAField[];
}

/** Every record is this long, padded with spaces (UNCONFIRMED: GH-ODOO; the sample is consistent). */
export const FORM_A_RECORD_LENGTH = 129;

const field = (
  name: string,
  start: number,
  length: number,
  kind: FormAFieldKind,
  confidence: FormAConfidence = 'CORROBORATED',
  value?: string,
): FormAField =>
  value === undefined
    ? { name, start, length, kind, confidence }
    : { name, start, length, kind, confidence, value };
const constant = (
  name: string,
  start: number,
  value: string,
  confidence: FormAConfidence = 'CORROBORATED',
): FormAField => field(name, start, value.length, 'constant', confidence, value);

export const FORM_A_TITLE = 'EPF MONTHLY FORM A';

/** Record 00, the header: file date, totals and the hash total. */
export const HEADER_00: FormARecordLayout = {
  type: '00',
  length: FORM_A_RECORD_LENGTH,
  fields: [
    constant('recordType', 1, '00'),
    constant('title', 3, FORM_A_TITLE),
    field('fileDate', 21, 8, 'date'),
    constant('constant00001', 29, '00001'),
    field('totalEmployerSen', 34, 15, 'numeric'),
    field('totalEmployeeSen', 49, 15, 'numeric'),
    field('hashTotal', 64, 21, 'numeric', 'UNCONFIRMED'),
    field('filler', 85, 45, 'filler', 'UNCONFIRMED'),
  ],
};

/** Record 01, the employer: EPF employer number and contribution month (E8: wage month + 1). */
export const EMPLOYER_01: FormARecordLayout = {
  type: '01',
  length: FORM_A_RECORD_LENGTH,
  fields: [
    constant('recordType', 1, '01'),
    field('employerNumber', 3, 19, 'numeric'),
    field('contributionMonth', 22, 6, 'month'),
    constant('medium', 28, 'DSK'),
    constant('constant00001', 31, '00001'),
    constant('zeros', 36, '00000000', 'UNCONFIRMED'),
    field('filler', 44, 86, 'filler', 'UNCONFIRMED'),
  ],
};

/** Record 02, one per member. */
export const MEMBER_02: FormARecordLayout = {
  type: '02',
  length: FORM_A_RECORD_LENGTH,
  fields: [
    constant('recordType', 1, '02'),
    field('memberNumber', 3, 19, 'numeric'),
    field('idNumber', 22, 15, 'alnum'),
    field('name', 37, 40, 'alnum'),
    field('staffCode', 77, 20, 'alnum', 'SINGLE'),
    field('employerSen', 97, 9, 'numeric'),
    field('employeeSen', 106, 9, 'numeric'),
    field('wagesSen', 115, 15, 'numeric'),
  ],
};

/** Record 99, the trailer: count, totals and the hash total of the member numbers. */
export const TRAILER_99: FormARecordLayout = {
  type: '99',
  length: FORM_A_RECORD_LENGTH,
  fields: [
    constant('recordType', 1, '99'),
    field('recordCount', 3, 7, 'numeric'),
    field('totalEmployerSen', 10, 15, 'numeric'),
    field('totalEmployeeSen', 25, 15, 'numeric'),
    field('hashTotal', 40, 21, 'numeric'),
    field('filler', 61, 69, 'filler', 'UNCONFIRMED'),
  ],
};

export const FORM_A_LAYOUTS: Readonly<Record<FormARecordType, FormARecordLayout>> = {
  '00': HEADER_00,
  '01': EMPLOYER_01,
  '02': MEMBER_02,
  '99': TRAILER_99,
};

/** Records are separated by CR LF (CORROBORATED [GH-ODOO][GH-CS]). */
export const FORM_A_LINE_END = '\r\n';

export function formAFieldOf(layout: FormARecordLayout, name: string): FormAField {
  const found = layout.fields.find((f) => f.name === name);
  if (!found) throw new Error(`Form A record ${layout.type} has no field ${name}`);
  return found;
}

/** The file name: EPF_<EPF employer number>_<MMYYYY of the contribution month>.txt (or .csv). */
export function formAFileName(
  employerNumber: string,
  contributionMonth: string,
  extension: 'txt' | 'csv' = 'txt',
): string {
  return `EPF_${employerNumber}_${contributionMonth.slice(5, 7)}${contributionMonth.slice(0, 4)}.${extension}`;
}
