// The CP39 checker finds a planted error of each kind, at the right line and column, in the
// otherwise good hand-built file (tests/fixtures/pcb/cp39); and CP39 files are told from others.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckProblem } from '../../../shared/assist';
import { checkAnyFile, FILE_CHECKERS } from '../../../shared/file-check';
import { checkCp39File, looksLikeCp39, type Cp39CheckContext, type Cp39CheckInput } from '../../../shared/tax';
import { GOLDEN_NAME, GOLDEN_PATH } from './cp39-fixture';
import { REPO_ROOT } from './spec-data';

const golden = fs.readFileSync(GOLDEN_PATH, 'latin1');
const goldenLines = golden.split('\r\n').slice(0, -1);
const join = (ls: string[]) => ls.map((l) => `${l}\r\n`).join('');
const bytes = (text: string) => Buffer.from(text, 'latin1');

function check(text: string, extra: Partial<Cp39CheckInput> = {}) {
  return checkCp39File({ bytes: bytes(text), fileName: GOLDEN_NAME, today: '2026-09-05', ...extra });
}
const errorsOf = (problems: CheckProblem[]) => problems.filter((p) => p.severity === 'error').map((p) => [p.key.replace('tax.cp39.check.', ''), p.line, p.column]);
const warningsOf = (problems: CheckProblem[]) => problems.filter((p) => p.severity === 'warning').map((p) => [p.key.replace('tax.cp39.check.', ''), p.line, p.column]);

/** Writes text over a line at a 1-based column. */
function patch(line: number, column: number, text: string, ls = goldenLines): string[] {
  const copy = [...ls];
  const l = copy[line - 1] as string;
  copy[line - 1] = l.slice(0, column - 1) + text + l.slice(column - 1 + text.length);
  return copy;
}
const errors = (ls: string[], extra: Partial<Cp39CheckInput> = {}) => errorsOf(check(join(ls), extra).problems);
const warnings = (ls: string[], extra: Partial<Cp39CheckInput> = {}) => warningsOf(check(join(ls), extra).problems);

describe('CP39 checker: planted errors in the hand-built file', () => {
  it('the file itself is fine', () => {
    expect(check(golden).problems).toEqual([]);
  });

  it('empty file, empty line', () => {
    expect(errorsOf(check('').problems)).toEqual([['emptyFile', 0, null]]);
    expect(errors([...goldenLines.slice(0, 3), '', ...goldenLines.slice(3)])).toEqual([['emptyLine', 4, 1]]);
  });

  it('line ends (warnings: LHDN does not say CR LF)', () => {
    expect(warningsOf(check(golden.slice(0, -2)).problems)).toEqual([['noLineEnd', 7, 137]]);
    const lfOnly = golden.replace(`${goldenLines[2]}\r\n`, `${goldenLines[2]}\n`);
    expect(warningsOf(check(lfOnly).problems)).toEqual([['lfWithoutCr', 3, 137]]);
  });

  it('characters: not ASCII, control characters', () => {
    expect(errors(patch(2, 15, '\u00c9'))).toEqual([['nonAscii', 2, 15]]);
    expect(errors(patch(2, 18, '\t'))).toEqual([['controlCharacter', 2, 18]]);
  });

  it('record types and the header’s place', () => {
    expect(errors(patch(4, 1, 'X'))).toContainEqual(['recordType', 4, 1]);
    expect(errors(goldenLines.slice(1))).toEqual([['headerMissing', 1, 1]]);
    expect(errors([goldenLines[1] as string, goldenLines[0] as string, ...goldenLines.slice(2)])).toEqual([
      ['headerMissing', 1, 1],
      ['headerNotFirst', 2, 1],
    ]);
    expect(errors([...goldenLines, goldenLines[0] as string])).toEqual([['secondHeader', 8, 1]]);
    expect(errors(goldenLines.slice(0, 1))).toEqual([
      ['noRecords', 1, null],
      ['headerTotal', 1, 28],
      ['headerCount', 1, 38],
      ['headerTotal', 1, 43],
      ['headerCount', 1, 53],
    ]);
  });

  it('record lengths', () => {
    expect(errors(patch(1, 1, (goldenLines[0] as string).slice(0, 56), ['', ...goldenLines.slice(1)]))).toEqual([['wrongLength', 1, 57]]);
    const short = [...goldenLines];
    short[2] = (short[2] as string).slice(0, 135);
    expect(errors(short)).toContainEqual(['wrongLength', 3, 136]);
  });

  it('header fields', () => {
    expect(errors(patch(1, 12, '0000000000'))).toEqual([['employerNumberZero', 1, 12]]);
    expect(errors(patch(1, 26, '13'))).toEqual([['badMonth', 1, 26]]);
    expect(errors(patch(1, 22, '1999'))).toEqual([['badYear', 1, 22]]);
    expect(errors(goldenLines, { today: '2026-07-31' })).toEqual([['futureMonth', 1, 22]]);
    expect(errors(patch(1, 28, '0000259538'))).toEqual([['headerTotal', 1, 28]]);
    expect(errors(patch(1, 38, '00006'))).toEqual([['headerCount', 1, 38]]);
    expect(errors(patch(1, 43, '0000175051'))).toEqual([['headerTotal', 1, 43]]);
    expect(errors(patch(1, 53, '00002'))).toEqual([['headerCount', 1, 53]]);
    expect(errors(patch(1, 28, '00002595 7'))).toEqual([['notDigits', 1, 36]]);
  });

  it('tax numbers', () => {
    expect(errors(patch(2, 2, '00000000000'))).toEqual([['taxNumberZero', 2, 2]]);
    expect(errors(patch(3, 2, '00531367080'))).toEqual([['duplicateTaxNumber', 3, 2]]);
    expect(errors(patch(2, 2, '  531367080'))).toEqual([['notDigits', 2, 2]]);
  });

  it('names', () => {
    expect(errors(patch(2, 13, ' '.repeat(60)))).toEqual([['blank', 2, 13]]);
    expect(warnings(patch(2, 13, ' AHMAD BIN ABDULLAH'))).toEqual([['leadingSpace', 2, 13]]);
    expect(warnings(patch(2, 13, 'AHMAD.BIN ABDULLAH'))).toEqual([['nameCharacters', 2, 18]]);
  });

  it('identity numbers and country codes', () => {
    expect(errors(patch(2, 85, ' '.repeat(12)))).toEqual([['noIdentity', 2, 73]]);
    expect(errors(patch(2, 85, '53070601564X'))).toEqual([['notDigits', 2, 96]]);
    expect(errors(patch(4, 73, 'A-4457334   '))).toEqual([['idCharacters', 4, 74]]);
    expect(errors(patch(5, 97, 'J 1294567   '))).toEqual([['idCharacters', 5, 98]]);
    expect(errors(patch(5, 109, 'D1'))).toEqual([['countryCode', 5, 109]]);
    expect(warnings(patch(5, 109, '  '))).toEqual([['countryMissing', 5, 109]]);
    expect(warnings(patch(3, 85, '530706015641'))).toEqual([['duplicateNewIc', 3, 85]]);
  });

  it('amounts', () => {
    expect(errors(patch(2, 111, '   90000'))).toContainEqual(['notDigits', 2, 111]);
    expect(errors(patch(2, 111, '0009000A'))).toContainEqual(['notDigits', 2, 118]);
    // Line 7 (RM86.67 PCB, no CP38) with its PCB taken away: no deduction at all.
    expect(errors(patch(7, 111, '00000000'))).toEqual([
      ['headerTotal', 1, 28],
      ['headerCount', 1, 38],
      ['noDeduction', 7, 111],
    ]);
  });

  it('the file name (warnings)', () => {
    expect(warningsOf(check(golden, { fileName: 'pcb-ogos.txt' }).problems)).toEqual([['fileName', 0, null]]);
    expect(warningsOf(check(golden, { fileName: '/tmp/009089151007_2026.txt' }).problems)).toEqual([['fileNameMismatch', 0, null]]);
  });

  it('against the company’s records', () => {
    const context: Cp39CheckContext = {
      employerNumber: '0090891510',
      lookup: (tin) =>
        tin === '00531367080' ? { name: 'Ahmad bin Abdullah', pcbSen: 90000, cp38Sen: 0 } : tin === '10544355081' ? { name: 'Siti', pcbSen: 50000, cp38Sen: 100000 } : null,
    };
    const result = check(golden, { context });
    expect(errorsOf(result.problems)).toEqual([['amountDiffers', 3, 111]]);
    expect(warningsOf(result.problems).map((w) => w[0])).toEqual(['unknownEmployee', 'unknownEmployee', 'unknownEmployee', 'unknownEmployee']);
    expect(errorsOf(check(golden, { context: { ...context, employerNumber: '0000000001' } }).problems)).toContainEqual(['employerNumberOther', 1, 12]);
  });
});

