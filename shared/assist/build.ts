// A company's month → the text of its ASSIST files, with a report of everything the user should
// know: who was left out and why, which names had to change, what looks unusual. Pure: the
// service writes the files and stores the report.
import type { EmployeeMonth } from '../domain/company-month';
import { formatRinggit } from '../money/sen';
import { compareMonths, isMonthAfterDate, monthIndex } from '../calendar';
import { rules, socsoTablesFor } from '../statutory';
import {
  COMBINED_WAGES_ARE_ACTUAL,
  DATE_FOR_LEAVE_EVENTS,
  EMPLOYER_CODE_EXPECTED_LENGTH,
  EVENT_PRIORITY,
  LEAVE_OUT_ZERO_AMOUNT_RECORDS,
} from './chosen';
import { assistFileName, LAYOUTS, LINE_END, type AssistKind, type StatusCode } from './layouts';
import { writeRecord } from './record';
import { compactId, toAsciiUpper, type NameChange } from './text';

export type MessageParams = Record<string, string | number>;

/** A sentence of the report: a message key with its parameters (translated at the edge). */
export interface ReportItem {
  key: string;
  params: MessageParams;
}

export interface LeftOut {
  kind: AssistKind;
  employeeId: number;
  name: string;
  idNumber: string;
  reason: ReportItem;
}

export interface NameChangeReport {
  employeeId: number;
  idNumber: string;
  original: string;
  written: string;
  changes: NameChange[];
  /** The characters that could not be written at all. */
  removed: string;
}

export interface FileTotals {
  records: number;
  /** What the portal shows as the file's total contribution, in sen. */
  amountSen: number;
  /** The same as the portal shows it: "RM1,234.50". */
  amount: string;
  /** The 278-character file only: each scheme's total and the wages. */
  parts?: {
    wagesSen: number;
    socsoEmployerSen: number;
    socsoEmployeeSen: number;
    eisEmployerSen: number;
    eisEmployeeSen: number;
    lindungEmployeeSen: number;
  };
}

export interface BuiltFile {
  kind: AssistKind;
  fileName: string;
  /** The whole file: ASCII, CR LF after every record. */
  content: string;
  totals: FileTotals;
}

export interface BuildResult {
  files: BuiltFile[];
  leftOut: LeftOut[];
  nameChanges: NameChangeReport[];
  warnings: ReportItem[];
  /** Problems that make the files wrong: nothing may be written while there is one. */
  errors: ReportItem[];
}

export interface BuildInput {
  company: { employerCode: string; ssmNumber: string | null };
  month: string;
  rows: readonly EmployeeMonth[];
  kinds: readonly AssistKind[];
  /** "YYYY-MM-DD": the month may not be after today's month. */
  today: string;
}

/**
 * The files a month is uploaded with (STATUTORY.md §2.2, corrected): from 2026-06 the 278-character
 * SOCSO + EIS + LINDUNG file ALONE, one upload; before, the SOCSO file and the EIS file (223
 * characters each), two uploads. The 223-character files stay a fallback from 2026-06.
 */
export function defaultKinds(month: string): AssistKind[] {
  return compareMonths(month, rules.LINDUNG_START_MONTH) >= 0 ? ['lindung'] : ['socso', 'eis'];
}

/**
 * The 278-character file already carries SOCSO and EIS: a 223-character file with it for the same
 * month would submit the same contributions twice, so the two are never made together.
 */
export function mixesCombinedWithSeparate(kinds: readonly AssistKind[]): boolean {
  return kinds.includes('lindung') && kinds.some((kind) => kind !== 'lindung');
}

/** "2025-03-10" → "10032025". */
export function ddmmyyyy(date: string): string {
  return `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(0, 4)}`;
}

/** "2025-03" → "032025". */
export function mmyyyy(month: string): string {
  return `${month.slice(5, 7)}${month.slice(0, 4)}`;
}

export interface RowEvent {
  status: StatusCode | null;
  /** DDMMYYYY or null (spaces). */
  date: string | null;
  /** Other events of the month that field 8 could not hold. */
  others: StatusCode[];
}

