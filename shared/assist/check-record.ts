// Step 4 of the checker: the rules of a record as a whole: who (employer code, ID, name), which
// month, what the company's records say of the person, then the amounts (check-amounts.ts).
// Rules across records (an ID twice, months mixed) use the file's state, passed in.
import { monthIndex, tryMonthIndex } from '../calendar';
import { rules } from '../statutory';
import { EMPLOYER_CODE_EXPECTED_LENGTH, LEAVE_OUT_ZERO_AMOUNT_RECORDS } from './chosen';
import { check223Amount, checkCombinedAmounts, type CombinedAmounts } from './check-amounts';
import { checkFields } from './check-fields';
import { problemAt, type CheckProblem } from './check-problem';
import { fieldOf, type Layout } from './layouts';
import { readRecord, type RawField } from './record';
import type { CheckContext, CheckedRecord, DetectedLayout } from './check';
import type { Line } from './check-lines';

/** What the rules across records remember while the file is read, line by line. */
export interface FileState {
  /** Today's month as an index, or null when today is not a date. */
  readonly todayIdx: number | null;
  readonly context: CheckContext | undefined;
  /** The company's employer code, upper case, when checking against a company. */
  readonly contextCode: string | null;
  /** ID → the first line it was on. */
  readonly seenIds: Map<string, number>;
  firstMonth: string | null;
}

export function newFileState(today: string, context: CheckContext | undefined): FileState {
  const todayIdx = /^\d{4}-\d{2}-\d{2}$/.test(today) ? tryMonthIndex(today.slice(0, 7)) : -1;
  return {
    todayIdx: todayIdx < 0 ? null : todayIdx,
    context,
    contextCode: context ? context.employerCode.trim().toUpperCase() : null,
    seenIds: new Map(),
    firstMonth: null,
  };
}

/** The parts of a 278-character record, summed into the file's totals. */
export type RecordParts = Record<'wagesSen' | 'socsoEmployerSen' | 'socsoEmployeeSen' | 'eisEmployerSen' | 'eisEmployeeSen' | 'lindungEmployeeSen', number>;

export interface RecordCheck {
  /** Null for a line that is not a record (empty, or of the wrong length). */
  record: CheckedRecord | null;
  parts: RecordParts | null;
  problems: CheckProblem[];
}

export function checkRecordLine(layout: Layout, detected: DetectedLayout, line: Line, file: FileState): RecordCheck {
  const n = line.number;
  if (line.text.length === 0) return { record: null, parts: null, problems: [problemAt(n, 1, 'assist.check.emptyLine', {})] };
  if (line.text.length !== layout.length) {
    const problem = problemAt(n, Math.min(line.text.length, layout.length) + 1, 'assist.check.wrongLength', { length: line.text.length, expected: layout.length });
    return { record: null, parts: null, problems: [problem] };
  }
  const fields = readRecord(layout, line.text);
  const byName = new Map<string, RawField>(fields.map((f) => [f.field.name, f]));
  const get = (name: string) => byName.get(name) as RawField;
  const checkedFields = checkFields(fields, n);
  const who = checkIdentity(get, n, file);
  const problems = [...checkedFields.problems, ...who.problems];

  const record: CheckedRecord = { line: n, employerCode: who.employerCode, idNumber: who.idNumber, name: who.name, month: who.month, amountSen: null };
  const idStart = get('idNumber').field.start;
  const known = file.context && who.month && who.idNumber ? file.context.lookup(who.idNumber, who.month) : null;
  if (file.context && who.month && who.idNumber && !known) problems.push(problemAt(n, idStart, 'assist.check.unknownEmployee', { value: who.idNumber }, 'warning'));

  const numbers = checkedFields.numbers;
  const v = (name: string) => numbers.get(name) ?? null;
  let parts: RecordParts | null = null;
  if (layout.kind === 'lindung') {
    const wages = v('wages');
    const amounts: CombinedAmounts = { socsoEmployer: v('socsoEmployer'), socsoEmployee: v('socsoEmployee'), eisEmployer: v('eisEmployer'), eisEmployee: v('eisEmployee'), lindungEmployee: v('lindungEmployee') };
    const all = Object.values(amounts);
    const complete = all.every((x) => x !== null);
    record.wagesSen = wages;
    record.amountSen = complete ? all.reduce<number>((s, x) => s + (x as number), 0) : null;
    parts = {
      wagesSen: wages ?? 0,
      socsoEmployerSen: complete ? (amounts.socsoEmployer as number) : 0,
      socsoEmployeeSen: complete ? (amounts.socsoEmployee as number) : 0,
      eisEmployerSen: complete ? (amounts.eisEmployer as number) : 0,
      eisEmployeeSen: complete ? (amounts.eisEmployee as number) : 0,
      lindungEmployeeSen: complete ? (amounts.lindungEmployee as number) : 0,
    };
    if (who.month !== null && wages !== null) problems.push(...checkCombinedAmounts(layout, who.month, wages, amounts, n));
    if (known && !known.eisEligible && ((amounts.eisEmployer ?? 0) > 0 || (amounts.eisEmployee ?? 0) > 0)) {
      problems.push(problemAt(n, fieldOf(layout, 'eisEmployer').start, 'assist.check.eisIneligible', { value: who.idNumber, name: known.name }));
    }
  } else {
    const amount = v('amount');
    const status = get('status').raw;
    const date = get('eventDate').raw;
    record.amountSen = amount;
    record.status = status.trim();
    record.eventDate = date.trim();
    const dateStart = fieldOf(layout, 'eventDate').start;
    if ((status === 'B' || status === 'H' || status === 'M') && date.trim() === '') problems.push(problemAt(n, dateStart, 'assist.check.statusWithoutDate', { status }, 'warning'));
    if (date.trim() !== '' && status === ' ') problems.push(problemAt(n, dateStart, 'assist.check.dateWithoutStatus', { value: date }, 'warning'));
    if (who.month !== null && amount !== null && amount > 0) problems.push(...check223Amount(detected, who.month, amount, known, n, fieldOf(layout, 'amount').start));
    if (known && detected === 'eis' && !known.eisEligible) problems.push(problemAt(n, idStart, 'assist.check.eisIneligible', { value: who.idNumber, name: known.name }));
  }
  if (record.amountSen === 0) {
    const column = fieldOf(layout, layout.kind === 'lindung' ? 'socsoEmployer' : 'amount').start;
    problems.push(problemAt(n, column, 'assist.check.zeroAmount', {}, LEAVE_OUT_ZERO_AMOUNT_RECORDS ? 'error' : 'warning'));
  }
  return { record, parts, problems };
}

