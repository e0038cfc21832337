// The month-end pack on real files: `caruman pack` (issue 17's contract) writes each company's
// month into its own folder; the contents are the month's upload files, byte for byte those the
// files service makes; two companies are never mixed; a failure half-way leaves nothing
// half-written (not even an empty month folder); a stored employer code used as a folder name
// never leaves the chosen folder.
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
    expect(fs.readdirSync(mine).sort()).toEqual([FORM_A, ASSIST].sort());
    // The other company has no KWSP employer number: its PERKESO file alone, named for it.
    expect(fs.readdirSync(theirs)).toEqual([`SOCSO-EIS-LINDUNG_${OTHER}_072026.txt`]);
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
    expect(fs.readdirSync(path.join(out.dir, WAGE_MONTH))).toEqual([`SOCSO-EIS-LINDUNG_${OTHER}_072026.txt`]);
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
      const report = services.monthEnd.pack({ month: WAGE_MONTH, outDir: out.dir, t: (key) => key });
      expect(placed).toBeGreaterThan(1);
      const outcome = new Map(report.results.map((r) => [r.companyId, r.outcome]));
      expect(outcome.get(companyId)).toBe('failed');
      expect(outcome.get(otherId)).toBe('generated');
      expect(fs.existsSync(path.join(out.dir, CODE, WAGE_MONTH))).toBe(false);
      expect(fs.readdirSync(path.join(out.dir, OTHER, WAGE_MONTH))).toEqual([`SOCSO-EIS-LINDUNG_${OTHER}_072026.txt`]);
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
    const report = app.services.monthEnd.pack({ month: WAGE_MONTH, outDir: out.dir, t: (key) => key });
    expect(report.failed).toBe(0);
    expect(fs.readdirSync(out.dir).sort()).toEqual([CODE, OTHER].sort());
    expect(report.results.find((r) => r.companyId === companyId)?.folder).toBe(path.join(out.dir, CODE, WAGE_MONTH));
    expect(() => app.services.db.prepare('UPDATE companies SET employer_code = ? WHERE id = ?').run('..', companyId)).toThrow(/CHECK/);
  });
});