/** Fields 7 and 8 from the month's events (STATUTORY.md §2.1; order and S/T date CHOSEN in chosen.ts). */
export function rowEvent(row: EmployeeMonth): RowEvent {
  const { employee, events, entry } = row;
  const present: StatusCode[] = [];
  if (events.died) present.push('M');
  if (events.left) present.push('H');
  if (events.joined) present.push('B');
  if (entry?.event) present.push(entry.event);
  const ordered = EVENT_PRIORITY.filter((code) => present.includes(code));
  const status = ordered[0] ?? null;
  let date: string | null = null;
  if ((status === 'M' || status === 'H') && employee.leaveDate) date = ddmmyyyy(employee.leaveDate);
  else if (status === 'B' && employee.hireDate) date = ddmmyyyy(employee.hireDate);
  else if ((status === 'S' || status === 'T') && DATE_FOR_LEAVE_EVENTS === 'first-of-month') date = ddmmyyyy(`${row.result.month}-01`);
  return { status, date, others: ordered.slice(1) };
}

/** The files for the kinds asked, in the order asked. */
export function buildAssistFiles(input: BuildInput): BuildResult {
  const { company, month, rows, kinds, today } = input;
  const warnings: ReportItem[] = [];
  const errors: ReportItem[] = [];
  const leftOut: LeftOut[] = [];
  const nameChanges: NameChangeReport[] = [];

  const employerCode = compactId(company.employerCode);
  if (employerCode === '') errors.push({ key: 'assist.error.employerCodeMissing', params: {} });
  else if (employerCode.length !== EMPLOYER_CODE_EXPECTED_LENGTH) {
    warnings.push({ key: 'assist.warning.employerCodeShape', params: { code: employerCode, expected: EMPLOYER_CODE_EXPECTED_LENGTH } });
  }
  if (isMonthAfterDate(month, today)) errors.push({ key: 'assist.error.futureMonth', params: { month } });
  if (kinds.includes('lindung') && compareMonths(month, rules.LINDUNG_START_MONTH) < 0) {
    errors.push({ key: 'assist.error.combinedBeforeLindung', params: { month, first: rules.LINDUNG_START_MONTH } });
  }
  if (mixesCombinedWithSeparate(kinds)) errors.push({ key: 'assist.error.combinedWithSeparate', params: { month } });
  const ssm = company.ssmNumber ? toAsciiUpper(company.ssmNumber, 20).text : '';

  // What every file shares per employee: the ID, the name as written, the events.
  const prepared = rows.map((row) => {
    const e = row.employee;
    const idNumber = compactId(e.perkesoId);
    const name = toAsciiUpper(e.name, 150);
    const plain = e.name.replace(/\s+/g, ' ').trim().toUpperCase();
    if (name.text !== plain) {
      nameChanges.push({ employeeId: e.id, idNumber, original: e.name, written: name.text, changes: name.changes, removed: name.removed.join('') });
    }
    const event = rowEvent(row);
    if (event.others.length > 0) {
      warnings.push({
        key: 'assist.warning.severalEvents',
        params: { name: name.text, idNumber, written: event.status ?? '', others: event.others.join(', ') },
      });
    }
    return { row, idNumber, name: name.text, event };
  });
  for (const p of prepared) {
    if (p.idNumber === '') errors.push({ key: 'assist.error.idMissing', params: { name: p.name || p.row.employee.name } });
    if (p.name === '') errors.push({ key: 'assist.error.nameEmpty', params: { idNumber: p.idNumber, original: p.row.employee.name } });
  }

  if (DATE_FOR_LEAVE_EVENTS === 'spaces' && kinds.some((k) => k !== 'lindung') && prepared.some((p) => p.event.status === 'S' || p.event.status === 'T')) {
    warnings.push({ key: 'assist.warning.statusLeaveNoDate', params: {} });
  }
  const monthField = mmyyyy(month);
  const files: BuiltFile[] = [];
  for (const kind of kinds) {
    const layout = LAYOUTS[kind];
    const lines: string[] = [];
    const seen = new Map<string, string>();
    const totals: FileTotals = { records: 0, amountSen: 0, amount: '' };
    const parts = { wagesSen: 0, socsoEmployerSen: 0, socsoEmployeeSen: 0, eisEmployerSen: 0, eisEmployeeSen: 0, lindungEmployeeSen: 0 };
    for (const p of prepared) {
      const { result } = p.row;
      const out = (reason: ReportItem) =>
        leftOut.push({ kind, employeeId: p.row.employee.id, name: p.name || p.row.employee.name, idNumber: p.idNumber, reason });
      const identity = { employerCode, ssmNumber: ssm, idNumber: p.idNumber, name: p.name, month: monthField };
      let line: string;
      let amountSen: number;
      if (kind === 'lindung') {
        const amounts = {
          socsoEmployer: result.socso.employerSen,
          socsoEmployee: result.socso.employeeSen,
          eisEmployer: result.eis.employerSen,
          eisEmployee: result.eis.employeeSen,
          lindungEmployee: result.lindung.employeeSen,
        };
        amountSen = amounts.socsoEmployer + amounts.socsoEmployee + amounts.eisEmployer + amounts.eisEmployee + amounts.lindungEmployee;
        if (amountSen === 0 && result.socso.status !== 'applies' && result.eis.status !== 'applies' && result.lindung.status !== 'applies') {
          out(result.socso.reason);
          continue;
        }
        if (amountSen === 0 && LEAVE_OUT_ZERO_AMOUNT_RECORDS) {
          out({ key: 'assist.leftOut.zeroAmount', params: { wages: formatRinggit(p.row.wagesSen) } });
          continue;
        }
        const wagesSen = COMBINED_WAGES_ARE_ACTUAL ? p.row.wagesSen : cappedWages(month, p.row.wagesSen);
        if (p.idNumber === '' || p.name === '') continue;
        line = writeRecord(layout, { ...identity, wages: wagesSen, ...amounts, filler: null });
        parts.wagesSen += wagesSen;
        parts.socsoEmployerSen += amounts.socsoEmployer;
        parts.socsoEmployeeSen += amounts.socsoEmployee;
        parts.eisEmployerSen += amounts.eisEmployer;
        parts.eisEmployeeSen += amounts.eisEmployee;
        parts.lindungEmployeeSen += amounts.lindungEmployee;
      } else {
        const scheme = kind === 'socso' ? result.socso : result.eis;
        if (scheme.status !== 'applies') {
          out(scheme.reason);
          continue;
        }
        amountSen = scheme.employerSen + scheme.employeeSen;
        if (amountSen === 0 && LEAVE_OUT_ZERO_AMOUNT_RECORDS) {
          out({ key: 'assist.leftOut.zeroAmount', params: { wages: formatRinggit(p.row.wagesSen) } });
          continue;
        }
        if (p.idNumber === '' || p.name === '') continue;
        line = writeRecord(layout, { ...identity, amount: amountSen, eventDate: p.event.date, status: p.event.status });
      }
      const first = seen.get(p.idNumber);
      if (first !== undefined) {
        errors.push({ key: 'assist.error.duplicateId', params: { idNumber: p.idNumber, first, second: p.name, file: assistFileName(kind, employerCode, month) } });
      } else seen.set(p.idNumber, p.name);
      lines.push(line);
      totals.records += 1;
      totals.amountSen += amountSen;
    }
    totals.amount = formatRinggit(totals.amountSen);
    if (kind === 'lindung') totals.parts = parts;
    files.push({ kind, fileName: assistFileName(kind, employerCode, month), content: lines.map((l) => l + LINE_END).join(''), totals });
    if (totals.records === 0) warnings.push({ key: 'assist.warning.emptyFile', params: { file: assistFileName(kind, employerCode, month) } });
  }
  return { files, leftOut, nameChanges, warnings, errors };
}

