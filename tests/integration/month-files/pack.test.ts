// The month-end pack on real files: `caruman pack` (issue 17's contract) writes each company's
// month into its own folder; the contents are the month's upload files, byte for byte those the
// files service makes; two companies are never mixed; a failure half-way leaves nothing
// half-written (not even an empty month folder); a stored employer code used as a folder name
// never leaves the chosen folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { makeTempDir } from '../../helpers/temp-dir';
import { runCaruman } from '../../helpers/cli';
import { CODE, expectedFormA, setUpEpfScenario, TODAY, WAGE_MONTH } from './scenario';
import { createServices } from '../../../main/services';
import { nodeFs, type DurableFs } from '../../../main/services/fs';
import { todayInMalaysia } from '../../../shared/calendar';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
afterEach(() => {
  app?.dispose();
  out?.remove();
});

const FORM_A = 'EPF_23456789_082026.txt';
const ASSIST = `SOCSO-EIS-LINDUNG_${CODE}_072026.txt`;
const OTHER = 'B3700099999C';
/** The scenario's six employees (setUpEpfScenario), as their payslips are named. */
const SCENARIO_IDS = ['640510075213', '700805105436', '900314145671', '950520105682', 'A12345678', 'P7654321'];
const THEIR_ASSIST = `SOCSO-EIS-LINDUNG_${OTHER}_072026.txt`;

/** What the pack adds for a company-month: payslips, combined PDF, summary, journal, README (and the payment list when everyone has an account). */
function payrollFiles(code: string, ids: readonly string[], options: { draft?: boolean; paymentList?: boolean } = {}): string[] {
  const draft = options.draft === false ? '' : '-DRAFT';
  return [
    ...ids.map((id) => `payslip-${WAGE_MONTH}-${id}.pdf`),
    `payslips-${WAGE_MONTH}-${code}.pdf`,
    `payroll-summary-${WAGE_MONTH}-${code}${draft}.csv`,
    `payroll-journal-${WAGE_MONTH}-${code}${draft}.csv`,
    ...(options.paymentList ? [`payment-list-${WAGE_MONTH}-${code}.csv`] : []),
    'README.txt',
  ];
}

/** The EPF scenario's company, and a second company with one employee paid in the same month. */
async function twoCompanies() {
  app = createRecordsApp(TODAY);
  out = makeTempDir();
  const { companyId } = await setUpEpfScenario(app);
  const other = await app.call<{ id: number }>('companies:create', { name: 'Kedai Kopi Lain', employerCode: OTHER });
  const worker = await app.call<{ id: number }>('employees:create', { companyId: other.id, employee: { name: 'Zainal Abidin', idNumber: '850505-10-5151', hireDate: '2020-01-06' } });
  await app.call('wages:set', { companyId: other.id, month: WAGE_MONTH, entries: [{ employeeId: worker.id, items: { basic: '2000' } }] });
  return { companyId, otherId: other.id };
}

