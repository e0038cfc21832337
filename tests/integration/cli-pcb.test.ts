// `caruman pcb --input FILE [--json]` as a user runs it: the real command in a child process on
// real files. LHDN's examples (inputs and expected PCB from official_examples.json), the zakat rows
// (zakat_threshold_cases.csv, the December construction worked in tests/unit/tax/zakat-threshold),
// bad rows (all or nothing), the table in both languages; and `caruman check` on a CP39 file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaruman, spawnCaruman } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { readCsvObjects, readSpecFile, senOf } from '../unit/tax/spec-data';
import { GOLDEN_NAME, GOLDEN_PATH } from '../unit/tax/cp39-fixture';

const temp = makeTempDir();
afterAll(() => temp.remove());
const data = path.join(temp.dir, 'data');

const HEADER = 'id,year,month,category,resident,disabled,spouse_disabled,children,children_study,children_disabled,children_disabled_study,sum_y,sum_k,sum_x,sum_z,sum_lp,y1,k1,lp1,yt,kt,zakat';
let fileCount = 0;
function csvFile(lines: string[], name = `cases-${++fileCount}.csv`): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, `${[HEADER, ...lines].join('\r\n')}\r\n`);
  return file;
}

interface Row {
  id: string;
  pcb: string;
  working: { method: string; additional_remuneration: boolean; symbols: Record<string, string | number>; lines: string[] };
}

interface Example {
  id: string;
  ya: number;
  month?: number;
  category?: number;
  residency: string;
  reliefs?: Record<string, string>;
  accumulated?: Record<string, string>;
  current: Record<string, string>;
  expected: Record<string, string | number>;
}
const examples = (JSON.parse(readSpecFile('official_examples.json')) as { cases: Example[] }).cases;

/** A CSV row from an example of the file: C = QC ÷ RM2,000 (6,000 → 3); non-residents have no month or category there. */
function exampleRow(e: Example): string {
  const a = e.accumulated ?? {};
  const c = e.current;
  const children = e.reliefs ? String(Number(e.reliefs.QC) / 2000) : '';
  const resident = e.residency === 'resident' ? 'yes' : 'no';
  return [e.id, e.ya, e.month ?? 1, e.category ?? '', resident, '', '', children, '', '', '', a.sumY, a.sumK, a.X, a.Z, a.sumLP, c.Y1, c.K1, c.LP1, c.Yt, c.Kt, c.zakat_current]
    .map((v) => v ?? '')
    .join(',');
}