function cappedWages(month: string, wagesSen: number): number {
  const tables = socsoTablesFor(monthIndex(month));
  if (!tables) return wagesSen;
  return Math.min(wagesSen, tables.first.ceiling.fromSen - 1);
}

/**
 * The canonical text of everything that decides the files of a month (company code and SSM, each
 * employee's ID, name, wages, events and amounts). Its sha256 is stored with each generation, and
 * a fresh one that differs means the data changed since the files were made.
 */
export function fingerprintSource(company: { employerCode: string; ssmNumber: string | null }, month: string, rows: readonly EmployeeMonth[]): string {
  const people = [...rows]
    .sort((a, b) => a.employee.id - b.employee.id)
    .map((row) => {
      const r = row.result;
      const event = rowEvent(row);
      return [
        row.employee.id,
        row.employee.perkesoId,
        row.employee.name,
        row.wagesSen,
        event.status,
        event.date,
        r.category,
        [r.socso.status, r.socso.employerSen, r.socso.employeeSen],
        [r.eis.status, r.eis.employerSen, r.eis.employeeSen],
        [r.lindung.status, r.lindung.employerSen, r.lindung.employeeSen],
      ];
    });
  return JSON.stringify({ v: 1, employerCode: company.employerCode, ssmNumber: company.ssmNumber, month, people });
}
