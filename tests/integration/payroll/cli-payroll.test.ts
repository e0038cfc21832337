// `caruman payroll` on a real data folder (issue 17's CLI contract, used by tests outside the
// project): the JSON array, the table in the user's language with totals, finalise, the refusal of
// a finalised month's import, unlock with a reason, and a correction. The contract itself is
// checked on the real command spawned as a user's shell would.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaruman, spawnCaruman } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/cleanups';
import { createServices } from '../../../main/services';
import { ringgitToSen } from '../../../shared/money/sen';

const temp = useTempDirs();

const CONTRACT_KEYS = [
  'id_number',
  'name',
  'gross',
  'epf_employee',
  'socso_employee',
  'eis_employee',
  'lindung_employee',
  'pcb',
  'zakat',
  'other_deductions',
  'net',
  'epf_employer',
  'socso_employer',
  'eis_employer',
];

/** A1 with two employees paid in July and August 2026 (CSV imports, as a bookkeeper would). */
async function setUp(dataDir: string, work: string) {
  expect((await runCaruman(['companies', 'add', '--name', 'Kedai A1', '--employer-code', 'A1'], dataDir)).code).toBe(0);
  const staff = path.join(work, 'staff.csv');
  fs.writeFileSync(staff, 'name,no_kp,tarikh_mula,tarikh_daftar_perkeso\nAli bin Abu,960115-14-5673,2024-01-01,2024-01-02\nSiti,860502-10-5678,2024-01-01,2024-01-02\n');
  expect((await runCaruman(['import', 'employees', staff, '--company', 'A1'], dataDir)).code).toBe(0);
  const wages = path.join(work, 'wages.csv');
  fs.writeFileSync(wages, 'id_number,basic,allowance,overtime,bonus\n960115145673,5000,300,200,0\n860502105678,2500,0,0,1000\n');
  for (const month of ['2026-07', '2026-08']) expect((await runCaruman(['import', 'wages', wages, '--company', 'A1', '--month', month], dataDir)).code).toBe(0);
  return wages;
}

