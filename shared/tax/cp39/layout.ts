// The CP39 text file (LHDN's MTD data specification, Exhibit 4; PCB.md §6.2, cp39_layout.csv),
// declared once: a 57-character header record and one 136-character detail record per employee.
// The writer (write.ts) and the reader/checker (check.ts) are driven by these declarations and
// nothing else: to change a width, a position or a pad, change it here.

export type Cp39FieldKind =
  /** The record type letter: 'H' or 'D'. */
  | 'recordType'
  /** Digits, right-justified, zero-padded: amounts in sen, counts, employer numbers, the TIN. */
  | 'digits'
  /** Exactly this many digits (year, month; a number is zero-padded), or blank where not required (the new IC number). */
  | 'fixedDigits'
  /** Printable ASCII, left-justified, space-padded (name, IDs, employee number). */
  | 'text'
  /** Two letters, or blank (country code). */
  | 'letters';

export interface Cp39Field {
  /** The field's number in LHDN's table (1–9 header, 10–19 detail). */
  number: number;
  name: string;
  /** 1-based position of the first character, as in the specification. */
  start: number;
  length: number;
  kind: Cp39FieldKind;
  /** Must not be blank. */
  required: boolean;
}

export interface Cp39Record {
  type: 'H' | 'D';
  /** Characters per record, without the line end. */
  length: number;
  fields: readonly Cp39Field[];
}

const f = (number: number, name: string, start: number, length: number, kind: Cp39FieldKind, required: boolean): Cp39Field =>
  Object.freeze({ number, name, start, length, kind, required });

/** Header record, 57 characters (fields 1–9). */
export const CP39_HEADER: Cp39Record = Object.freeze({
  type: 'H',
  length: 57,
  fields: Object.freeze([
    f(1, 'recordType', 1, 1, 'recordType', true),
    f(2, 'hqEmployerNumber', 2, 10, 'digits', true),
    f(3, 'employerNumber', 12, 10, 'digits', true),
    f(4, 'year', 22, 4, 'fixedDigits', true),
    f(5, 'month', 26, 2, 'fixedDigits', true),
    f(6, 'totalMtdSen', 28, 10, 'digits', true),
    f(7, 'mtdRecords', 38, 5, 'digits', true),
    f(8, 'totalCp38Sen', 43, 10, 'digits', true),
    f(9, 'cp38Records', 53, 5, 'digits', true),
  ]),
});

/** Detail record, 136 characters (fields 10–19). */
export const CP39_DETAIL: Cp39Record = Object.freeze({
  type: 'D',
  length: 136,
  fields: Object.freeze([
    f(10, 'recordType', 1, 1, 'recordType', true),
    f(11, 'taxNumber', 2, 11, 'digits', true),
    f(12, 'name', 13, 60, 'text', true),
    f(13, 'oldIc', 73, 12, 'text', false),
    f(14, 'newIc', 85, 12, 'fixedDigits', false),
    f(15, 'passport', 97, 12, 'text', false),
    f(16, 'countryCode', 109, 2, 'letters', false),
    f(17, 'mtdSen', 111, 8, 'digits', true),
    f(18, 'cp38Sen', 119, 8, 'digits', true),
    f(19, 'employeeNumber', 127, 10, 'text', false),
  ]),
});

export function cp39Field(record: Cp39Record, name: string): Cp39Field {
  const field = record.fields.find((x) => x.name === name);
  if (!field) throw new Error(`CP39 ${record.type} record has no field ${name}`);
  return field;
}

export type Cp39Values = Readonly<Record<string, string | number | null | undefined>>;

/** Lays one value into its field as declared. Throws when it does not fit or is not what the field holds. */
export function formatCp39Field(field: Cp39Field, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    if (field.required) throw new Error(`CP39 field ${field.number} (${field.name}) is required`);
    return ' '.repeat(field.length);
  }
  // A number for a fixed-width digits field (month 8) is zero-padded like any number: "08".
  const text = typeof value === 'number' && field.kind === 'fixedDigits' ? String(value).padStart(field.length, '0') : String(value);
  if (field.kind === 'digits' || field.kind === 'fixedDigits') {
    if (typeof value === 'number' ? !Number.isSafeInteger(value) || value < 0 : !/^\d+$/.test(text)) {
      throw new Error(`CP39 field ${field.number} (${field.name}) takes digits, not "${text}"`);
    }
  }
  if (text.length > field.length) throw new Error(`CP39 field ${field.number} (${field.name}) holds ${field.length} characters: "${text}"`);
  if (field.kind === 'digits') return text.padStart(field.length, '0');
  if (field.kind === 'fixedDigits' && text.length !== field.length) {
    throw new Error(`CP39 field ${field.number} (${field.name}) takes exactly ${field.length} digits: "${text}"`);
  }
  return text.padEnd(field.length, ' ');
}

/** One record, without its line end. */
export function writeCp39Record(record: Cp39Record, values: Cp39Values): string {
  let line = '';
  for (const field of record.fields) line += formatCp39Field(field, field.kind === 'recordType' ? record.type : values[field.name]);
  if (line.length !== record.length) throw new Error(`CP39 ${record.type} record of ${line.length} characters, expected ${record.length}`);
  return line;
}

export interface Cp39RawField {
  field: Cp39Field;
  /** Exactly the characters at the field's positions. */
  raw: string;
}

/** Cuts a line into its fields (a short line gives short or empty trailing fields). */
export function readCp39Record(record: Cp39Record, line: string): Cp39RawField[] {
  return record.fields.map((field) => ({ field, raw: line.slice(field.start - 1, field.start - 1 + field.length) }));
}

/** `xxxxxxxxxxmm_yyyy.txt`: the 10-digit employer number, the month of deduction, the year. OFFICIAL (L1 p43). */
export function cp39FileName(employerNumberDigits: string, month: string): string {
  return `${employerNumberDigits}${month.slice(5, 7)}_${month.slice(0, 4)}.txt`;
}

/** The file name pattern, for recognising a CP39 file by its name. */
export const CP39_FILE_NAME = /^(\d{10})(0[1-9]|1[0-2])_(\d{4})\.txt$/i;
