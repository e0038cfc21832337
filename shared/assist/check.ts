// Reads any ASSIST text file (ours or another program's) and lists what the portal would reject or
// what looks wrong, with line and column. Pure: the bytes come in, problems (message keys) go out.
import { formatRinggit } from '../money/sen';
import { monthIndex, tryMonthIndex } from '../calendar';
import { eisTableFor, findRow, lindungTableFor, rules, socsoTablesFor, type RateTable } from '../statutory';
import { EMPLOYER_CODE_EXPECTED_LENGTH, LEAVE_OUT_ZERO_AMOUNT_RECORDS } from './chosen';
import type { FileTotals, MessageParams, ReportItem } from './build';
import { COMBINED_278, EIS_223, SOCSO_223, STATUS_CODES, type AssistKind, type Field, type Layout } from './layouts';
import { readRecord, type RawField } from './record';

/** What the file is: one of the layouts, a 223-character file whose scheme is unknown, KWSP's Form A (shared/epf/form-a), or unknown. */
export type DetectedLayout = AssistKind | 'socso-or-eis' | 'epf' | null;

export interface CheckProblem {
  /** 1-based line; 0 for the file as a whole. */
  line: number;
  /** 1-based column (byte position in the line), or null for the whole line or file. */
  column: number | null;
  key: string;
  params: MessageParams;
  severity: 'error' | 'warning';
}

/** What the app knows of an employee, for checking a file against a company's records. */
export interface KnownEmployee {
  name: string;
  eisEligible: boolean;
  /** Why not eligible (a statutory message), when not. */
  eisReason?: ReportItem;
  /** SOCSO employer + employee computed from stored wages for the month; null when no wages are stored. */
  socsoSen: number | null;
  /** EIS employer + employee computed from stored wages; null when no wages are stored. */
  eisSen: number | null;
}

export interface CheckContext {
  employerCode: string;
  /** The employee with this file ID in the company, as of the month "YYYY-MM"; null when unknown. */
  lookup(idNumber: string, month: string): KnownEmployee | null;
}

export interface CheckInput {
  bytes: Uint8Array;
  /** The file's name, used as a hint for 223-character files (SOCSO_, PERKESO, 8A → SOCSO; EIS_, SIP → EIS). */
  fileName?: string;
  /** Overrides the name hint. */
  kind?: AssistKind;
  /** "YYYY-MM-DD": records for a later month are errors. */
  today: string;
  context?: CheckContext;
}

export interface CheckedRecord {
  line: number;
  employerCode: string;
  idNumber: string;
  name: string;
  /** "YYYY-MM", or null when field 5 is not a month. */
  month: string | null;
  /** Field 6 of a 223 file; fields 7–11 added up for the 278 file; null when not numeric. */
  amountSen: number | null;
  wagesSen?: number | null;
  status?: string;
  eventDate?: string;
}

