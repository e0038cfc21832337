// What the Form A checker reports, and what it may be told about a company's employees.
import type { EpfMessageKey } from '../../i18n/messages/epf';
import type { EpfPerson } from '../person';

export interface FormAProblem {
  /** 1-based line; 0 for the file as a whole. */
  line: number;
  /** 1-based column (byte position in the line), or null for the whole line or file. */
  column: number | null;
  key: EpfMessageKey;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export type FormAProblemSink = (
  line: number,
  column: number | null,
  key: EpfMessageKey,
  params: Record<string, string | number>,
  severity?: 'error' | 'warning',
) => void;

/** An employee the company knows, found by member number or identity number. */
export interface FormAKnownMember {
  name: string;
  person: EpfPerson;
}

export interface FormACheckContext {
  /** The company's EPF employer number (digits), or null when it has none recorded. */
  employerNumber: string | null;
  /**
   * The employee with this member number (digits, "" when the file has zeros) or ID, or null;
   * `wageMonth` is the file's (null when record 01 gives none), for facts that change by month.
   */
  lookup(memberNumber: string, idNumber: string, wageMonth: string | null): FormAKnownMember | null;
}

export interface FormACheckInput {
  bytes: Uint8Array;
  /** "YYYY-MM-DD": a contribution month after next month, or a file date after today, is reported. */
  today: string;
  context?: FormACheckContext;
}

export interface FormACheckedMember {
  line: number;
  /** Digits without leading zeros; "" for an all-zero member number. */
  memberNumber: string;
  idNumber: string;
  name: string;
  staffCode: string;
  /** Null when the field is not a number. */
  employerSen: number | null;
  employeeSen: number | null;
  wagesSen: number | null;
}

export interface FormACheckResult {
  /** 'form-a' when the file is KWSP's Form A text file; 'bank' for a bank's ITB variant (not checked further). */
  format: 'form-a' | 'bank' | null;
  employerNumber: string | null;
  /** "YYYY-MM" from record 01, and the wage month it is for (one month earlier, E8). */
  contributionMonth: string | null;
  wageMonth: string | null;
  /** "YYYY-MM-DD" from record 00. */
  fileDate: string | null;
  members: FormACheckedMember[];
  totals: { records: number; employerSen: number; employeeSen: number; wagesSen: number };
  problems: FormAProblem[];
  errors: number;
  warnings: number;
}
