// A month's PCB and CP38 deductions → the CP39 text file, with a report of everything the user
// should know (who was left out, which names had to change) and the problems that stop the file
// being written. Pure: the service writes the bytes.
import { isMonth } from '../../calendar';
import { toAsciiUpper, type NameChange } from '../../assist/text';
import type { ReportItem } from '../../assist/build';
import { MAX_SEN } from '../../money/sen';
import { CP39_LINE_END, CP39_NAME_CHARACTER, HQ_NUMBER_DEFAULTS_TO_EMPLOYER_NUMBER, LEAVE_OUT_EMPLOYEES_WITHOUT_DEDUCTION, TAX_NUMBER_REQUIRED } from './chosen';
import { CP39_DETAIL, CP39_HEADER, cp39Field, cp39FileName, writeCp39Record } from './layout';
import { employerNumberDigits, identityNumber, taxNumberDigits } from './values';

export interface Cp39Employee {
  /** The caller's id for the employee, for the report. */
  employeeId: number | string;
  /** Full name as on the IC or passport. */
  name: string;
  /** Income tax number (TIN) as stored: "IG 531367080", "SG 10544355081" … */
  taxNumber: string | null;
  newIc: string | null;
  oldIc: string | null;
  passport: string | null;
  /** Two letters: the country that issued the passport (foreign employees). */
  countryCode: string | null;
  /** The employee or salary number (at most 10 characters). */
  employeeNumber: string | null;
  /** PCB deducted this month, in sen (after zakat; with PCB on additional remuneration). */
  pcbSen: number;
  /** CP38 deducted this month (LHDN's instruction for arrears), in sen. */
  cp38Sen: number;
}

export interface Cp39Input {
  /** The employer's E number as stored: "E 908915-10". */
  employerNumber: string;
  /** The headquarters' E number where the employer has branches; default the employer number. */
  hqEmployerNumber?: string | null;
  /** The month of deduction, "YYYY-MM". */
  month: string;
  /** In the order they are to be listed. */
  employees: readonly Cp39Employee[];
}

export interface Cp39Totals {
  /** Detail records in the file. */
  records: number;
  mtdSen: number;
  /** Employees with PCB this month (header field 7). */
  mtdRecords: number;
  cp38Sen: number;
  cp38Records: number;
}

export interface Cp39NameChange {
  employeeId: number | string;
  original: string;
  written: string;
  changes: NameChange[];
  removed: string;
}

export interface Cp39Build {
  /** Null while there are errors. */
  fileName: string | null;
  content: string | null;
  totals: Cp39Totals;
  leftOut: { employeeId: number | string; name: string; reason: ReportItem }[];
  nameChanges: Cp39NameChange[];
  /** Problems that make the file wrong: nothing may be written while there is one. */
  errors: ReportItem[];
}

const NAME = cp39Field(CP39_DETAIL, 'name');
const EMPLOYEE_NUMBER = cp39Field(CP39_DETAIL, 'employeeNumber');
const ID_LENGTH = cp39Field(CP39_DETAIL, 'passport').length;
const HEADER_AMOUNT_LIMIT = 10 ** cp39Field(CP39_HEADER, 'totalMtdSen').length;

export function buildCp39File(input: Cp39Input): Cp39Build {
  const errors: ReportItem[] = [];
  const leftOut: Cp39Build['leftOut'] = [];
  const nameChanges: Cp39NameChange[] = [];
  const totals: Cp39Totals = { records: 0, mtdSen: 0, mtdRecords: 0, cp38Sen: 0, cp38Records: 0 };

  const employer = employerNumberDigits(input.employerNumber);
  if (employer === null) errors.push({ key: 'tax.cp39.error.employerNumber', params: { value: input.employerNumber } });
  const hqText = input.hqEmployerNumber ?? (HQ_NUMBER_DEFAULTS_TO_EMPLOYER_NUMBER ? input.employerNumber : '');
  const hq = employerNumberDigits(hqText);
  if (hq === null && hqText !== input.employerNumber) errors.push({ key: 'tax.cp39.error.employerNumber', params: { value: hqText } });
  if (!isMonth(input.month)) errors.push({ key: 'tax.cp39.error.month', params: { value: input.month } });

  const details: string[] = [];
  for (const e of input.employees) {
    const who = { name: e.name, id: String(e.employeeId) };
    if (!validAmount(e.pcbSen) || !validAmount(e.cp38Sen)) {
      errors.push({ key: 'tax.cp39.error.amount', params: { ...who, pcb: String(e.pcbSen), cp38: String(e.cp38Sen) } });
      continue;
    }
    if (LEAVE_OUT_EMPLOYEES_WITHOUT_DEDUCTION && e.pcbSen === 0 && e.cp38Sen === 0) {
      leftOut.push({ employeeId: e.employeeId, name: e.name, reason: { key: 'tax.cp39.leftOut.noDeduction', params: {} } });
      continue;
    }
    const values = detailValues(e, who, errors, nameChanges);
    if (values === null) continue;
    details.push(writeCp39Record(CP39_DETAIL, values));
    totals.records += 1;
    totals.mtdSen += e.pcbSen;
    totals.cp38Sen += e.cp38Sen;
    if (e.pcbSen > 0) totals.mtdRecords += 1;
    if (e.cp38Sen > 0) totals.cp38Records += 1;
  }
  if (totals.records === 0 && errors.length === 0) errors.push({ key: 'tax.cp39.error.noRecords', params: {} });
  if (totals.mtdSen >= HEADER_AMOUNT_LIMIT || totals.cp38Sen >= HEADER_AMOUNT_LIMIT) errors.push({ key: 'tax.cp39.error.totalTooLarge', params: {} });

  if (errors.length > 0 || employer === null || hq === null) return { fileName: null, content: null, totals, leftOut, nameChanges, errors };
  const header = writeCp39Record(CP39_HEADER, {
    hqEmployerNumber: hq,
    employerNumber: employer,
    year: input.month.slice(0, 4),
    month: input.month.slice(5, 7),
    totalMtdSen: totals.mtdSen,
    mtdRecords: totals.mtdRecords,
    totalCp38Sen: totals.cp38Sen,
    cp38Records: totals.cp38Records,
  });
  const content = [header, ...details].map((line) => line + CP39_LINE_END).join('');
  return { fileName: cp39FileName(employer.padStart(10, '0'), input.month), content, totals, leftOut, nameChanges, errors };
}