export interface CheckResult {
  layout: DetectedLayout;
  /** How the layout was decided: 'length', 'fileName', 'given', 'content' (a Form A header) or 'unknown'. */
  layoutSource: 'length' | 'fileName' | 'given' | 'content' | 'unknown';
  records: CheckedRecord[];
  totals: FileTotals;
  problems: CheckProblem[];
  errors: number;
  warnings: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** The scheme a file name points to, for a 223-character file. */
export function kindFromFileName(fileName: string | undefined): 'socso' | 'eis' | null {
  if (!fileName) return null;
  const base = (fileName.split(/[\\/]/).pop() ?? '').toUpperCase();
  if (/^(EIS|SIP)(?![A-Z])/.test(base)) return 'eis';
  if (/^(SOCSO|PERKESO|BORANG ?8A|8A)(?![A-Z])/.test(base)) {
    // "SOCSO-EIS-LINDUNG_…" is the 278 file; its length decides it anyway.
    return 'socso';
  }
  return null;
}

interface Line {
  number: number;
  text: string;
  /** Byte offset of the line in the file (for nothing but debugging). */
  offset: number;
}

export function checkAssistFile(input: CheckInput): CheckResult {
  const problems: CheckProblem[] = [];
  const problem = (line: number, column: number | null, key: string, params: MessageParams, severity: 'error' | 'warning' = 'error') =>
    problems.push({ line, column, key, params, severity });

  // 1. Lines, line ends and characters.
  const { bytes } = input;
  const lines: Line[] = [];
  let start = 0;
  let number = 0;
  while (start < bytes.length) {
    number += 1;
    let end = start;
    while (end < bytes.length && bytes[end] !== LF) end++;
    const hasLf = end < bytes.length;
    const hasCr = end > start && bytes[end - 1] === CR;
    const textEnd = hasCr ? end - 1 : end;
    let text = '';
    let nonAscii = 0;
    let firstNonAscii = -1;
    let control = 0;
    let firstControl = -1;
    for (let i = start; i < textEnd; i++) {
      const b = bytes[i] as number;
      text += String.fromCharCode(b);
      if (b > 0x7e) {
        nonAscii++;
        if (firstNonAscii < 0) firstNonAscii = i - start;
      } else if (b < 0x20) {
        control++;
        if (firstControl < 0) firstControl = i - start;
      }
    }
    if (!hasLf || !hasCr) problem(number, textEnd - start + 1, hasLf ? 'assist.check.lfWithoutCr' : 'assist.check.noLineEnd', {});
    if (nonAscii > 0) problem(number, firstNonAscii + 1, 'assist.check.nonAscii', { count: nonAscii, byte: hex(bytes[start + firstNonAscii] as number) });
    if (control > 0) {
      const b = bytes[start + firstControl] as number;
      problem(number, firstControl + 1, b === 0x09 ? 'assist.check.tab' : 'assist.check.controlCharacter', { count: control, byte: hex(b) });
    }
    lines.push({ number, text, offset: start });
    start = hasLf ? end + 1 : bytes.length;
  }

  // 2. Which layout.
  let layout: Layout | null = null;
  let detected: DetectedLayout = null;
  let layoutSource: CheckResult['layoutSource'] = 'unknown';
  const count223 = lines.filter((l) => l.text.length === 223).length;
  const count278 = lines.filter((l) => l.text.length === 278).length;
  if (lines.length === 0) problem(0, null, 'assist.check.emptyFile', {});
  else if (count278 > count223) {
    layout = COMBINED_278;
    detected = 'lindung';
    layoutSource = 'length';
  } else if (count223 > 0) {
    const hinted = input.kind === 'socso' || input.kind === 'eis' ? input.kind : kindFromFileName(input.fileName);
    layoutSource = input.kind === 'socso' || input.kind === 'eis' ? 'given' : hinted ? 'fileName' : 'unknown';
    detected = hinted ?? 'socso-or-eis';
    layout = hinted === 'eis' ? EIS_223 : SOCSO_223;
  } else {
    const lengths = [...new Set(lines.map((l) => l.text.length))].slice(0, 5).join(', ');
    problem(0, null, 'assist.check.unknownLayout', { lengths });
  }

  const records: CheckedRecord[] = [];
  const totals: FileTotals = { records: 0, amountSen: 0, amount: formatRinggit(0) };
  if (layout) {
    checkRecords(layout, detected, lines, input, records, totals, problem);
  }
  totals.amount = formatRinggit(totals.amountSen);
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { layout: detected, layoutSource, records, totals, problems, errors, warnings: problems.length - errors };
}

const BLANK_KEYS: Readonly<Record<string, string>> = {
  employerCode: 'assist.check.blank.employerCode',
  idNumber: 'assist.check.blank.idNumber',
  name: 'assist.check.blank.name',
  month: 'assist.check.blank.month',
};

type Report = (line: number, column: number | null, key: string, params: MessageParams, severity?: 'error' | 'warning') => void;

function checkRecords(
  layout: Layout,
  detected: DetectedLayout,
  lines: readonly Line[],
  input: CheckInput,
  records: CheckedRecord[],
  totals: FileTotals,
  problem: Report,
): void {
  const todayIdx = todayMonthIndex(input.today);
  const seenIds = new Map<string, number>();
  let firstMonth: string | null = null;
  const parts = { wagesSen: 0, socsoEmployerSen: 0, socsoEmployeeSen: 0, eisEmployerSen: 0, eisEmployeeSen: 0, lindungEmployeeSen: 0 };
  const context = input.context;
  const contextCode = context ? context.employerCode.trim().toUpperCase() : null;

  for (const line of lines) {
    const n = line.number;
    if (line.text.length === 0) {
      problem(n, 1, 'assist.check.emptyLine', {});
      continue;
    }
    if (line.text.length !== layout.length) {
      problem(n, Math.min(line.text.length, layout.length) + 1, 'assist.check.wrongLength', { length: line.text.length, expected: layout.length });
      continue;
    }
    const fields = readRecord(layout, line.text);
    const byName = new Map<string, RawField>(fields.map((f) => [f.field.name, f]));
    const get = (name: string) => byName.get(name) as RawField;
    const numbers = new Map<string, number | null>();

    for (const f of fields) {
      const { field, raw, value } = f;
      const col = field.start;
      const base = { field: field.number };
      if (field.required && raw.trim() === '') {
        problem(n, col, BLANK_KEYS[field.name] ?? 'assist.check.blank', base);
        continue;
      }
      switch (field.kind) {
        case 'numeric':
          numbers.set(field.name, checkNumeric(field, raw, n, problem));
          break;
        case 'date':
          if (raw.trim() !== '' && !validDdmmyyyy(raw)) problem(n, col, 'assist.check.badDate', { ...base, value: raw.trim() });
          break;
        case 'status':
          if (raw !== ' ' && !(STATUS_CODES as readonly string[]).includes(raw)) problem(n, col, 'assist.check.badStatus', { ...base, value: raw });
          break;
        case 'filler':
          if (raw.trim() !== '') problem(n, col, 'assist.check.fillerNotBlank', base, 'warning');
          break;
        case 'month':
        case 'alnum':
          if (raw !== raw.trimStart() && raw.trim() !== '') problem(n, col, 'assist.check.leadingSpace', base, 'warning');
          void value;
          break;
      }
    }

    // Employer code.
    const employerCode = get('employerCode').value.trim();
    if (employerCode !== '') {
      if (!/^[A-Z0-9]+$/.test(employerCode)) problem(n, 1, 'assist.check.employerCodeCharacters', { value: employerCode });
      else if (employerCode.length !== EMPLOYER_CODE_EXPECTED_LENGTH) {
        problem(n, 1, 'assist.check.employerCodeShape', { value: employerCode, expected: EMPLOYER_CODE_EXPECTED_LENGTH }, 'warning');
      }
      if (contextCode !== null && employerCode !== contextCode) problem(n, 1, 'assist.check.employerCodeOther', { value: employerCode, expected: contextCode });
    }

    // ID.
    const idField = get('idNumber');
    const idNumber = idField.value.trim();
    if (idNumber !== '') {
      if (idNumber.includes('-')) problem(n, idField.field.start + idField.raw.indexOf('-'), 'assist.check.idDash', { value: idNumber });
      else if (!/^[A-Za-z0-9]+$/.test(idNumber)) problem(n, idField.field.start, 'assist.check.idCharacters', { value: idNumber });
      else if (idNumber !== idNumber.toUpperCase()) problem(n, idField.field.start, 'assist.check.idLowercase', { value: idNumber }, 'warning');
      const first = seenIds.get(idNumber);
      if (first !== undefined) problem(n, idField.field.start, 'assist.check.duplicateId', { value: idNumber, first });
      else seenIds.set(idNumber, n);
    }

    // Name.
    const nameField = get('name');
    const name = nameField.value.trim();
    if (/[a-z]/.test(name)) problem(n, nameField.field.start, 'assist.check.nameLowercase', { value: name }, 'warning');

    // Month.
    const monthField = get('month');
    let month: string | null = null;
    if (monthField.raw.trim() !== '') {
      const m = /^(0[1-9]|1[0-2])(\d{4})$/.exec(monthField.raw);
      if (!m) problem(n, monthField.field.start, 'assist.check.badMonth', { value: monthField.raw });
      else {
        month = `${m[2]}-${m[1]}`;
        const idx = tryMonthIndex(month);
        if (todayIdx !== null && idx > todayIdx) problem(n, monthField.field.start, 'assist.check.futureMonth', { month });
        else if (idx < monthIndex(rules.FIRST_SUPPORTED_MONTH)) {
          problem(n, monthField.field.start, 'assist.check.monthTooEarly', { month, first: rules.FIRST_SUPPORTED_MONTH });
          month = null;
        }
        if (firstMonth === null) firstMonth = month;
        else if (month !== null && month !== firstMonth) problem(n, monthField.field.start, 'assist.check.mixedMonths', { month, first: firstMonth }, 'warning');
      }
    }

    // Dates and status.
    const record: CheckedRecord = { line: n, employerCode, idNumber, name, month, amountSen: null };
    const known = context && month && idNumber ? context.lookup(idNumber, month) : null;
    if (context && month && idNumber && !known) problem(n, idField.field.start, 'assist.check.unknownEmployee', { value: idNumber }, 'warning');

    if (layout.kind === 'lindung') {
      const v = (name: string) => numbers.get(name) ?? null;
      const wages = v('wages');
      const amounts = { socsoEmployer: v('socsoEmployer'), socsoEmployee: v('socsoEmployee'), eisEmployer: v('eisEmployer'), eisEmployee: v('eisEmployee'), lindungEmployee: v('lindungEmployee') };
      const all = Object.values(amounts);
      record.wagesSen = wages;
      record.amountSen = all.every((x) => x !== null) ? all.reduce<number>((s, x) => s + (x as number), 0) : null;
      if (record.amountSen !== null) {
        parts.socsoEmployerSen += amounts.socsoEmployer as number;
        parts.socsoEmployeeSen += amounts.socsoEmployee as number;
        parts.eisEmployerSen += amounts.eisEmployer as number;
        parts.eisEmployeeSen += amounts.eisEmployee as number;
        parts.lindungEmployeeSen += amounts.lindungEmployee as number;
      }
      if (wages !== null) parts.wagesSen += wages;
      if (month !== null && wages !== null) checkCombinedAmounts(layout, month, wages, amounts, n, problem);
      if (known && !known.eisEligible && ((amounts.eisEmployer ?? 0) > 0 || (amounts.eisEmployee ?? 0) > 0)) {
        problem(n, fieldStart(layout, 'eisEmployer'), 'assist.check.eisIneligible', { value: idNumber, name: known.name });
      }
    } else {
      const amount = numbers.get('amount') ?? null;
      record.amountSen = amount;
      const status = get('status').raw;
      const date = get('eventDate').raw;
      record.status = status.trim();
      record.eventDate = date.trim();
      if ((status === 'B' || status === 'H' || status === 'M') && date.trim() === '') {
        problem(n, fieldStart(layout, 'eventDate'), 'assist.check.statusWithoutDate', { status }, 'warning');
      }
      if (date.trim() !== '' && status === ' ') problem(n, fieldStart(layout, 'eventDate'), 'assist.check.dateWithoutStatus', { value: date }, 'warning');
      if (month !== null && amount !== null && amount > 0) check223Amount(detected, month, amount, known, n, fieldStart(layout, 'amount'), problem);
      if (known && detected === 'eis' && !known.eisEligible) {
        problem(n, idField.field.start, 'assist.check.eisIneligible', { value: idNumber, name: known.name });
      }
    }
    if (record.amountSen === 0) {
      problem(n, fieldStart(layout, layout.kind === 'lindung' ? 'socsoEmployer' : 'amount'), 'assist.check.zeroAmount', {}, LEAVE_OUT_ZERO_AMOUNT_RECORDS ? 'error' : 'warning');
    }
    records.push(record);
    totals.records += 1;
    totals.amountSen += record.amountSen ?? 0;
  }
  if (layout.kind === 'lindung') totals.parts = parts;
}

function fieldStart(layout: Layout, name: string): number {
  return (layout.fields.find((f) => f.name === name) as Field).start;
}

/** The number in a numeric field, or null (with a problem) when it is not one as declared. */
function checkNumeric(field: Field, raw: string, line: number, problem: Report): number | null {
  const digitsAt = raw.search(/[0-9]/);
  const body = digitsAt < 0 ? '' : raw.slice(digitsAt);
  const lead = digitsAt < 0 ? raw : raw.slice(0, digitsAt);
  if (body === '' || !/^[0-9]+$/.test(body) || !/^ *$/.test(lead)) {
    // Spaces after the digits, a sign, a decimal point, letters…
    const bad = [...raw].findIndex((c, i) => !(c >= '0' && c <= '9') && !(c === ' ' && i < (digitsAt < 0 ? raw.length : digitsAt)));
    problem(line, field.start + Math.max(0, bad), 'assist.check.notNumeric', { field: field.number, value: raw.trim() });
    return null;
  }
  if (field.pad === '0' && lead.length > 0) problem(line, field.start, 'assist.check.padding.zeros', { field: field.number }, 'warning');
  if (field.pad === ' ' && body.length > 1 && body.startsWith('0')) problem(line, field.start, 'assist.check.padding.spaces', { field: field.number }, 'warning');
  return Number(body);
}

function validDdmmyyyy(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(raw);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= dim;
}

function todayMonthIndex(today: string): number | null {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(today);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

// Every table total for a month, by scheme, so a 223 file from anywhere can be checked for amounts
// no table row gives (its wages are not in the file).
const totalsCache = new Map<string, Set<number>>();
function tableTotals(scheme: 'socso' | 'eis', idx: number): Set<number> {
  const tables: RateTable[] = [];
  if (scheme === 'socso') {
    const s = socsoTablesFor(idx);
    if (s) tables.push(s.first, s.second);
  } else {
    const e = eisTableFor(idx);
    if (e) tables.push(e);
  }
  const key = tables.map((t) => t.id).join('+');
  let set = totalsCache.get(key);
  if (!set) {
    set = new Set(tables.flatMap((t) => t.rows.map((r) => r.totalSen)));
    totalsCache.set(key, set);
  }
  return set;
}

function check223Amount(
  detected: DetectedLayout,
  month: string,
  amount: number,
  known: KnownEmployee | null,
  line: number,
  column: number,
  problem: Report,
): void {
  const idx = monthIndex(month);
  const found = formatRinggit(amount);
  if (detected === 'socso' || detected === 'eis') {
    const totals = tableTotals(detected, idx);
    if (totals.size === 0) {
      problem(line, column, detected === 'eis' ? 'assist.check.eisNotInForce' : 'assist.check.amountNotInTable', { found, month });
      return;
    }
    if (!totals.has(amount)) {
      problem(line, column, 'assist.check.amountNotInTable', { found, month });
      return;
    }
    const expected = known ? (detected === 'socso' ? known.socsoSen : known.eisSen) : null;
    if (expected !== null && expected !== amount) {
      problem(line, column, 'assist.check.amountDiffersFromRecords', { found, expected: formatRinggit(expected) });
    }
    return;
  }
  // A 223 file whose scheme is not known: the amount must be some SOCSO or EIS table total.
  if (!tableTotals('socso', idx).has(amount) && !tableTotals('eis', idx).has(amount)) {
    problem(line, column, 'assist.check.amountNotInTable', { found, month });
  } else if (known && known.socsoSen !== amount && known.eisSen !== amount && (known.socsoSen !== null || known.eisSen !== null)) {
    problem(line, column, 'assist.check.amountDiffersFromRecords', { found, expected: formatRinggit(known.socsoSen ?? known.eisSen ?? 0) }, 'warning');
  }
}

/** The 278 file carries the wages: every scheme amount must be the table's for those wages. */
function checkCombinedAmounts(
  layout: Layout,
  month: string,
  wagesSen: number,
  a: Record<'socsoEmployer' | 'socsoEmployee' | 'eisEmployer' | 'eisEmployee' | 'lindungEmployee', number | null>,
  line: number,
  problem: Report,
): void {
  const idx = monthIndex(month);
  const mismatch = (name: keyof typeof a, expected: number, table: string) => {
    const found = a[name];
    if (found === null || found === expected) return;
    problem(line, fieldStart(layout, name), 'assist.check.amountMismatch', {
      field: (layout.fields.find((f) => f.name === name) as Field).number,
      found: formatRinggit(found),
      expected: formatRinggit(expected),
      wages: formatRinggit(wagesSen),
      table,
    });
  };
  const row = (table: RateTable) => (wagesSen === 0 ? null : findRow(table, wagesSen));

  // SOCSO: an employee share means Category 1; an employer share alone means Category 2.
  const socso = socsoTablesFor(idx);
  if (socso && ((a.socsoEmployer ?? 0) > 0 || (a.socsoEmployee ?? 0) > 0)) {
    const table = (a.socsoEmployee ?? 0) > 0 ? socso.first : socso.second;
    const r = row(table);
    mismatch('socsoEmployer', r?.employerSen ?? 0, table.id);
    mismatch('socsoEmployee', r?.employeeSen ?? 0, table.id);
  }
  const eis = eisTableFor(idx);
  if ((a.eisEmployer ?? 0) > 0 || (a.eisEmployee ?? 0) > 0) {
    if (!eis) problem(line, fieldStart(layout, 'eisEmployer'), 'assist.check.eisNotInForce', { month, found: formatRinggit((a.eisEmployer ?? 0) + (a.eisEmployee ?? 0)) });
    else {
      const r = row(eis);
      mismatch('eisEmployer', r?.employerSen ?? 0, eis.id);
      mismatch('eisEmployee', r?.employeeSen ?? 0, eis.id);
    }
  }
  if ((a.lindungEmployee ?? 0) > 0) {
    const lindung = lindungTableFor(idx);
    if (!lindung) problem(line, fieldStart(layout, 'lindungEmployee'), 'assist.check.lindungNotInForce', { month, first: rules.LINDUNG_START_MONTH });
    else mismatch('lindungEmployee', row(lindung.table)?.employeeSen ?? 0, lindung.table.id);
  }
}
