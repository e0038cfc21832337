import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaruman } from '../helpers/cli';
import { tempDirsPerTest } from '../helpers/temp-dirs';

const temp = tempDirsPerTest();

async function setUp(dataDir: string, work: string) {
  for (const [code, name] of [
    ['A1', 'Kedai A'],
    ['B2', 'Kedai B'],
  ]) {
    expect((await runCaruman(['companies', 'add', '--name', name!, '--employer-code', code!], dataDir)).code).toBe(0);
    const employees = path.join(work, `${code}-staff.csv`);
    fs.writeFileSync(employees, 'name,no_kp,tarikh_mula,tarikh_daftar_perkeso\nAli,800101-14-5677,2024-01-01,2024-01-02\n');
    expect((await runCaruman(['import', 'employees', employees, '--company', code!], dataDir)).code).toBe(0);
  }
  const wages = path.join(work, 'wages.csv');
  fs.writeFileSync(wages, 'ic,gaji\n800101145677,2500\n');
  expect((await runCaruman(['import', 'wages', wages, '--company', 'A1', '--month', '2026-10'], dataDir)).code).toBe(0);
}

describe('caruman export --all, status, arrears', () => {
  it('generates every ready company into its own folder and reports the others', async () => {
    const dataDir = temp();
    const out = temp();
    await setUp(dataDir, out);
    const run = await runCaruman(['export', '--all', '--month', '2026-10', '--out', out, '--json'], dataDir, { CARUMAN_FILES_DIR: out });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { employerCode: string; outcome: string }) => [r.employerCode, r.outcome])).toEqual([
      ['A1', 'generated'],
      ['B2', 'skipped'],
    ]);
    // From 2026-06 the one SOCSO + EIS + LINDUNG file alone (STATUTORY.md §2.2).
    expect(fs.readdirSync(path.join(out, 'A1')).sort()).toEqual(['SOCSO-EIS-LINDUNG_A1_102026.txt']);

    const again = await runCaruman(['export', '--all', '--month', '2026-10', '--out', out], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('1 company failed; see the summary');

    const status = await runCaruman(['status', '--month', '2026-10', '--json'], dataDir);
    expect(JSON.parse(status.stdout).map((r: { stage: string }) => r.stage)).toEqual(['generated', 'not_started']);
  });

  it('refuses --all without --out, and --all with --company', async () => {
    const dataDir = temp();
    expect((await runCaruman(['export', '--all', '--month', '2026-10'], dataDir)).code).toBe(2);
    expect((await runCaruman(['export', '--all', '--company', 'A1', '--month', '2026-10', '--out', '/tmp'], dataDir)).code).toBe(2);
  });
});