describe('caruman pack', () => {
  it('--all: each company into <DIR>/<employer code>/<YYYY-MM>/, its own files only, recorded as runs', async () => {
    const { companyId, otherId } = await twoCompanies();
    app.services.close();
    const run = await runCaruman(['pack', '--all', '--month', WAGE_MONTH, '--out', out.dir], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out.dir).sort()).toEqual([CODE, OTHER].sort());
    const mine = path.join(out.dir, CODE, WAGE_MONTH);
    const theirs = path.join(out.dir, OTHER, WAGE_MONTH);
    expect(fs.readdirSync(mine).sort()).toEqual([FORM_A, ASSIST, ...payrollFiles(CODE, SCENARIO_IDS)].sort());
    // The other company has no KWSP employer number: its PERKESO file alone of the upload files.
    expect(fs.readdirSync(theirs).sort()).toEqual([THEIR_ASSIST, ...payrollFiles(OTHER, ['850505105151'])].sort());
    // Nobody has a bank account: no payment list, and the README and the CLI say why.
    const readme = fs.readFileSync(path.join(theirs, 'README.txt'), 'utf8');
    expect(readme).toContain('DRAFT: July 2026 is not finalised yet');
    expect(readme).toContain(`${THEIR_ASSIST} — PERKESO ASSIST upload (SOCSO, EIS, LINDUNG)`);
    expect(readme).toMatch(/\r\n {2}- No payment list was made for July 2026: 1 employee has no bank account number: Zainal Abidin \(850505105151\)/);
    expect(run.stdout).toContain(`${OTHER}: No payment list was made for July 2026`);
    // And why there is no Form A for it, as its README says (the CLI said only the payment list).
    expect(readme).toContain('No KWSP Form A is made');
    expect(run.stdout).toMatch(new RegExp(`${OTHER}: No KWSP Form A is made: .+ has no KWSP employer number yet`));
    // Never mixed: no line of one company's file names the other's employer code.
    expect(fs.readFileSync(path.join(theirs, `SOCSO-EIS-LINDUNG_${OTHER}_072026.txt`), 'latin1')).not.toContain(CODE);
    const today = todayInMalaysia().replaceAll('-', '');
    expect(fs.readFileSync(path.join(mine, FORM_A), 'latin1')).toBe(expectedFormA().replace('00EPF MONTHLY FORM A20260810', `00EPF MONTHLY FORM A${today}`));
    expect(run.stdout).toContain('2 packed, 0 skipped, 0 failed');

    // Recorded: each company's month has one run, in its month folder.
    const services = createServices({ dataDir: app.dataDir, filesDir: `${app.dataDir}/files`, today: () => TODAY });
    try {
      expect(services.monthFiles.status(companyId, WAGE_MONTH).runs.map((r) => r.folder)).toEqual([mine]);
      expect(services.monthFiles.status(otherId, WAGE_MONTH).runs.map((r) => r.folder)).toEqual([theirs]);
    } finally {
      services.close();
    }

    // Again: the files are there, so nothing is replaced without --force.
    const again = await runCaruman(['pack', '--all', '--month', WAGE_MONTH, '--out', out.dir], app.dataDir);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/already/);
    expect((await runCaruman(['pack', '--all', '--month', WAGE_MONTH, '--out', out.dir, '--force'], app.dataDir)).code).toBe(0);
  });

  it('--company: into <DIR>/<YYYY-MM>/; the contract’s usage errors say what to write', async () => {
    await twoCompanies();
    app.services.close();
    const one = await runCaruman(['pack', '--company', OTHER, '--month', WAGE_MONTH, '--out', out.dir], app.dataDir);
    expect(one.code).toBe(0);
    expect(fs.readdirSync(path.join(out.dir, WAGE_MONTH)).sort()).toEqual([THEIR_ASSIST, ...payrollFiles(OTHER, ['850505105151'])].sort());
    const both = await runCaruman(['pack', '--company', OTHER, '--all', '--month', WAGE_MONTH, '--out', out.dir], app.dataDir);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('use either --company CODE or --all');
    const noOut = await runCaruman(['pack', '--all', '--month', WAGE_MONTH], app.dataDir);
    expect(noOut.code).not.toBe(0);
    expect(noOut.stderr).toContain('--out DIR is required');
  });

  it('a failure half-way through a company’s set leaves none of its files and no month folder; the other company is packed', async () => {
    const { companyId, otherId } = await twoCompanies();
    app.services.close();
    // The second file of a set fails to be put in place (a disk pulled out half-way).
    let placed = 0;
    const eio = () => Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    const failing: DurableFs = {
      ...nodeFs,
      linkSync(existing, target) {
        placed += 1;
        if (path.basename(target) === FORM_A) throw eio();
        nodeFs.linkSync(existing, target);
      },
      renameSync(from, target) {
        if (path.basename(target) === FORM_A) throw eio();
        nodeFs.renameSync(from, target);
      },
    };
    const services = createServices({ dataDir: app.dataDir, filesDir: `${app.dataDir}/files`, today: () => TODAY, monthFilesFs: failing });
    try {
      const report = await services.monthEnd.pack({ month: WAGE_MONTH, outDir: out.dir, t: (key) => key });
      expect(placed).toBeGreaterThan(1);
      const outcome = new Map(report.results.map((r) => [r.companyId, r.outcome]));
      expect(outcome.get(companyId)).toBe('failed');
      expect(outcome.get(otherId)).toBe('generated');
      expect(fs.existsSync(path.join(out.dir, CODE, WAGE_MONTH))).toBe(false);
      expect(fs.readdirSync(path.join(out.dir, OTHER, WAGE_MONTH)).sort()).toEqual([THEIR_ASSIST, ...payrollFiles(OTHER, ['850505105151'])].sort());
      expect(services.monthFiles.status(companyId, WAGE_MONTH).runs).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('stored names never become paths: a company named like a path packs into its employer code’s folder inside the chosen one', async () => {
    const { companyId } = await twoCompanies();
    // The name is free text (another program may have written it); the folder comes from the
    // employer code, which SQLite's CHECK keeps to A–Z and 0–9 (migrations.ts), never from the name.
    app.services.db.prepare('UPDATE companies SET name = ? WHERE id = ?').run('../../../etc/Kedai', companyId);
    const report = await app.services.monthEnd.pack({ month: WAGE_MONTH, outDir: out.dir, t: (key) => key });
    expect(report.failed).toBe(0);
    expect(fs.readdirSync(out.dir).sort()).toEqual([CODE, OTHER].sort());
    expect(report.results.find((r) => r.companyId === companyId)?.folder).toBe(path.join(out.dir, CODE, WAGE_MONTH));
    expect(() => app.services.db.prepare('UPDATE companies SET employer_code = ? WHERE id = ?').run('..', companyId)).toThrow(/CHECK/);
  });

  it('a finalised month with every account known: the final set, with the payment list, and no DRAFT anywhere', async () => {
    const { otherId } = await twoCompanies();
    const [zainal] = app.services.employees.list(otherId);
    app.services.db.prepare('UPDATE employees SET bank_name = ?, bank_account = ? WHERE id = ?').run('Maybank', '114011223344', zainal!.id);
    await app.call('payroll:finalise', { companyId: otherId, month: WAGE_MONTH });
    app.services.close();
    const run = await runCaruman(['pack', '--company', OTHER, '--month', WAGE_MONTH, '--out', out.dir], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const folder = path.join(out.dir, WAGE_MONTH);
    expect(fs.readdirSync(folder).sort()).toEqual([THEIR_ASSIST, ...payrollFiles(OTHER, ['850505105151'], { draft: false, paymentList: true })].sort());
    const readme = fs.readFileSync(path.join(folder, 'README.txt'), 'utf8');
    expect(readme).toContain('July 2026 is finalised (on ');
    expect(readme).not.toContain('DRAFT');
    expect(readme).not.toContain('payment list was made');
    // Zainal: basic 2,000 → EPF 220.00 (Part A 1980.01–2000), SOCSO 9.75, EIS 3.90, LINDUNG 14.65 → net 1,751.70.
    expect(fs.readFileSync(path.join(folder, `payment-list-${WAGE_MONTH}-${OTHER}.csv`), 'utf8')).toContain(`Zainal Abidin,850505105151,Maybank,114011223344,1751.70,GAJI ${WAGE_MONTH}`);
    // Every file the README lists is there with the sha256 it says.
    const listed = [...readme.matchAll(/^ {2}(\S+) — .*\r\n {4}sha256 ([0-9a-f]{64})$/gm)];
    expect(listed.map((m) => m[1]).sort()).toEqual(fs.readdirSync(folder).filter((n) => n !== 'README.txt').sort());
    for (const [, name, hash] of listed) {
      expect(createHash('sha256').update(fs.readFileSync(path.join(folder, name!))).digest('hex')).toBe(hash);
    }
  });

  it('a file in the way half-way through a company’s set (--force): nothing of that company is written or replaced, the others are packed', async () => {
    await twoCompanies();
    const third = await app.call<{ id: number }>('companies:create', { name: 'Kedai Ketiga', employerCode: 'C3' });
    const worker = await app.call<{ id: number }>('employees:create', { companyId: third.id, employee: { name: 'Chong Wei', idNumber: '880808-08-5888', hireDate: '2020-01-06' } });
    await app.call('wages:set', { companyId: third.id, month: WAGE_MONTH, entries: [{ employeeId: worker.id, items: { basic: '1800' } }] });
    app.services.close();
    // The other company's month folder already has a folder where its journal goes, and one old file of its own.
    const theirs = path.join(out.dir, OTHER, WAGE_MONTH);
    fs.mkdirSync(path.join(theirs, `payroll-journal-${WAGE_MONTH}-${OTHER}-DRAFT.csv`), { recursive: true });
    fs.writeFileSync(path.join(theirs, THEIR_ASSIST), 'an older file');
    const run = await runCaruman(['pack', '--all', '--month', WAGE_MONTH, '--out', out.dir, '--force'], app.dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 packed, 0 skipped, 1 failed');
    expect(fs.readdirSync(theirs).sort()).toEqual([THEIR_ASSIST, `payroll-journal-${WAGE_MONTH}-${OTHER}-DRAFT.csv`]);
    expect(fs.readFileSync(path.join(theirs, THEIR_ASSIST), 'utf8')).toBe('an older file');
    expect(fs.readdirSync(path.join(out.dir, 'C3', WAGE_MONTH)).sort()).toEqual([`SOCSO-EIS-LINDUNG_C3_072026.txt`, ...payrollFiles('C3', ['880808085888'])].sort());
    expect(fs.readdirSync(path.join(out.dir, CODE, WAGE_MONTH))).toContain('README.txt');
    // No hidden temporary file left behind either.
    expect(fs.readdirSync(theirs).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