describe('caruman payroll', () => {
  it('prints the JSON contract: one object per employee paid, ringgit strings, gross − deductions = net', async () => {
    const dataDir = temp();
    await setUp(dataDir, temp());
    const run = await spawnCaruman(['payroll', '--company', 'A1', '--month', '2026-07', '--json'], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(['Ali bin Abu', 'Siti']);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(CONTRACT_KEYS);
      for (const key of CONTRACT_KEYS.slice(2)) expect(row[key], key).toMatch(/^\d+\.\d\d$/);
      const sen = (key: string) => ringgitToSen(row[key]!);
      const deductions = ['epf_employee', 'socso_employee', 'eis_employee', 'lindung_employee', 'pcb', 'zakat', 'other_deductions'].reduce((t, k) => t + sen(k), 0);
      expect(sen('gross') - deductions).toBe(sen('net'));
    }
    // Ali, July 2026 (LINDUNG in force): SOCSO wages 5,500 → 27.25 / 95.35; EIS 10.90; LINDUNG 5,400.01–5,500; EPF on 5,300: 583 / 636.
    expect(rows[0]).toMatchObject({ id_number: '960115145673', gross: '5500.00', epf_employee: '583.00', socso_employee: '27.25', eis_employee: '10.90', epf_employer: '636.00', socso_employer: '95.35', eis_employer: '10.90' });
  });

  it('prints a table with totals in the user’s language, and says who is not paid', async () => {
    const dataDir = temp();
    await setUp(dataDir, temp());
    const en = await runCaruman(['payroll', '--company', 'A1', '--month', '2026-07'], dataDir);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/ID number\s+Name\s+Gross\s+EPF\s+SOCSO/);
    expect(en.stdout).toMatch(/Total \(2 employees\)\s+9000\.00/);
    expect(en.stdout).toContain('July 2026 is open');
    expect(en.stdout).toMatch(/To pay: KWSP RM[\d,]+\.\d\d, PERKESO RM/);
    const ms = await runCaruman(['payroll', '--company', 'A1', '--month', '2026-07'], dataDir, { CARUMAN_LANG: 'ms' });
    expect(ms.stdout).toMatch(/No\. KP\s+Nama\s+Kasar\s+KWSP/);
    expect(ms.stdout).toContain('Jumlah (2 pekerja)');
    const none = await runCaruman(['payroll', '--company', 'A1', '--month', '2026-09'], dataDir);
    expect(none.stdout).toContain('Not paid: Ali bin Abu (960115145673) has no wages entered for this month.');
  });

  it('finalises a month; an import for it is then refused; unlock needs a reason and is said', async () => {
    const dataDir = temp();
    const wages = await setUp(dataDir, temp());
    const finalised = await runCaruman(['payroll', 'finalise', '--company', 'A1', '--month', '2026-07'], dataDir);
    expect(finalised.code).toBe(0);
    expect(finalised.stdout).toContain('July 2026 is finalised: 2 employees paid');
    const again = await runCaruman(['import', 'wages', wages, '--company', 'A1', '--month', '2026-07'], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('July 2026 is finalised (paid; finalised on');
    const ms = await runCaruman(['import', 'wages', wages, '--company', 'A1', '--month', '2026-07'], dataDir, { CARUMAN_LANG: 'ms' });
    expect(ms.stderr).toContain('Julai 2026 telah dimuktamadkan');
    const shown = await runCaruman(['payroll', '--company', 'A1', '--month', '2026-07'], dataDir);
    expect(shown.stdout).toMatch(/July 2026 was finalised on \d\d\/\d\d\/\d{4}/);

    expect((await runCaruman(['payroll', 'unlock', '--company', 'A1', '--month', '2026-07'], dataDir)).code).toBe(2);
    const unlocked = await runCaruman(['payroll', 'unlock', '--company', 'A1', '--month', '2026-07', '--reason', 'Bonus of Siti was wrong'], dataDir);
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toContain('July 2026 is unlocked (reason: Bonus of Siti was wrong)');
    expect(unlocked.stdout).toContain('Nothing had been generated or filed for July 2026 yet.');
    expect((await runCaruman(['import', 'wages', wages, '--company', 'A1', '--month', '2026-07'], dataDir)).code).toBe(0);
  });

  it('records a correction paid in a later month', async () => {
    const dataDir = temp();
    await setUp(dataDir, temp());
    expect((await runCaruman(['payroll', 'finalise', '--company', 'A1', '--month', '2026-07'], dataDir)).code).toBe(0);
    // A month given but not a month is named with its option; one typed as the app's fields take it is read.
    const typo = await runCaruman(['payroll', 'correct', '--company', 'A1', '--employee', '960115-14-5673', '--for-month', '2026-13', '--paid-month', '2026-08', '--amount', '250', '--reason', 'x'], dataDir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('caruman: "2026-13" is not a month: write --for-month YYYY-MM, e.g. --for-month 2025-03 (or 03/2025, "March 2025")\n');
    const args = ['payroll', 'correct', '--company', 'A1', '--employee', '960115-14-5673', '--for-month', '07/2026', '--paid-month', 'Aug 2026', '--amount', '250', '--reason', 'Overtime left out'];
    const corrected = await runCaruman(args, dataDir);
    expect(corrected.stderr).toBe('');
    expect(corrected.stdout).toContain('Correction recorded: RM250.00 short in July 2026, paid in August 2026.');
    const august = JSON.parse((await runCaruman(['payroll', '--company', 'A1', '--month', '2026-08', '--json'], dataDir)).stdout) as Record<string, string>[];
    expect(august[0]).toMatchObject({ name: 'Ali bin Abu', gross: '5750.00' });
    const unknownArgs = [...args.slice(0, 4), '--employee', '010101-01-0101', ...args.slice(6)];
    const unknown = await runCaruman(unknownArgs, dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no employee of this company has the ID number 010101-01-0101');
    const unknownMs = await runCaruman(unknownArgs, dataDir, { CARUMAN_LANG: 'ms' });
    expect(unknownMs.stderr).toContain('tiada pekerja syarikat ini dengan nombor pengenalan 010101-01-0101');
  });

  it('refuses a month where an employee cannot be paid: the reason on stderr, nothing on stdout', async () => {
    const dataDir = temp();
    await setUp(dataDir, temp());
    const services = createServices({ dataDir, filesDir: path.join(dataDir, 'files') });
    const company = services.companies.getByEmployerCode('A1');
    const ali = services.employees.list(company.id, 'all', '').find((e) => e.name === 'Ali bin Abu')!;
    services.wages.write(company.id, '2026-07', [{ employeeId: ali.id, items: { basic: 100_000 }, deductions: { unpaid_leave: 0, salary_advance: 100_000, loan_repayment: 0, other_deduction: 0, zakat: 0 } }], 'app');
    services.close();
    const run = await runCaruman(['payroll', '--company', 'A1', '--month', '2026-07', '--json'], dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The net pay of Ali bin Abu (960115145673) for July 2026 would be below zero');
    expect((await runCaruman(['payroll', '--company', 'NOPE', '--month', '2026-07'], dataDir)).code).toBe(1);
    expect((await runCaruman(['payroll', '--company', 'A1', '--month', '2026-13'], dataDir)).code).toBe(2);
  });
});