interface Identity {
  employerCode: string;
  idNumber: string;
  name: string;
  /** "YYYY-MM", or null when field 5 is not a month Caruman can check. */
  month: string | null;
  problems: CheckProblem[];
}

/** Employer code, ID (and an ID seen before), name and month (future, too early, or not the file's first). */
function checkIdentity(get: (name: string) => RawField, n: number, file: FileState): Identity {
  const problems: CheckProblem[] = [];
  const employerCode = get('employerCode').value.trim();
  if (employerCode !== '') {
    if (!/^[A-Z0-9]+$/.test(employerCode)) problems.push(problemAt(n, 1, 'assist.check.employerCodeCharacters', { value: employerCode }));
    else if (employerCode.length !== EMPLOYER_CODE_EXPECTED_LENGTH) {
      problems.push(problemAt(n, 1, 'assist.check.employerCodeShape', { value: employerCode, expected: EMPLOYER_CODE_EXPECTED_LENGTH }, 'warning'));
    }
    if (file.contextCode !== null && employerCode !== file.contextCode) {
      problems.push(problemAt(n, 1, 'assist.check.employerCodeOther', { value: employerCode, expected: file.contextCode }));
    }
  }

  const idField = get('idNumber');
  const idNumber = idField.value.trim();
  if (idNumber !== '') {
    const start = idField.field.start;
    if (idNumber.includes('-')) problems.push(problemAt(n, start + idField.raw.indexOf('-'), 'assist.check.idDash', { value: idNumber }));
    else if (!/^[A-Za-z0-9]+$/.test(idNumber)) problems.push(problemAt(n, start, 'assist.check.idCharacters', { value: idNumber }));
    else if (idNumber !== idNumber.toUpperCase()) problems.push(problemAt(n, start, 'assist.check.idLowercase', { value: idNumber }, 'warning'));
    const first = file.seenIds.get(idNumber);
    if (first !== undefined) problems.push(problemAt(n, start, 'assist.check.duplicateId', { value: idNumber, first }));
    else file.seenIds.set(idNumber, n);
  }

  const nameField = get('name');
  const name = nameField.value.trim();
  if (/[a-z]/.test(name)) problems.push(problemAt(n, nameField.field.start, 'assist.check.nameLowercase', { value: name }, 'warning'));

  const monthField = get('month');
  let month: string | null = null;
  if (monthField.raw.trim() !== '') {
    const start = monthField.field.start;
    const m = /^(0[1-9]|1[0-2])(\d{4})$/.exec(monthField.raw);
    if (!m) problems.push(problemAt(n, start, 'assist.check.badMonth', { value: monthField.raw }));
    else {
      month = `${m[2]}-${m[1]}`;
      const idx = tryMonthIndex(month);
      if (file.todayIdx !== null && idx > file.todayIdx) problems.push(problemAt(n, start, 'assist.check.futureMonth', { month }));
      else if (idx < monthIndex(rules.FIRST_SUPPORTED_MONTH)) {
        problems.push(problemAt(n, start, 'assist.check.monthTooEarly', { month, first: rules.FIRST_SUPPORTED_MONTH }));
        month = null;
      }
      if (file.firstMonth === null) file.firstMonth = month;
      else if (month !== null && month !== file.firstMonth) problems.push(problemAt(n, start, 'assist.check.mixedMonths', { month, first: file.firstMonth }, 'warning'));
    }
  }
  return { employerCode, idNumber, name, month, problems };
}
