// The checker finds a planted error of each kind, at the right line and column, in otherwise
// good files (the hand-built golden files).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAssistFile, type CheckContext, type CheckInput, type CheckProblem } from '../../../shared/assist';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/assist');
const SOCSO = 'SOCSO_A3700012345B_032025.txt';
const EIS = 'EIS_A3700012345B_032025.txt';
const COMBINED = 'SOCSO-EIS-LINDUNG_A3700012345B_062026.txt';

const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'latin1');
const lines = (name: string) => read(name).split('\r\n').slice(0, -1);
const join = (ls: string[]) => ls.map((l) => l + '\r\n').join('');
const bytes = (text: string) => Buffer.from(text, 'latin1');

function check(text: string | Uint8Array, fileName: string, extra: Partial<CheckInput> = {}) {
  return checkAssistFile({ bytes: typeof text === 'string' ? bytes(text) : text, fileName, today: '2026-07-10', ...extra });
}
const errorsOf = (problems: CheckProblem[]) => problems.filter((p) => p.severity === 'error').map((p) => [p.key, p.line, p.column]);

/** Replaces characters at a 1-based column of one line. */
function patch(ls: string[], line: number, column: number, text: string): string[] {
  const copy = [...ls];
  const l = copy[line - 1] as string;
  copy[line - 1] = l.slice(0, column - 1) + text + l.slice(column - 1 + text.length);
  return copy;
}

describe('checker: the good files pass', () => {
  it.each([SOCSO, EIS, COMBINED])('%s has no problem', (name) => {
    const result = check(read(name), name);
    expect(result.problems).toEqual([]);
    expect(result.layout).toBe(name === SOCSO ? 'socso' : name === EIS ? 'eis' : 'lindung');
  });

  it('reads the totals the portal will show', () => {
    expect(check(read(SOCSO), SOCSO).totals).toMatchObject({ records: 8, amountSen: 33960, amount: 'RM339.60' });
    expect(check(read(COMBINED), COMBINED).totals.parts?.lindungEmployeeSen).toBe(4465 + 1835 + 1465 + 1165 + 1315 + 1235 + 2215);
  });

  it('cannot tell SOCSO from EIS without a name hint, and says so', () => {
    const result = check(read(SOCSO), 'upload.txt');
    expect(result.layout).toBe('socso-or-eis');
    expect(result.problems).toEqual([]);
    expect(check(read(EIS), 'SIP_MARCH.txt').layout).toBe('eis');
    expect(check(read(SOCSO), 'PERKESO-mac.txt').layout).toBe('socso');
    expect(check(read(SOCSO), 'x.txt', { kind: 'eis' }).layout).toBe('eis');
  });
});

