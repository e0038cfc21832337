// `caruman calc` end to end through runCli: single cases, a batch file, JSON and table output,
// and errors that name the row and the field. Expected amounts are the spec tables' values.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaruman } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/calc/batch.csv');

type Row = Record<string, unknown>;
async function json(args: string[]): Promise<{ code: number; rows: Row[]; stderr: string }> {
  const run = await runCaruman([...args, '--json'], temp.dir);
  return { code: run.code, rows: JSON.parse(run.stdout) as Row[], stderr: run.stderr };
}

describe('caruman calc (single case)', () => {
  it('prints a one-element array with id "1" and the amounts as decimal strings', async () => {
    const { code, rows } = await json(['calc', '--month', '2024-10', '--wages', '1050', '--dob', '1990-03-14']);
    expect(code).toBe(0);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: '1',
      category: 1,
      socso_employer: '18.35',
      socso_employee: '5.25',
      eis_employer: '2.10',
      eis_employee: '2.10',
      eis_eligible: true,
      lindung_employee: '0.00',
    });
    expect(rows[0]?.explanation).toContain('RM1,000.01 – RM1,100.00');
  });

  it('reads the date of birth from --ic and honours the flags', async () => {
    // Born 1966-05-10: 59 for 2026-05, 60 from 2026-06 (Category 2, no EIS).
    const turning = await json(['calc', '--month', '2026-06', '--wages', '1700', '--ic', '660510-14-5677']);
    expect(turning.rows[0]).toMatchObject({ category: 2, eis_eligible: false, eis_employee: '0.00', socso_employee: '0.00', lindung_employee: '12.35' });
    const late = await json(['calc', '--month', '2025-02', '--wages', '1700', '--dob', '1968-01-01', '--first-insured-at-55', '--no-eis-before-57', '--no-lindung']);
    expect(late.rows[0]).toMatchObject({ category: 2, eis_eligible: false });
    const optedOut = await json(['calc', '--month', '2026-06', '--wages', '1700', '--dob', '1990-01-01', '--no-lindung']);
    expect(optedOut.rows[0]).toMatchObject({ lindung_employee: '0.00', lindung_status: 'opted_out' });
    const maid = await json(['calc', '--month', '2021-05', '--wages', '1200', '--dob', '1990-01-01', '--domestic']);
    expect(maid.rows[0]).toMatchObject({ category: null, socso_employer: '0.00', eis_eligible: false });
  });

  it('prints a readable table and the explanation without --json', async () => {
    const run = await runCaruman(['calc', '--month', '2024-10', '--wages', '1050', '--dob', '1990-03-14'], temp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SOCSO ER/);
    expect(run.stdout).toContain('18.35');
    expect(run.stdout).toContain('RM1,000.01 – RM1,100.00');
  });

  it('speaks Malay with CARUMAN_LANG=ms', async () => {
    const run = await runCaruman(['calc', '--month', '2024-10', '--wages', '1050', '--dob', '1990-03-14'], temp.dir, { CARUMAN_LANG: 'ms' });
    expect(run.stdout).toContain('jalur RM1,000.01 – RM1,100.00');
  });

  it('refuses a month before 2016-06 with a clear error and a non-zero exit code', async () => {
    const { code, rows } = await json(['calc', '--month', '2016-05', '--wages', '1000']);
    expect(code).not.toBe(0);
    expect(rows[0]).toMatchObject({ id: '1', field: 'month' });
    expect(String(rows[0]?.error)).toContain('from June 2016 onwards; May 2016 is earlier');
  });

  it('refuses a bad MyKad number, naming --ic', async () => {
    const run = await runCaruman(['calc', '--month', '2024-10', '--wages', '1000', '--ic', '801301-14-5677'], temp.dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--ic');
    expect(run.stderr).toContain('not a real date');
  });

  it('asks for --month and --wages', async () => {
    const run = await runCaruman(['calc', '--wages', '1000'], temp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--month');
  });
});

describe('caruman calc --input (batch)', () => {
  it('returns one object per row, in order, with errors in their row', async () => {
    const { code, rows } = await json(['calc', '--input', FIXTURE]);
    expect(code).not.toBe(0);
    expect(rows.map((r) => r.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9']);
    expect(rows[0]).toMatchObject({ category: 1, socso_employer: '18.35', socso_employee: '5.25', eis_employer: '2.10', eis_employee: '2.10', lindung_employee: '0.00', eis_eligible: true });
    expect(rows[1]).toMatchObject({ category: 1, lindung_employee: '12.35', eis_eligible: true });
    expect(rows[2]).toMatchObject({ category: null, socso_employer: '0.00', socso_employee: '0.00', eis_eligible: false });
    expect(rows[3]).toMatchObject({ category: 2, socso_employer: '30.60', socso_employee: '0.00', eis_eligible: false, eis_employer: '0.00' });
    expect(rows[4]).toMatchObject({ lindung_employee: '0.00' });
    expect(rows[5]).toMatchObject({ field: 'month' });
    expect(rows[6]).toMatchObject({ field: 'wages' });
    expect(String(rows[6]?.error)).toMatch(/Row 7 \(id "A7"\), field wages/);
    expect(rows[7]).toMatchObject({ field: 'first_insured_at_55' });
    for (const r of rows.slice(5, 8)) expect(r.error).toEqual(expect.any(String));
    // Born 1965-02: 60 from 2025-03.
    expect(rows[8]).toMatchObject({ category: 2, eis_eligible: false, socso_employee: '0.00' });
    for (const r of [rows[0], rows[1], rows[3], rows[8]]) expect(typeof r?.explanation).toBe('string');
  });

  it('prints a table and one line per bad row without --json', async () => {
    const run = await runCaruman(['calc', '--input', FIXTURE], temp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('A1');
    expect(run.stdout).toContain('18.35');
    expect(run.stderr).toContain('Row 6 (id "A6"), field month');
    expect(run.stderr).toContain('Row 8 (id "A8"), field first_insured_at_55');
  });

  it('refuses a file with the wrong header', async () => {
    const file = path.join(temp.dir, 'bad.csv');
    fs.writeFileSync(file, 'id,month,wages\n1,2024-10,1000\n');
    const run = await runCaruman(['calc', '--input', file], temp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('id,month,wages,dob,nationality,first_insured_at_55,no_eis_before_57,lindung');
  });

  it('accepts quoted fields, CRLF line ends and an optional domestic column', async () => {
    const file = path.join(temp.dir, 'quoted.csv');
    fs.writeFileSync(file, 'id,month,wages,dob,nationality,first_insured_at_55,no_eis_before_57,lindung,domestic\r\n"x,1",2021-05,"1,200.00",1990-01-01,citizen,,,,yes\r\n');
    const { code, rows } = await json(['calc', '--input', file]);
    expect(code).toBe(0);
    expect(rows[0]).toMatchObject({ id: 'x,1', wages: '1200.00', category: null });
  });
});
