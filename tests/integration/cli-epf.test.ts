// `caruman epf` as a user runs it — the installed bin in its own process, on a real CSV file — and
// `caruman check` / assist:check on a Form A file. Expected amounts are the spec's (EPF.md §6 and
// the Third Schedule tables), worked in the comments.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build.mjs';
import { runCaruman } from '../helpers/cli';
import { createRecordsApp } from '../helpers/records';
import { makeTempDir } from '../helpers/temp-dir';
import type { CheckReport } from '../../shared/api/channels/assist';

const temp = makeTempDir();
afterAll(() => temp.remove());
// The bin runs the bundle dist/cli: build it from the current sources, so no stale one is tested.
beforeAll(() => buildCli(), 120_000);
const BIN = path.resolve('bin/caruman.mjs');
const CASES = path.resolve('tests/fixtures/epf/cases.csv');
const FORM_A = path.resolve('tests/fixtures/epf/EPF_23456789_082026.txt');

function caruman(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, CARUMAN_DATA_DIR: temp.dir, CARUMAN_LANG: 'en', ...env },
    encoding: 'utf8',
    cwd: temp.dir,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
function file(name: string, text: string): string {
  const full = path.join(temp.dir, name);
  fs.writeFileSync(full, text);
  return full;
}
const HEADER = 'id,month,wages,bonus,dob,status,keep_11,domestic';

