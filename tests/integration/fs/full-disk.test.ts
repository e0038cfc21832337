// A full disk part-way through a write, through the real CLI and services: nothing half-written
// under a final name, and a run that did part of its work says which part.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaruman } from '../../helpers/cli';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { withDiskSpace } from '../../helpers/disk-space';

const temp = tempDirsPerTest('caruman-full-');

/** Companies each with one employee and wages for 2026-03 (one SOCSO and one EIS record each). */
async function companiesWithWages(dataDir: string, work: string, codes: string[]) {
  for (const code of codes) {
    expect((await runCaruman(['companies', 'add', '--name', `Kedai ${code}`, '--employer-code', code], dataDir)).code).toBe(0);
    const staff = path.join(work, `${code}-staff.csv`);
    fs.writeFileSync(staff, 'name,no_kp,tarikh_mula,tarikh_daftar_perkeso\nAli,800101-14-5677,2024-01-01,2024-01-02\n');
    expect((await runCaruman(['import', 'employees', staff, '--company', code], dataDir)).code).toBe(0);
    const wages = path.join(work, `${code}-wages.csv`);
    fs.writeFileSync(wages, 'ic,gaji\n800101145677,2500\n');
    expect((await runCaruman(['import', 'wages', wages, '--company', code, '--month', '2026-03'], dataDir)).code).toBe(0);
  }
}

describe('issue 11 item 18: every file Caruman writes goes through the durable write', () => {
  it('`caruman export employees --out` on a full disk leaves no truncated file under the name asked for', async () => {
    const dataDir = temp();
    const out = temp();
    await companiesWithWages(dataDir, out, ['A1']);
    const target = path.join(out, 'staff-export.csv');
    const run = await withDiskSpace(40, () => runCaruman(['export', 'employees', '--company', 'A1', '--out', target], dataDir));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`caruman: The disk is full, so ${target} could not be written. Nothing was left half-written. Free some space and try again.\n`);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(out).filter((n) => n.includes('staff-export'))).toEqual([]);

    // With room, the same command writes the whole file, owner-only, and never over it again.
    expect((await runCaruman(['export', 'employees', '--company', 'A1', '--out', target], dataDir)).code).toBe(0);
    // (CSV exports start with a UTF-8 byte order mark, so Excel keeps them UTF-8.)
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^\uFEFFname,id_type,id_number,/);
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const again = await runCaruman(['export', 'employees', '--company', 'A1', '--out', target], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('`caruman import template --out` over a file already there fails the command and leaves the file as it was', async () => {
    const dataDir = temp();
    const target = path.join(temp(), 'wages-template.csv');
    fs.writeFileSync(target, 'mine\n');
    const run = await runCaruman(['import', 'template', 'wages', '--out', target], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(fs.readFileSync(target, 'utf8')).toBe('mine\n');
  });
});

describe('issue 11 item 17: `export --all` that fails half-way says what was written', () => {
  it('a full disk after the first company: its files are complete, the second has none, and the message names what was written', async () => {
    const dataDir = temp();
    const out = temp();
    await companiesWithWages(dataDir, temp(), ['A1', 'B2']);
    // A1's two files are 2 × 225 bytes; then the disk is full.
    const run = await withDiskSpace(500, () => runCaruman(['export', '--all', '--month', '2026-03', '--out', out], dataDir));
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Nothing was changed');
    expect(run.stderr).toBe(
      `caruman: The files of 1 company(ies) (A1) were written completely, but the summary ${path.join(out, 'caruman-summary-2026-03.csv')} could not be saved (ENOSPC). Free some space, then run it again to get the summary.\n`,
    );
    expect(fs.readdirSync(path.join(out, 'A1')).sort()).toEqual(['EIS_A1_032026.txt', 'SOCSO_A1_032026.txt']);
    for (const name of fs.readdirSync(path.join(out, 'A1'))) expect(fs.statSync(path.join(out, 'A1', name)).size).toBe(225);
    expect(fs.readdirSync(path.join(out, 'B2'))).toEqual([]);
  });

  it('a company whose folder cannot be made fails alone; the others are written and the summary says so', async () => {
    const dataDir = temp();
    const out = temp();
    await companiesWithWages(dataDir, temp(), ['A1', 'B2']);
    fs.writeFileSync(path.join(out, 'A1'), 'a file where the folder should be');
    const run = await runCaruman(['export', '--all', '--month', '2026-03', '--out', out, '--json'], dataDir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { results: { employerCode: string; outcome: string; reason: { message: string } | null }[]; summaryFile: string };
    expect(report.results.map((r) => [r.employerCode, r.outcome])).toEqual([
      ['A1', 'failed'],
      ['B2', 'generated'],
    ]);
    expect(report.results[0]!.reason!.message).toBe(`Its folder ${path.join(out, 'A1')} could not be made (EEXIST). If a file has that name, move it away.`);
    const summary = fs.readFileSync(report.summaryFile, 'utf8');
    expect(summary).toContain('A1,Kedai A1,failed');
    expect(summary).toContain('B2,Kedai B2,generated');
    expect(fs.readFileSync(path.join(out, 'A1'), 'utf8')).toBe('a file where the folder should be');
  });
});