describe('checker: planted errors', () => {
  const socso = lines(SOCSO);

  it('wrong length', () => {
    const ls = [...socso];
    ls[1] = (ls[1] as string).slice(0, 222);
    expect(errorsOf(check(join(ls), SOCSO).problems)).toEqual([['assist.check.wrongLength', 2, 223]]);
  });

  it('non-ASCII characters (UTF-8 É in a name)', () => {
    const text = join(socso);
    const at = text.indexOf('ALI BIN ABU');
    const planted = Buffer.concat([bytes(text.slice(0, at)), Buffer.from('É', 'utf8'), bytes(text.slice(at + 2))]);
    expect(errorsOf(check(planted, SOCSO).problems)).toEqual([['assist.check.nonAscii', 1, 45]]);
  });

  it('tabs', () => {
    expect(errorsOf(check(join(patch(socso, 3, 100, '\t')), SOCSO).problems)).toEqual([['assist.check.tab', 3, 100]]);
  });

  it('missing CR LF: LF only, and no line end at the end of the file', () => {
    const lfOnly = join(socso).replace(/\r\n/, '\n');
    expect(errorsOf(check(lfOnly, SOCSO).problems)).toEqual([['assist.check.lfWithoutCr', 1, 224]]);
    const noEnd = join(socso).slice(0, -2);
    expect(errorsOf(check(noEnd, SOCSO).problems)).toEqual([['assist.check.noLineEnd', 8, 224]]);
  });

  it('non-numeric amounts', () => {
    expect(errorsOf(check(join(patch(socso, 2, 201, '00000000055.10')), SOCSO).problems)).toEqual([['assist.check.notNumeric', 2, 212]]);
    const combined = lines(COMBINED);
    expect(errorsOf(check(join(patch(combined, 1, 227, '  -119')), COMBINED).problems)).toContainEqual(['assist.check.notNumeric', 1, 229]);
  });

  it('a month in the future (relative to the given today)', () => {
    const result = check(join(socso), SOCSO, { today: '2025-02-28' });
    expect(errorsOf(result.problems)).toHaveLength(8);
    expect(errorsOf(result.problems)[0]).toEqual(['assist.check.futureMonth', 1, 195]);
    expect(check(join(socso), SOCSO, { today: '2025-03-01' }).errors).toBe(0);
  });

  it('duplicate IDs', () => {
    const ls = patch(socso, 4, 33, '900315145671');
    expect(errorsOf(check(join(ls), SOCSO).problems)).toEqual([['assist.check.duplicateId', 4, 33]]);
    expect(check(join(ls), SOCSO).problems[0]?.params).toMatchObject({ first: 1 });
  });

  it('ID with dashes, blank name, bad status, bad date, zero amount', () => {
    expect(errorsOf(check(join(patch(socso, 1, 33, '900315-14-56')), SOCSO).problems)).toEqual([['assist.check.idDash', 1, 39]]);
    expect(errorsOf(check(join(patch(socso, 2, 45, ' '.repeat(150))), SOCSO).problems)).toEqual([['assist.check.blank.name', 2, 45]]);
    expect(errorsOf(check(join(patch(socso, 2, 223, 'X')), SOCSO).problems)).toEqual([['assist.check.badStatus', 2, 223]]);
    expect(errorsOf(check(join(patch(socso, 3, 215, '31022025')), SOCSO).problems)).toEqual([['assist.check.badDate', 3, 215]]);
    expect(errorsOf(check(join(patch(socso, 2, 201, '00000000000000')), SOCSO).problems)).toEqual([['assist.check.zeroAmount', 2, 201]]);
  });

  it('an amount no table gives (223 file, wages unknown)', () => {
    expect(errorsOf(check(join(patch(socso, 1, 201, '00000000005741')), SOCSO).problems)).toEqual([['assist.check.amountNotInTable', 1, 201]]);
    // An EIS amount in a SOCSO file is not a SOCSO total either.
    expect(errorsOf(check(join(patch(socso, 1, 201, '00000000001020')), SOCSO).problems)).toEqual([['assist.check.amountNotInTable', 1, 201]]);
  });

  it('278 file: each scheme amount against the table for the wages in the file', () => {
    const combined = lines(COMBINED);
    // Ali earns RM6,500 (ceiling row): SOCSO employer 104.15, not 104.14.
    expect(errorsOf(check(join(patch(combined, 1, 215, ' 10414')), COMBINED).problems)).toEqual([['assist.check.amountMismatch', 1, 215]]);
    // José's LINDUNG for RM2,500 is 18.35.
    const lindung = check(join(patch(combined, 2, 239, '  1836')), COMBINED);
    expect(errorsOf(lindung.problems)).toEqual([['assist.check.amountMismatch', 2, 239]]);
    expect(lindung.problems[0]?.params).toMatchObject({ field: 11, found: 'RM18.36', expected: 'RM18.35', wages: 'RM2,500.00' });
    // Wages changed so that the amounts no longer fit the band.
    expect(errorsOf(check(join(patch(combined, 7, 201, '        310000')), COMBINED).problems)).toEqual([
      ['assist.check.amountMismatch', 7, 215],
      ['assist.check.amountMismatch', 7, 239],
    ]);
    // Zero padding instead of the CHOSEN spaces: a warning only.
    const zeros = check(join(patch(combined, 1, 227, '001190')), COMBINED);
    expect(zeros.errors).toBe(0);
    expect(zeros.problems.map((p) => p.key)).toEqual(['assist.check.padding.spaces']);
  });

  it('EIS records for people who are not eligible, and amounts that differ from stored wages (company context)', () => {
    const context: CheckContext = {
      employerCode: 'A3700012345B',
      lookup: (id) =>
        id === '900315145671'
          ? { name: 'ALI BIN ABU', eisEligible: false, socsoSen: 5510, eisSen: null }
          : { name: 'X', eisEligible: true, socsoSen: null, eisSen: null },
    };
    expect(errorsOf(check(read(EIS), EIS, { context }).problems)).toEqual([['assist.check.eisIneligible', 1, 33]]);
    expect(errorsOf(check(read(SOCSO), SOCSO, { context }).problems)).toEqual([['assist.check.amountDiffersFromRecords', 1, 201]]);
    expect(errorsOf(check(read(COMBINED), COMBINED, { context }).problems)).toEqual([['assist.check.eisIneligible', 1, 227]]);
    const other = { ...context, employerCode: 'B0000000001X' };
    expect(check(read(EIS), EIS, { context: other }).problems.filter((p) => p.key === 'assist.check.employerCodeOther')).toHaveLength(5);
  });

  it('files that are not ASSIST files', () => {
    expect(check('hello\r\n', 'x.txt').problems.map((p) => p.key)).toEqual(['assist.check.unknownLayout']);
    expect(check('', 'x.txt').problems.map((p) => p.key)).toEqual(['assist.check.emptyFile']);
    expect(check(read(SOCSO) + '\r\n', SOCSO).problems.map((p) => [p.key, p.line])).toEqual([['assist.check.emptyLine', 9]]);
  });

  it('a CSV, a PDF, an Excel workbook or a binary file is said in one line, not one error per line', () => {
    const keysOf = (bytes: Uint8Array, name: string) => checkAssistFile({ bytes, fileName: name, today: '2026-12-01' }).problems.map((p) => p.key);
    const text = (t: string) => Uint8Array.from(Buffer.from(t, 'latin1'));
    // LF line ends and a non-ASCII name would each be an error in an ASSIST file; here only the one line.
    expect(keysOf(text('name,id_number\nAl\xe9,800101145677\nSiti,850505105678\n'), 'staff.csv')).toEqual(['assist.check.notPortalFile.csv']);
    expect(keysOf(text('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), 'slip.pdf')).toEqual(['assist.check.notPortalFile.pdf']);
    expect(keysOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x0a]), 'gaji.xlsx')).toEqual(['assist.check.notPortalFile.spreadsheet']);
    expect(keysOf(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00, 0x0a]), 'program')).toEqual(['assist.check.notPortalFile.binary']);
    // A broken ASSIST file is still checked line by line (its lines are 223 long but one).
    expect(keysOf(text(`${'x'.repeat(223)}\n`), 'SOCSO.txt')).toContain('assist.check.lfWithoutCr');
  });
});
