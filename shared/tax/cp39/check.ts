// Reads any CP39 file (Caruman's or another program's) and lists what LHDN's e-PCB Plus would
// refuse or what looks wrong, with line and column. Pure: the bytes come in, problems (message
// keys) go out. Driven by the layout declarations in layout.ts, like the writer.
import type { CheckProblem } from '../../assist/check';
import { formatRinggit } from '../../money/sen';
import { hexByte as hex, scanLines } from '../../file-check/lines';
import { CP39_NAME_CHARACTERS, TAX_NUMBER_REQUIRED } from './chosen';
import { CP39_DETAIL, CP39_FILE_NAME, CP39_HEADER, cp39Field, readCp39Record, type Cp39Field, type Cp39Record } from './layout';

/** What the app knows of the company, for checking a file against its records (phase 2: the pay run). */
export interface Cp39CheckContext {
  /** The company's E number as the file writes it: 10 digits, zero-padded; null when the company has none recorded. */
  employerNumber: string | null;
  /** The employee with this 11-digit TIN in the company for the month "YYYY-MM", with the PCB and CP38 stored for it; null when unknown. */
  lookup(taxNumber: string, month: string): { name: string; pcbSen: number | null; cp38Sen: number | null } | null;
}

export interface Cp39CheckInput {
  bytes: Uint8Array;
  /** The file's name: checked against the name pattern and the header. */
  fileName?: string;
  /** "YYYY-MM-DD": a file for a later month is an error. */
  today: string;
  context?: Cp39CheckContext;
}

export interface Cp39CheckedRecord {
  line: number;
  taxNumber: string;
  name: string;
  oldIc: string;
  newIc: string;
  passport: string;
  countryCode: string;
  /** Null when the field is not a number. */
  mtdSen: number | null;
  cp38Sen: number | null;
  employeeNumber: string;
}

export interface Cp39Header {
  hqEmployerNumber: string;
  employerNumber: string;
  /** "YYYY-MM", or null when the year or month is not valid. */
  month: string | null;
  totalMtdSen: number | null;
  mtdRecords: number | null;
  totalCp38Sen: number | null;
  cp38Records: number | null;
}

export interface Cp39CheckResult {
  header: Cp39Header | null;
  records: Cp39CheckedRecord[];
  /** What the records add up to (the header must say the same). */
  totals: { records: number; mtdSen: number; mtdRecords: number; cp38Sen: number; cp38Records: number };
  problems: CheckProblem[];
  errors: number;
  warnings: number;
}

type Report = (line: number, column: number | null, key: string, params?: CheckProblem['params'], severity?: CheckProblem['severity']) => void;

interface Line {
  number: number;
  text: string;
}

const LF = 0x0a;
const CR = 0x0d;

/** True when the bytes look like a CP39 file (an H record of about 57 characters first, D records of about 136), or the name says so. */
export function looksLikeCp39(bytes: Uint8Array, fileName?: string): boolean {
  if (fileName && CP39_FILE_NAME.test(baseName(fileName))) return true;
  let cp39Like = 0;
  let other = 0;
  let start = 0;
  for (let seen = 0; start < bytes.length && seen < 50; seen++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== LF) end++;
    const length = end > start && bytes[end - 1] === CR ? end - 1 - start : end - start;
    const first = bytes[start];
    if (first === 0x48 /* H */ && Math.abs(length - CP39_HEADER.length) <= 5) cp39Like++;
    else if (first === 0x44 /* D */ && Math.abs(length - CP39_DETAIL.length) <= 10) cp39Like++;
    else if (length > 0) other++;
    start = end + 1;
  }
  return cp39Like > other;
}

