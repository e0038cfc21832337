// The ASSIST portal's fixed-width text files, declared once (STATUTORY.md §2). The writer
// (write-record.ts) and the reader/checker (read-record.ts, check.ts) are both driven by these
// declarations and nothing else: to change a width, a position or a pad, change it here.
import { COMBINED_NUMERIC_PAD } from './chosen';

export type FieldKind =
  /** Printable ASCII, left-justified, space-padded. */
  | 'alnum'
  /** Digits only (amounts in sen), right-justified. */
  | 'numeric'
  /** DDMMYYYY, or all spaces when there is no date. */
  | 'date'
  /** MMYYYY. */
  | 'month'
  /** One of the employment status codes, or a space. */
  | 'status'
  /** Reserved: spaces. */
  | 'filler';

export interface Field {
  /** The field's number in the spec's table (1-based). */
  number: number;
  name: string;
  /** 1-based position of the first character, as in the spec. */
  start: number;
  length: number;
  align: 'left' | 'right';
  pad: ' ' | '0';
  kind: FieldKind;
  /** Must not be blank. */
  required: boolean;
}

export type AssistKind = 'socso' | 'eis' | 'lindung';
export const ASSIST_KINDS: readonly AssistKind[] = ['socso', 'eis', 'lindung'];

export interface Layout {
  kind: AssistKind;
  /** Characters per record, without the CR LF. */
  length: number;
  fields: readonly Field[];
}

const f = (number: number, name: string, start: number, length: number, kind: FieldKind, required: boolean, pad: ' ' | '0' = ' '): Field => ({
  number,
  name,
  start,
  length,
  kind,
  required,
  pad,
  align: kind === 'numeric' ? 'right' : 'left',
});

/** Fields 1–5 are the same in every layout. */
const IDENTITY: readonly Field[] = [
  f(1, 'employerCode', 1, 12, 'alnum', true),
  f(2, 'ssmNumber', 13, 20, 'alnum', false),
  f(3, 'idNumber', 33, 12, 'alnum', true),
  f(4, 'name', 45, 150, 'alnum', true),
  f(5, 'month', 195, 6, 'month', true),
];

/** STATUTORY.md §2.1: Borang 8A text file (Act 4), 223 characters. Field 6 = SOCSO employer + employee. */
export const SOCSO_223: Layout = {
  kind: 'socso',
  length: 223,
  fields: [...IDENTITY, f(6, 'amount', 201, 14, 'numeric', true, '0'), f(7, 'eventDate', 215, 8, 'date', false), f(8, 'status', 223, 1, 'status', false)],
};

/** STATUTORY.md §2.1: EIS file (Act 800), same 223 characters. Field 6 = EIS employer + employee. */
export const EIS_223: Layout = { ...SOCSO_223, kind: 'eis' };

/** STATUTORY.md §2.2: SOCSO + EIS + LINDUNG file, 278 characters (months from 2026-06). */
export const COMBINED_278: Layout = {
  kind: 'lindung',
  length: 278,
  fields: [
    ...IDENTITY,
    f(6, 'wages', 201, 14, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(7, 'socsoEmployer', 215, 6, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(8, 'socsoEmployee', 221, 6, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(9, 'eisEmployer', 227, 6, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(10, 'eisEmployee', 233, 6, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(11, 'lindungEmployee', 239, 6, 'numeric', true, COMBINED_NUMERIC_PAD),
    f(12, 'filler', 245, 34, 'filler', false),
  ],
};

export const LAYOUTS: Readonly<Record<AssistKind, Layout>> = { socso: SOCSO_223, eis: EIS_223, lindung: COMBINED_278 };

/** Field 8 codes (STATUTORY.md §2.1): B joined, H left, M died, S PERKESO sick leave, T unpaid leave. */
export const STATUS_CODES = ['B', 'H', 'M', 'S', 'T'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Lines end with CR LF (STATUTORY.md §2). */
export const LINE_END = '\r\n';

/** The file name for a company and month: SOCSO_<code>_<MMYYYY>.txt and so on. */
export function assistFileName(kind: AssistKind, employerCode: string, month: string): string {
  const prefix = kind === 'socso' ? 'SOCSO' : kind === 'eis' ? 'EIS' : 'SOCSO-EIS-LINDUNG';
  return `${prefix}_${employerCode}_${month.slice(5, 7)}${month.slice(0, 4)}.txt`;
}

export function fieldOf(layout: Layout, name: string): Field {
  const field = layout.fields.find((x) => x.name === name);
  if (!field) throw new Error(`Layout ${layout.kind} has no field ${name}`);
  return field;
}