function validAmount(sen: number): boolean {
  return Number.isSafeInteger(sen) && sen >= 0 && sen <= MAX_SEN;
}

/** The detail record's values, or null (with errors) when the employee cannot be written. */
function detailValues(e: Cp39Employee, who: { name: string; id: string }, errors: ReportItem[], nameChanges: Cp39NameChange[]): Record<string, string | number | null> | null {
  const before = errors.length;
  let tin: string | null = null;
  if (e.taxNumber === null || e.taxNumber.trim() === '') {
    if (TAX_NUMBER_REQUIRED) errors.push({ key: 'tax.cp39.error.taxNumberMissing', params: who });
  } else {
    tin = taxNumberDigits(e.taxNumber);
    if (tin === null) errors.push({ key: 'tax.cp39.error.taxNumber', params: { ...who, value: e.taxNumber } });
  }

  const name = writtenName(e, nameChanges);
  if (name === '') errors.push({ key: 'tax.cp39.error.name', params: who });

  const newIc = e.newIc ? identityNumber(e.newIc) : '';
  if (newIc !== '' && !/^\d{12}$/.test(newIc)) errors.push({ key: 'tax.cp39.error.newIc', params: { ...who, value: e.newIc ?? '' } });
  const oldIc = e.oldIc ? identityNumber(e.oldIc) : '';
  const passport = e.passport ? identityNumber(e.passport) : '';
  for (const [value, original] of [[oldIc, e.oldIc], [passport, e.passport]] as const) {
    if (value.length > ID_LENGTH) errors.push({ key: 'tax.cp39.error.idTooLong', params: { ...who, value: original ?? '', max: ID_LENGTH } });
  }
  if (newIc === '' && oldIc === '' && passport === '') errors.push({ key: 'tax.cp39.error.noIdentity', params: who });
  const country = (e.countryCode ?? '').trim().toUpperCase();
  if (country !== '' && !/^[A-Z]{2}$/.test(country)) errors.push({ key: 'tax.cp39.error.countryCode', params: { ...who, value: e.countryCode ?? '' } });
  const employeeNumber = (e.employeeNumber ?? '').trim().toUpperCase();
  if (employeeNumber.length > EMPLOYEE_NUMBER.length || !/^[\x20-\x7e]*$/.test(employeeNumber)) {
    errors.push({ key: 'tax.cp39.error.employeeNumber', params: { ...who, value: e.employeeNumber ?? '', max: EMPLOYEE_NUMBER.length } });
  }
  if (errors.length > before) return null;
  return { taxNumber: tin, name, oldIc, newIc, passport, countryCode: country, mtdSen: e.pcbSen, cp38Sen: e.cp38Sen, employeeNumber };
}

/** The name in capitals, ASCII, with only the characters the layout allows; every change reported. */
function writtenName(e: Cp39Employee, nameChanges: Cp39NameChange[]): string {
  const ascii = toAsciiUpper(e.name, Number.MAX_SAFE_INTEGER);
  const removed = [...ascii.removed];
  let kept = '';
  for (const ch of ascii.text) {
    if (CP39_NAME_CHARACTER.test(ch)) kept += ch;
    else removed.push(ch);
  }
  kept = kept.replace(/ {2,}/g, ' ').trim();
  const changes: NameChange[] = ascii.changes.filter((c) => c !== 'removed');
  if (removed.length > 0) changes.push('removed');
  if (kept.length > NAME.length) {
    kept = kept.slice(0, NAME.length).trimEnd();
    changes.push('cut');
  }
  if (changes.length > 0) nameChanges.push({ employeeId: e.employeeId, original: e.name, written: kept, changes, removed: removed.join('') });
  return kept;
}