export function checkCp39File(input: Cp39CheckInput): Cp39CheckResult {
  const problems: CheckProblem[] = [];
  const problem: Report = (line, column, key, params = {}, severity = 'error') => problems.push({ line, column, key, params, severity });
  const lines = splitLines(input.bytes, problem);

  const records: Cp39CheckedRecord[] = [];
  const totals = { records: 0, mtdSen: 0, mtdRecords: 0, cp38Sen: 0, cp38Records: 0 };
  let header: Cp39Header | null = null;
  let headerLine = 0;
  const seenTins = new Map<string, number>();
  const seenIcs = new Map<string, number>();

  if (lines.length === 0) problem(0, null, 'tax.cp39.check.emptyFile');
  for (const line of lines) {
    const n = line.number;
    if (line.text.length === 0) {
      problem(n, 1, 'tax.cp39.check.emptyLine');
      continue;
    }
    const type = line.text[0];
    if (type === 'H') {
      if (n !== 1) problem(n, 1, headerLine === 0 ? 'tax.cp39.check.headerNotFirst' : 'tax.cp39.check.secondHeader', { first: headerLine });
      if (headerLine === 0) headerLine = n;
      if (!rightLength(CP39_HEADER, line, problem)) continue;
      const read = readHeader(line, input, problem);
      if (header === null) header = read;
      continue;
    }
    if (type !== 'D') {
      problem(n, 1, 'tax.cp39.check.recordType', { value: type as string });
      continue;
    }
    if (n === 1) problem(n, 1, 'tax.cp39.check.headerMissing');
    if (!rightLength(CP39_DETAIL, line, problem)) continue;
    const record = readDetail(line, problem);
    records.push(record);
    totals.records += 1;
    if (record.mtdSen !== null) {
      totals.mtdSen += record.mtdSen;
      if (record.mtdSen > 0) totals.mtdRecords += 1;
    }
    if (record.cp38Sen !== null) {
      totals.cp38Sen += record.cp38Sen;
      if (record.cp38Sen > 0) totals.cp38Records += 1;
    }
    duplicate(seenTins, record.taxNumber, n, field(CP39_DETAIL, 'taxNumber'), 'tax.cp39.check.duplicateTaxNumber', problem, 'error');
    duplicate(seenIcs, record.newIc, n, field(CP39_DETAIL, 'newIc'), 'tax.cp39.check.duplicateNewIc', problem, 'warning');
    if (input.context && header?.month) checkAgainstRecords(input.context, header.month, record, problem);
  }
  if (lines.length > 0 && headerLine === 0 && !problems.some((p) => p.key === 'tax.cp39.check.headerMissing')) problem(1, 1, 'tax.cp39.check.headerMissing');
  if (header !== null) {
    if (records.length === 0) problem(headerLine, null, 'tax.cp39.check.noRecords');
    checkHeaderTotals(header, totals, headerLine, problem);
    if (input.fileName !== undefined) checkFileName(input.fileName, header, problem);
    if (input.context) {
      const expected = input.context.employerNumber;
      const employerNumber = field(CP39_HEADER, 'employerNumber');
      if (expected !== null && header.employerNumber !== '' && header.employerNumber !== expected) {
        problem(headerLine, employerNumber.start, 'tax.cp39.check.employerNumberOther', { value: header.employerNumber, expected });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { header, records, totals, problems, errors, warnings: problems.length - errors };
}

function field(record: Cp39Record, name: string): Cp39Field {
  return cp39Field(record, name);
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? '';
}

/** Lines, line ends and characters (CR LF after every record, printable ASCII only). */
function splitLines(bytes: Uint8Array, problem: Report): Line[] {
  return scanLines(bytes).map((line) => {
    const { number, nonAscii, control } = line;
    if (!line.hasLf) problem(number, line.endColumn, 'tax.cp39.check.noLineEnd', {}, 'warning');
    else if (!line.hasCr) problem(number, line.endColumn, 'tax.cp39.check.lfWithoutCr', {}, 'warning');
    if (nonAscii) problem(number, nonAscii.column, 'tax.cp39.check.nonAscii', { byte: hex(nonAscii.byte) });
    if (control) problem(number, control.column, 'tax.cp39.check.controlCharacter', { byte: hex(control.byte) });
    return { number, text: line.text };
  });
}

function rightLength(record: Cp39Record, line: Line, problem: Report): boolean {
  if (line.text.length === record.length) return true;
  problem(line.number, Math.min(line.text.length, record.length) + 1, 'tax.cp39.check.wrongLength', { type: record.type, length: line.text.length, expected: record.length });
  return false;
}

/** The field's number when every character is a digit; otherwise a problem and null. Blank optional fields give null quietly. */
function digitsOf(f: Cp39Field, raw: string, line: number, problem: Report): number | null {
  if (raw.trim() === '') {
    if (f.required) problem(line, f.start, 'tax.cp39.check.blank', { field: f.number });
    return null;
  }
  const bad = [...raw].findIndex((c) => c < '0' || c > '9');
  if (bad >= 0) {
    problem(line, f.start + bad, 'tax.cp39.check.notDigits', { field: f.number, value: raw });
    return null;
  }
  return Number(raw);
}

function readHeader(line: Line, input: Cp39CheckInput, problem: Report): Cp39Header {
  const n = line.number;
  const raw = Object.fromEntries(readCp39Record(CP39_HEADER, line.text).map((x) => [x.field.name, x.raw])) as Record<string, string>;
  const num = (name: string) => digitsOf(field(CP39_HEADER, name), raw[name] as string, n, problem);
  const hq = num('hqEmployerNumber');
  const employer = num('employerNumber');
  for (const [name, value] of [['hqEmployerNumber', hq], ['employerNumber', employer]] as const) {
    if (value === 0) problem(n, field(CP39_HEADER, name).start, 'tax.cp39.check.employerNumberZero', { field: field(CP39_HEADER, name).number });
  }
  const year = num('year');
  const monthNumber = num('month');
  let month: string | null = null;
  if (monthNumber !== null && (monthNumber < 1 || monthNumber > 12)) problem(n, field(CP39_HEADER, 'month').start, 'tax.cp39.check.badMonth', { value: raw.month as string });
  else if (year !== null && year < 2000) problem(n, field(CP39_HEADER, 'year').start, 'tax.cp39.check.badYear', { value: raw.year as string });
  else if (year !== null && monthNumber !== null) {
    month = `${raw.year}-${raw.month}`;
    if (month.slice(0, 7) > input.today.slice(0, 7)) {
      problem(n, field(CP39_HEADER, 'year').start, 'tax.cp39.check.futureMonth', { month });
    }
  }
  return {
    hqEmployerNumber: hq === null ? '' : (raw.hqEmployerNumber as string),
    employerNumber: employer === null ? '' : (raw.employerNumber as string),
    month,
    totalMtdSen: num('totalMtdSen'),
    mtdRecords: num('mtdRecords'),
    totalCp38Sen: num('totalCp38Sen'),
    cp38Records: num('cp38Records'),
  };
}

function readDetail(line: Line, problem: Report): Cp39CheckedRecord {
  const n = line.number;
  const raw = Object.fromEntries(readCp39Record(CP39_DETAIL, line.text).map((x) => [x.field.name, x.raw])) as Record<string, string>;
  const at = (name: string) => field(CP39_DETAIL, name);
  const text = (name: string) => (raw[name] as string).trimEnd();

  const tin = digitsOf(at('taxNumber'), raw.taxNumber as string, n, problem);
  if (tin === 0 && TAX_NUMBER_REQUIRED) problem(n, at('taxNumber').start, 'tax.cp39.check.taxNumberZero');

  for (const name of ['name', 'oldIc', 'passport', 'employeeNumber']) {
    const f = at(name);
    const value = raw[name] as string;
    if (f.required && value.trim() === '') problem(n, f.start, 'tax.cp39.check.blank', { field: f.number });
    else if (value.trim() !== '' && value !== value.trimStart()) problem(n, f.start, 'tax.cp39.check.leadingSpace', { field: f.number }, 'warning');
  }
  const name = text('name').trim();
  if (name !== '' && !CP39_NAME_CHARACTERS.test(name.toUpperCase())) {
    const odd = [...new Set([...name.toUpperCase()].filter((c) => !CP39_NAME_CHARACTERS.test(c)))].join('');
    problem(n, at('name').start + name.search(/[^A-Za-z0-9 /\-@'()"]/), 'tax.cp39.check.nameCharacters', { value: name, characters: odd }, 'warning');
  }
  for (const id of ['oldIc', 'passport']) {
    const value = text(id).trim();
    const bad = value.search(/[^A-Z0-9]/);
    if (value !== '' && bad >= 0) problem(n, at(id).start + (raw[id] as string).indexOf(value) + bad, 'tax.cp39.check.idCharacters', { field: at(id).number, value });
  }
  const newIcRaw = raw.newIc as string;
  if (newIcRaw.trim() !== '') digitsOf(at('newIc'), newIcRaw, n, problem);
  if (newIcRaw.trim() === '' && text('oldIc').trim() === '' && text('passport').trim() === '') problem(n, at('oldIc').start, 'tax.cp39.check.noIdentity');

  const country = raw.countryCode as string;
  if (country.trim() !== '' && !/^[A-Z]{2}$/.test(country)) problem(n, at('countryCode').start, 'tax.cp39.check.countryCode', { value: country });
  if (text('passport').trim() !== '' && country.trim() === '') problem(n, at('countryCode').start, 'tax.cp39.check.countryMissing', {}, 'warning');

  const mtdSen = digitsOf(at('mtdSen'), raw.mtdSen as string, n, problem);
  const cp38Sen = digitsOf(at('cp38Sen'), raw.cp38Sen as string, n, problem);
  if (mtdSen === 0 && cp38Sen === 0) problem(n, at('mtdSen').start, 'tax.cp39.check.noDeduction');

  return {
    line: n,
    taxNumber: tin === null ? text('taxNumber') : (raw.taxNumber as string),
    name,
    oldIc: text('oldIc').trim(),
    newIc: newIcRaw.trim(),
    passport: text('passport').trim(),
    countryCode: country.trim(),
    mtdSen,
    cp38Sen,
    employeeNumber: text('employeeNumber').trim(),
  };
}

function duplicate(seen: Map<string, number>, value: string, line: number, f: Cp39Field, key: string, problem: Report, severity: CheckProblem['severity']): void {
  if (value === '' || /^0+$/.test(value)) return;
  const first = seen.get(value);
  if (first !== undefined) problem(line, f.start, key, { value, first }, severity);
  else seen.set(value, line);
}

/** Header fields 6–9 must equal what the records add up to. */
function checkHeaderTotals(header: Cp39Header, totals: Cp39CheckResult['totals'], line: number, problem: Report): void {
  const money = (sen: number) => formatRinggit(sen);
  const sums: [string, number | null, number, (x: number) => string | number][] = [
    ['totalMtdSen', header.totalMtdSen, totals.mtdSen, money],
    ['mtdRecords', header.mtdRecords, totals.mtdRecords, (x) => x],
    ['totalCp38Sen', header.totalCp38Sen, totals.cp38Sen, money],
    ['cp38Records', header.cp38Records, totals.cp38Records, (x) => x],
  ];
  for (const [name, found, expected, say] of sums) {
    if (found === null || found === expected) continue;
    const f = field(CP39_HEADER, name);
    problem(line, f.start, f.name.endsWith('Records') ? 'tax.cp39.check.headerCount' : 'tax.cp39.check.headerTotal', { field: f.number, found: say(found), expected: say(expected) });
  }
}

/** `xxxxxxxxxxmm_yyyy.txt`, and the same employer, month and year as the header. */
function checkFileName(fileName: string, header: Cp39Header, problem: Report): void {
  const name = baseName(fileName);
  const match = CP39_FILE_NAME.exec(name);
  if (!match) {
    problem(0, null, 'tax.cp39.check.fileName', { name }, 'warning');
    return;
  }
  const [, employer, mm, yyyy] = match;
  const expected = header.month === null || header.employerNumber === '' ? null : `${header.employerNumber}${header.month.slice(5, 7)}_${header.month.slice(0, 4)}.txt`;
  if (expected !== null && `${employer}${mm}_${yyyy}.txt` !== expected) problem(0, null, 'tax.cp39.check.fileNameMismatch', { name, expected }, 'warning');
}

function checkAgainstRecords(context: Cp39CheckContext, month: string, record: Cp39CheckedRecord, problem: Report): void {
  if (record.taxNumber === '') return;
  const known = context.lookup(record.taxNumber, month);
  const tin = field(CP39_DETAIL, 'taxNumber');
  if (known === null) {
    problem(record.line, tin.start, 'tax.cp39.check.unknownEmployee', { value: record.taxNumber, name: record.name }, 'warning');
    return;
  }
  for (const [name, found, expected] of [
    ['mtdSen', record.mtdSen, known.pcbSen],
    ['cp38Sen', record.cp38Sen, known.cp38Sen],
  ] as const) {
    if (found === null || expected === null || found === expected) continue;
    const f = field(CP39_DETAIL, name);
    problem(record.line, f.start, 'tax.cp39.check.amountDiffers', { field: f.number, found: formatRinggit(found), expected: formatRinggit(expected), name: known.name });
  }
}