describe('telling a CP39 file from others', () => {
  it('knows the hand-built file by its content, and by its name alone', () => {
    expect(looksLikeCp39(bytes(golden))).toBe(true);
    expect(looksLikeCp39(bytes(join(patch(1, 1, (goldenLines[0] as string).slice(0, 55), ['', ...goldenLines.slice(1)]))))).toBe(true);
    expect(looksLikeCp39(bytes('garbage\r\n'), '009089151008_2026.txt')).toBe(true);
  });
  it('does not take an ASSIST file or a CSV for one', () => {
    const assist = path.join(REPO_ROOT, 'tests', 'fixtures', 'assist');
    for (const name of fs.readdirSync(assist).filter((f) => f.endsWith('.txt'))) {
      expect(looksLikeCp39(fs.readFileSync(path.join(assist, name)), name), name).toBe(false);
    }
    expect(looksLikeCp39(bytes('id,name\r\nH1,Ali\r\n'), 'x.csv')).toBe(false);
    expect(looksLikeCp39(bytes(''), 'x.txt')).toBe(false);
  });
});

describe('which checker claims a file (shared/file-check)', () => {
  it('tries Form A and CP39 before ASSIST, which takes the rest', () => {
    expect(FILE_CHECKERS.map((c) => c.id)).toEqual(['epf', 'cp39', 'assist']);
    expect(checkAnyFile({ bytes: bytes(golden), fileName: 'upload.txt', today: '2026-09-05' })).toMatchObject({ layout: 'cp39', layoutSource: 'content', errors: 0 });
    const socso = path.join(REPO_ROOT, 'tests', 'fixtures', 'assist', 'SOCSO_A3700012345B_032025.txt');
    expect(checkAnyFile({ bytes: fs.readFileSync(socso), fileName: path.basename(socso), today: '2026-09-05' })).toMatchObject({ layout: 'socso', errors: 0 });
    // A CP39 name on a broken file: CP39's checker says what is wrong with it.
    expect(checkAnyFile({ bytes: bytes('garbage\r\n'), fileName: GOLDEN_NAME, today: '2026-09-05' })).toMatchObject({ layout: 'cp39', layoutSource: 'fileName' });
  });
});