describe('caruman epf --input FILE --json (the contract of issue 15)', () => {
  it('prints one object per row, in order, with exactly id, part, employer, employee and explanation (and opens no database)', () => {
    const data = path.join(temp.dir, 'untouched');
    fs.mkdirSync(data);
    const run = caruman(['epf', '--input', CASES, '--json'], { CARUMAN_DATA_DIR: data });
    expect(fs.readdirSync(data)).toEqual([]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const rows = JSON.parse(run.stdout) as Record<string, string>[];
    expect(rows.map(({ explanation: _e, ...rest }) => rest)).toEqual([
      { id: 'EX02', part: 'A', employer: '390.00', employee: '330.00' },
      // 13 % × 5,655.05 = 735.1565 → 736; employee 7 % of the band top 5,700 = 399.
      { id: 'EX05', part: 'A', employer: '736.00', employee: '399.00' },
      // Keeps 11 %: 443 (the 11 % table), employer 13 % × 4,020 = 522.6 → 523.
      { id: 'EX08', part: 'A', employer: '523.00', employee: '443.00' },
      { id: 'EX20', part: 'A', employer: '71.00', employee: '44.00' },
      { id: 'EX21', part: 'F', employer: '1.00', employee: '1.00' },
      // 12 % × 5,100 = 612; 11 % × 5,100 = 561.
      { id: 'cliff', part: 'A', employer: '612.00', employee: '561.00' },
      // Born 1966-06-30: 60 in June 2026, so Part E in July: 4 % × 3,000 = 120, employee nothing.
      { id: 'sixty', part: 'E', employer: '120.00', employee: '0.00' },
      { id: 'maid', part: 'none', employer: '0.00', employee: '0.00' },
      // Born 1950-01-01: 76 in July 2026, past 75.
      { id: 'old', part: 'none', employer: '0.00', employee: '0.00' },
      // Part B (2022-07 edition): RM5 and ⌈11 % × 3,000⌉ = 330.
      { id: 'elected', part: 'B', employer: '5.00', employee: '330.00' },
    ]);
    for (const row of rows)
      expect(Object.keys(row)).toEqual(['id', 'part', 'employer', 'employee', 'explanation']);
    expect(rows[0]?.explanation).toContain(
      'Part A, band RM2,980.01–3,000.00: employer RM390, employee RM330',
    );
    expect(rows[7]?.explanation).toContain('foreign domestic servants are outside Part F');
  });

  it('refuses a bad row naming its row and column, exits non-zero, and prints nothing on stdout', () => {
    const bad = file(
      'bad.csv',
      `${HEADER}\nok,2026-07,3000,,1990-01-01,citizen,,\nbroken,2026-07,3000,,1990-01-01,alien,,\nearly,2016-02,3000,,1990-01-01,citizen,,\n`,
    );
    const run = caruman(['epf', '--input', bad, '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'Row 2 (id "broken"), field status: The EPF status must be one of citizen, pr, pre1998, foreign or foreign_elected; got "alien".',
    );
    expect(run.stderr).toContain('Row 3 (id "early"), field month:');
  });
});

describe('caruman epf, in process', () => {
  const dir = () => temp.dir;
  it('prints a table in the user’s language, with totals, due dates and the explanation', async () => {
    const en = await runCaruman(['epf', '--input', CASES], dir());
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^ID\s+WAGE MONTH\s+WAGES\s+BONUS\s+PART\s+EMPLOYER\s+EMPLOYEE\s+DUE BY/);
    expect(en.stdout).toMatch(/EX02\s+2025-10\s+2985\.00\s+A\s+390\.00\s+330\.00\s+2025-11-15/);
    const ms = await runCaruman(['epf', '--input', CASES], dir(), { CARUMAN_LANG: 'ms' });
    expect(ms.stdout).toMatch(/^ID\s+BULAN GAJI/);
    expect(ms.stdout).toContain('Bahagian A, jalur RM2,980.01–3,000.00: majikan RM390, pekerja RM330');
  });
  it('refuses a file whose header is not the contract’s, an empty file, a missing file and a missing --input', async () => {
    const wrong = await runCaruman(
      ['epf', '--input', file('h.csv', 'id,month,wages\n1,2026-07,100\n')],
      dir(),
    );
    expect([wrong.code, wrong.stdout]).toEqual([2, '']);
    expect(wrong.stderr).toContain('the header id,month,wages,bonus,dob,status,keep_11,domestic');
    expect((await runCaruman(['epf', '--input', file('e.csv', `${HEADER}\n`)], dir())).stderr).toContain(
      'a header but no rows',
    );
    expect((await runCaruman(['epf', '--input', path.join(dir(), 'none.csv')], dir())).code).toBe(2);
    expect((await runCaruman(['epf', '--json'], dir())).code).toBe(2);
  });
  it('takes a spreadsheet’s CSV: byte-order mark, CR LF, quoted "1,234.50", upper-case words', async () => {
    const run = await runCaruman(
      [
        'epf',
        '--input',
        file('bom.csv', `\uFEFF${HEADER}\r\n"A 1",2026-07,"1,234.50",,1990-01-01,Citizen,,No\r\n`),
        '--json',
      ],
      dir(),
    );
    // 1,234.50 → band 1,220.01–1,240.00: ⌈13 % × 1,240⌉ = 162, ⌈11 % × 1,240⌉ = 137.
    expect(JSON.parse(run.stdout)).toMatchObject([
      { id: 'A 1', part: 'A', employer: '162.00', employee: '137.00' },
    ]);
  });
  it('names the row of a field count that does not match the header, and of a cell too long for the router', async () => {
    const count = await runCaruman(
      ['epf', '--input', file('c.csv', `${HEADER}\nA,2026-07,1,234.00,,1990-01-01,citizen,,\n`), '--json'],
      dir(),
    );
    expect([count.code, count.stdout]).toEqual([1, '']);
    expect(count.stderr).toContain('Row 1 (id "A")');
    const long = await runCaruman(
      ['epf', '--input', file('l.csv', `${HEADER}\nB,2026-07,${'9'.repeat(300)},,,citizen,,\n`), '--json'],
      dir(),
    );
    expect([long.code, long.stdout]).toEqual([1, '']);
    expect(long.stderr).toContain('Row 1 (id "B"), field wages');
  });
});

describe('caruman check and assist:check recognise a Form A file by its content', () => {
  it('passes the golden file whatever its name, and finds a planted error with its line', () => {
    const copy = file('upload-this.dat', fs.readFileSync(FORM_A, 'latin1'));
    const ok = caruman(['check', copy]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('EPF Form A text file for i-Akaun');
    expect(ok.stdout).toContain('5 records, total RM7,982.00');
    const planted = file(
      'planted.txt',
      fs.readFileSync(FORM_A, 'latin1').replace('99000000500', '99000000600'),
    );
    const bad = caruman(['check', planted]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('error: line 8, column 3: The trailer counts 6 members; the file has 5.');
  });

  it('checks amounts against the company’s employees through the router (assist:check), by path and by bytes', async () => {
    const app = createRecordsApp('2026-08-12');
    try {
      const company = await app.company();
      const people = [
        { name: 'Ali bin Abu', idNumber: '900314-14-5671' },
        { name: 'Siti Nurhaliza binti Tarudin', idNumber: '950520-10-5682' },
        { name: 'Tan Ah Kow', idNumber: '640510-07-5213' },
        {
          name: 'Rahim Uddin',
          idType: 'passport',
          idNumber: 'A12345678',
          nationality: 'foreign',
          dateOfBirth: '1993-02-02',
        },
        { name: 'Lim Mei Ling', idNumber: '700805-10-5436', nationality: 'pr' },
      ];
      for (const employee of people) await app.call('employees:create', { companyId: company.id, employee });
      const golden = fs.readFileSync(FORM_A, 'latin1');
      const byPath = await app.call<CheckReport>('assist:check', {
        file: file('EPF.txt', golden),
        companyId: company.id,
      });
      expect([byPath.layout, byPath.ok, byPath.errors, byPath.layoutName]).toEqual([
        'epf',
        true,
        0,
        'EPF Form A text file for i-Akaun (KWSP, 129 characters)',
      ]);
      // Ali's employee share RM330 → RM300, totals kept right: only the amount is wrong, and his record says Part A.
      const lines = golden.split('\r\n');
      lines[2] = `${lines[2]!.slice(0, 105)}000030000${lines[2]!.slice(114)}`;
      lines[0] = `${lines[0]!.slice(0, 48)}000000000369100${lines[0]!.slice(63)}`;
      lines[7] = `${lines[7]!.slice(0, 24)}000000000369100${lines[7]!.slice(39)}`;
      const planted = Buffer.from(lines.join('\r\n'), 'latin1').toString('base64');
      const byBytes = await app.call<CheckReport>('assist:check', {
        contentBase64: planted,
        fileName: 'from-another-program.txt',
        companyId: company.id,
      });
      expect(byBytes.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.key])).toEqual([
        [3, 'epf.formA.check.amountBelow'],
      ]);
      expect(byBytes.problems.find((p) => p.line === 3)?.message).toBe(
        'Ali bin Abu: employer RM390.00 and employee RM300.00 on wages of RM2,985.00 (July 2026) are less than the Third Schedule’s (Part A): employer RM390.00, employee RM330.00.',
      );
    } finally {
      app.dispose();
    }
  });
});