describe('caruman pcb (spawned, as a user runs it)', () => {
  it("prints LHDN's amount for every official example, with the working", async () => {
    const run = await spawnCaruman(['pcb', '--input', csvFile(examples.map(exampleRow)), '--json'], data);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Row[];
    expect(rows.map((r) => [r.id, r.pcb])).toEqual(examples.map((e) => [e.id, e.expected.mtd_total_payable]));
    const april = rows.find((r) => r.id === 'L1-EX5-APR-AR')!;
    expect(april.working).toMatchObject({ method: 'resident', additional_remuneration: true });
    expect(april.working.symbols).toMatchObject({ K2: '197.50', P: '46400.00', step1E: '1284.00', K2_with_additional: '84.00', P_with_additional: '54650.00', step4: '727.50' });
    expect(april.working.lines.at(-1)).toBe('PCB to deduct this month: RM833.70.');
    expect(rows.find((r) => r.id === 'L1-NONRES')!.working.method).toBe('non_resident');
  });

  it('refuses a file with a bad row: every bad row named by row and column, nothing on stdout, exit 1', async () => {
    const file = csvFile([
      'GOOD,2026,1,3,yes,,,3,0,0,0,0,0,0,0,0,5500,605,0,0,0,0',
      'SEP,2026,1,3,yes,,,3,0,0,0,0,0,0,0,0,5,500,605,0,0,0,0',
      'OLD,2018,1,3,yes,,,3,0,0,0,0,0,0,0,0,5500,605,0,0,0,0',
      'NEG,2026,2,1,yes,,,,,,,5500,605,-110,,,5500,605,,,,',
    ]);
    const run = await spawnCaruman(['pcb', '--input', file, '--json'], data);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Row 2: 23 fields, but the header has 22');
    expect(run.stderr).toContain('Row 3 (id "OLD"), column year: Caruman calculates PCB for the years of assessment 2019 to 2026');
    expect(run.stderr).toContain('Row 4 (id "NEG"), column sum_x: An amount cannot be negative; got "-110".');
    expect(run.stderr).toContain('No results: 3 rows could not be calculated.');
  });

  it('prints a readable table in Malay, with the working of a single case', async () => {
    const run = await spawnCaruman(['pcb', '--input', csvFile(['JAN,2026,1,3,yes,,,3,0,0,0,0,0,0,0,0,5500,605,0,0,0,0'])], data, { env: { CARUMAN_LANG: 'ms' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ID\s+TAHUN\s+BULAN\s+KAT\s+PEMASTAUTIN\s+P \(SETAHUN\)/);
    expect(run.stdout).toMatch(/JAN\s+2026\s+1\s+3\s+ya\s+47000\.07\s+1320\.00\s+-\s+110\.00/);
    expect(run.stdout).toContain('PCB yang dipotong bulan ini: RM110.00.');
  });
});

describe('caruman pcb (in-process)', () => {
  it('takes every zakat row of LHDN’s table to the amount the file gives', async () => {
    // December, category 1, ΣY 45,000 → tax 660.00; X = 660.00 − Step 1[C]; Yt for each Step 4
    // (worked out in tests/unit/tax/zakat-threshold.test.ts).
    const ytFor: Record<string, string> = { '9.00': '150.00', '25.00': '416.67', '32.55': '542.50', '127.30': '2121.67', '392.25': '6537.50' };
    const rows = readCsvObjects(readSpecFile('zakat_threshold_cases.csv'));
    const lines = rows.map((r) => {
      const xSen = senOf('660.00') - senOf(r.mtd_current_month_calc as string);
      const x = `${Math.floor(xSen / 100)}.${String(xSen % 100).padStart(2, '0')}`;
      return [r.case_id, 2026, 12, 1, 'yes', '', '', '', '', '', '', '45000', '', x, '', '', '', '', '', ytFor[r.mtd_additional_calc as string] ?? '', '', r.zakat_current_month].join(',');
    });
    const run = await runCaruman(['pcb', '--input', csvFile(lines), '--json'], data);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Row[]).map((r) => [r.id, r.pcb])).toEqual(rows.map((r) => [r.case_id, r.mtd_total_step5]));
  });

  it('reads quoted thousands separators, RM prefixes, a byte order mark and empty numbers', async () => {
    const file = path.join(temp.dir, 'bom.csv');
    fs.writeFileSync(file, `\uFEFF${HEADER}\n"JAN",2026,01,3,YES,,no,3,,,,,,,,,"RM 5,500.00",605,,,,\n`);
    const run = await runCaruman(['pcb', '--input', file, '--json'], data);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Row[])[0]).toMatchObject({ id: 'JAN', pcb: '110.00' });
  });

  it('refuses a wrong header, a missing file and a missing --input as usage errors (exit 2)', async () => {
    const wrong = path.join(temp.dir, 'wrong.csv');
    fs.writeFileSync(wrong, 'id,year,month\n1,2026,1\n');
    const header = await runCaruman(['pcb', '--input', wrong], data);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('The first line of the file must be the header id,year,month,category,resident');
    const missing = await runCaruman(['pcb', '--input', path.join(temp.dir, 'nope.csv')], data);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read the file');
    expect((await runCaruman(['pcb'], data)).code).toBe(2);
  });

  it('names each refused cell: flags, counts, category, month, too large', async () => {
    const run = await runCaruman(
      [
        'pcb',
        '--input',
        csvFile([
          'A,2026,13,1,yes,,,,,,,,,,,,1000,,,,,',
          'B,2026,1,,yes,,,,,,,,,,,,1000,,,,,',
          'C,2026,1,1,yes,ya,,,,,,,,,,,1000,,,,,',
          'D,2026,1,2,yes,,,2.5,,,,,,,,,1000,,,,,',
          'E,2026,1,2,yes,,,,,,,,,,,,10000000.01,,,,,',
          'F,2026,1,2,yes,,,,,,,,,,,,1000.005,,,,,',
        ]),
      ],
      data,
    );
    expect(run.code).toBe(1);
    for (const expected of [
      'Row 1 (id "A"), column month',
      'Row 2 (id "B"), column category: This column must not be empty.',
      'Row 3 (id "C"), column disabled: Write yes, or leave it empty for no; got "ya".',
      'Row 4 (id "D"), column children',
      'Row 5 (id "E"), column y1',
      'Row 6 (id "F"), column y1',
    ]) {
      expect(run.stderr).toContain(expected);
    }
  });
});

describe('caruman check on a CP39 file', () => {
  it('recognises the hand-built file by its content and finds nothing wrong', async () => {
    const copy = path.join(temp.dir, 'upload.txt');
    fs.copyFileSync(GOLDEN_PATH, copy);
    const run = await spawnCaruman(['check', copy, '--json'], data);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { layout: string; layoutName: string; totals: Record<string, unknown>; problems: unknown[] };
    expect(report.layout).toBe('cp39');
    expect(report.layoutName).toContain('CP39');
    expect(report.totals).toMatchObject({ records: 6, amountSen: 259537, amount: 'RM2,595.37', cp38Sen: 175050 });
    // The name is not LHDN's pattern: a warning, not an error.
    expect(report.problems).toMatchObject([{ key: 'tax.cp39.check.fileName', severity: 'warning' }]);
  });

  it('finds a planted error and names its line', async () => {
    const text = fs.readFileSync(GOLDEN_PATH, 'latin1').replace('00531367080AHMAD', '00000000000AHMAD');
    const file = path.join(temp.dir, GOLDEN_NAME);
    fs.writeFileSync(file, text, 'latin1');
    const run = await runCaruman(['check', file], data);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('CP39 file');
    expect(run.stdout).toContain('error: line 2, column 2: The income tax number (TIN) is all zeros');
  });
});
