// The CP39 layout as declared in shared/tax/cp39/layout.ts is the spec's (cp39_layout.csv), and
// LHDN's own formatting examples (cp39_format_examples.csv) come out as LHDN prints them.
import { describe, expect, it } from 'vitest';
import { CP39_DETAIL, CP39_HEADER, cp39Field, cp39FileName, employerNumberDigits, formatCp39Field, identityNumber, taxNumberDigits } from '../../../shared/tax';
import { checkCp39File } from '../../../shared/tax';
import { readCsvObjects, readSpecFile, senOf } from './spec-data';

/** The spec's rows have commas only in the last columns' text, so split the first eight fields. */
function layoutRows(): { record: string; number: string; start: string; end: string; length: string }[] {
  const [, ...lines] = readSpecFile('cp39_layout.csv').replace(/\r/g, '').split('\n').filter((l) => l !== '');
  return lines.map((line) => {
    const [record = '', number = '', , start = '', end = '', length = ''] = line.split(',');
    return { record, number, start, end, length };
  });
}

describe('CP39 layout', () => {
  const rows = layoutRows();

  it.each([
    ['H', CP39_HEADER],
    ['D', CP39_DETAIL],
  ] as const)('declares the %s record as cp39_layout.csv does', (type, record) => {
    const fields = rows.filter((r) => r.record === type && r.number !== '');
    expect(record.fields.map((f) => [f.number, f.start, f.start + f.length - 1, f.length])).toEqual(
      fields.map((r) => [Number(r.number), Number(r.start), Number(r.end), Number(r.length)]),
    );
    const total = rows.find((r) => r.record === type && r.number === '');
    expect(record.length).toBe(Number(total?.length));
  });

  it('names the file xxxxxxxxxxmm_yyyy.txt: employer number, month, _year', () => {
    expect(cp39FileName('0090891510', '2026-08')).toBe('009089151008_2026.txt');
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const header = (name: string) => cp39Field(CP39_HEADER, name);
const detail = (name: string) => cp39Field(CP39_DETAIL, name);
/** "6 employees" → 6. */
const count = (text: string) => Number(/^(\d+)/.exec(text)?.[1]);
/** "RM8350.00" → 835000. */
const money = (text: string) => senOf(text.replace(/^RM/, ''));

/** How each example is formatted: the field it goes in and the value the writer gives that field. */
const FORMATS: Record<string, (input: string) => string> = {
  'Employer No.': (input) => formatCp39Field(header('employerNumber'), employerNumberDigits(input)),
  'Year of Deduction': (input) => formatCp39Field(header('year'), input),
  'Month of Deduction': (input) => formatCp39Field(header('month'), MONTHS.indexOf(input) + 1),
  'Total MTD Amount': (input) => formatCp39Field(header('totalMtdSen'), money(input)),
  'Total MTD Records': (input) => formatCp39Field(header('mtdRecords'), count(input)),
  'Total CP38 Amount': (input) => formatCp39Field(header('totalCp38Sen'), money(input)),
  'Total CP38 Records': (input) => formatCp39Field(header('cp38Records'), count(input)),
  TIN: (input) => formatCp39Field(detail('taxNumber'), taxNumberDigits(input)),
  'Tax Ref + Wife code (2010 layout)': (input) => formatCp39Field(detail('taxNumber'), taxNumberDigits(input)),
  // The 2010 layout filled an unknown tax reference with zeros; 2026 makes the TIN mandatory (below).
  'Tax Ref (2010 layout)': (input) => formatCp39Field(detail('taxNumber'), input === 'not known' ? 0 : taxNumberDigits(input)),
  'Old IC': (input) => formatCp39Field(detail('oldIc'), identityNumber(input)).trimEnd(),
  'New IC': (input) => formatCp39Field(detail('newIc'), identityNumber(input)),
  Passport: (input) => formatCp39Field(detail('passport'), identityNumber(input)).trimEnd(),
  'MTD Amount': (input) => formatCp39Field(detail('mtdSen'), money(input)),
  'Employee No.': (input) => formatCp39Field(detail('employeeNumber'), input).trimEnd(),
};

describe("LHDN's CP39 formatting examples", () => {
  const examples = readCsvObjects(readSpecFile('cp39_format_examples.csv'));

  it('has all twenty', () => {
    expect(examples).toHaveLength(20);
  });

  it.each(examples.map((e) => [e.field, e.input, e] as const))('%s: %s', (fieldName, input, example) => {
    const format = FORMATS[fieldName as string];
    expect(format, `no format for ${fieldName}`).toBeDefined();
    // One printed value is a typo in LHDN's text; the file itself says what the digit rule gives.
    const typo = /the digit rule gives (\d+)/.exec(example.expected_output as string);
    const expected = typo ? (typo[1] as string) : (example.expected_output as string);
    expect(format!(input as string)).toBe(expected);
  });

  it('reports the 2010 all-zeros tax reference, which the 2026 specification no longer allows', () => {
    const line = (tin: string) =>
      `D${tin}${'AHMAD'.padEnd(60)}${''.padEnd(12)}${'530706015641'}${''.padEnd(12)}  0009000000000000${'AB012283'.padEnd(10)}`;
    // Header: H, employer 0090891510 twice, 2026, 08, MTD 0000090000 (RM900.00) for 00001 employee, no CP38.
    const head = ['H', '0090891510', '0090891510', '2026', '08', '0000090000', '00001', '0000000000', '00000'].join('');
    const file = `${head}\r\n${line('00000000000')}\r\n`;
    const result = checkCp39File({ bytes: Buffer.from(file, 'latin1'), today: '2026-09-01' });
    expect(result.problems.map((p) => [p.key, p.line, p.column])).toEqual([['tax.cp39.check.taxNumberZero', 2, 2]]);
  });
});
