// Migration 9: the stored runs hold Form A and CP39 files beside the ASSIST files. file_runs and
// file_run_files are rebuilt (SQLite cannot change a CHECK in place): every run, file and
// per-employee snapshot made before it is kept as it was, in its order, and a run made before
// stays "not out of date" (its files take its fingerprint, which was the ASSIST files' own).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/services/db/open';
import { MIGRATIONS } from '../../../main/services/db/migrations';
import { MONTH_FILE_KINDS_V9 } from '../../../main/services/db/migration-9-month-files';
import { MONTH_FILE_KINDS } from '../../../shared/month-files/kinds';
import { useTempDirs } from '../../helpers/cleanups';

const tempDir = useTempDirs();

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const SHA_C = 'c'.repeat(64);

/** A database at version 8 with two runs of ASSIST files and a snapshot, as Caruman left them. */
function databaseAtVersion8(dataDir: string) {
  const { db } = openDatabase({ dataDir, migrations: MIGRATIONS.filter((m) => m.version <= 8) });
  expect(db.pragma('user_version', { simple: true })).toBe(8);
  db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A3700012345B')").run();
  const run = db.prepare('INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES (1, ?, ?, ?, ?, ?)');
  run.run('2026-05', '/home/ali/Caruman', 'socso,eis', JSON.stringify({ runId: 1, kinds: ['socso', 'eis'] }), SHA_A);
  run.run('2026-06', '/home/ali/Caruman', 'lindung', JSON.stringify({ runId: 2, kinds: ['lindung'] }), SHA_B);
  const file = db.prepare('INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // Written EIS first, then SOCSO: the order is kept (it is the order the files were written).
  file.run(1, 'eis', 'EIS_A3700012345B_052026.txt', '/home/ali/Caruman/EIS_A3700012345B_052026.txt', SHA_C, 5, 3000);
  file.run(1, 'socso', 'SOCSO_A3700012345B_052026.txt', '/home/ali/Caruman/SOCSO_A3700012345B_052026.txt', SHA_C, 8, 51750);
  file.run(2, 'lindung', 'SOCSO-EIS-LINDUNG_A3700012345B_062026.txt', '/home/ali/Caruman/SOCSO-EIS-LINDUNG_A3700012345B_062026.txt', SHA_C, 7, 60000);
  db.prepare(
    `INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, category, socso_employer_sen, socso_employee_sen,
       eis_employer_sen, eis_employee_sen, lindung_employee_sen) VALUES (2, 7, '900101145678', 'Siti', 250000, 1, 4375, 1250, 500, 500, 0)`,
  ).run();
  db.close();
}

/** Migration 9 alone on top of 8 (later migrations are tested on their own). */
const UP_TO_9 = MIGRATIONS.filter((m) => m.version <= 9);

describe('migration 9: month files', () => {
  it('names the same kinds as shared/month-files (the CHECK is written out, never read from the code)', () => {
    expect([...MONTH_FILE_KINDS_V9]).toEqual([...MONTH_FILE_KINDS]);
  });

  it('keeps every run, file (in order) and snapshot; old files take their run fingerprint; new columns are empty', () => {
    const dataDir = tempDir();
    databaseAtVersion8(dataDir);
    const { db, preMigrationBackup } = openDatabase({ dataDir, migrations: UP_TO_9 });
    expect(preMigrationBackup).toMatch(/before-migration-v8/);
    expect(db.pragma('user_version', { simple: true })).toBe(9);

    expect(db.prepare('SELECT id, month, formats, input_fingerprint FROM file_runs ORDER BY id').all()).toEqual([
      { id: 1, month: '2026-05', formats: 'socso,eis', input_fingerprint: SHA_A },
      { id: 2, month: '2026-06', formats: 'lindung', input_fingerprint: SHA_B },
    ]);
    expect(db.prepare('SELECT run_id, kind, records, total_sen, input_fingerprint FROM file_run_files ORDER BY rowid').all()).toEqual([
      { run_id: 1, kind: 'eis', records: 5, total_sen: 3000, input_fingerprint: SHA_A },
      { run_id: 1, kind: 'socso', records: 8, total_sen: 51750, input_fingerprint: SHA_A },
      { run_id: 2, kind: 'lindung', records: 7, total_sen: 60000, input_fingerprint: SHA_B },
    ]);
    expect(db.prepare('SELECT * FROM file_run_employees').all()).toEqual([
      {
        run_id: 2,
        employee_id: 7,
        perkeso_id: '900101145678',
        name: 'Siti',
        wages_sen: 250000,
        category: 1,
        socso_employer_sen: 4375,
        socso_employee_sen: 1250,
        eis_employer_sen: 500,
        eis_employee_sen: 500,
        lindung_employee_sen: 0,
        epf_wages_sen: null,
        epf_employer_sen: null,
        epf_employee_sen: null,
        pcb_sen: null,
        cp38_sen: null,
      },
    ]);
    // The rebuilt tables keep their references: a run's files and snapshot go with it.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'file_runs_by_month'").get()).toEqual({ name: 'file_runs_by_month' });
    db.prepare('DELETE FROM file_runs WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM file_run_files WHERE run_id = 2').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM file_run_employees WHERE run_id = 2').get()).toEqual({ n: 0 });
    db.close();
  });

  it('accepts the new kinds and formats, and refuses what must never be stored', () => {
    const { db } = openDatabase({ dataDir: tempDir() });
    db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A3700012345B')").run();
    const run = db.prepare("INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES (1, '2026-07', '/f', ?, '{}', ?)");
    expect(run.run('lindung,epf-csv,pcb', SHA_A).changes).toBe(1);
    expect(() => run.run('lindung;rm', SHA_A)).toThrow(/CHECK/);
    const file = db.prepare('INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint) VALUES (1, ?, ?, ?, ?, 1, 100, ?)');
    for (const kind of MONTH_FILE_KINDS) expect(file.run(kind, `${kind}.txt`, `/f/${kind}.txt`, SHA_C, SHA_A).changes).toBe(1);
    db.prepare('DELETE FROM file_run_files').run();
    expect(() => file.run('payslip', 'x.pdf', '/f/x.pdf', SHA_C, SHA_A)).toThrow(/CHECK/);
    expect(() => file.run('epf', 'x.txt', '/f/x.txt', SHA_C, 'not a sha')).toThrow(/CHECK/);
    const snapshot = db.prepare(
      `INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, socso_employer_sen, socso_employee_sen, eis_employer_sen,
         eis_employee_sen, lindung_employee_sen, epf_employer_sen, pcb_sen) VALUES (1, 1, 'X', 'Y', 0, 0, 0, 0, 0, 0, ?, ?)`,
    );
    expect(snapshot.run(39000, 10000).changes).toBe(1);
    expect(() => snapshot.run(-1, 0)).toThrow(/CHECK/);

    const filing = db.prepare("INSERT INTO month_filings (company_id, month, body, status) VALUES (1, '2026-07', ?, ?)");
    expect(filing.run('kwsp', 'paid').changes).toBe(1);
    expect(filing.run('lhdn', 'submitted').changes).toBe(1);
    expect(() => filing.run('kwsp', 'submitted')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => filing.run('perkeso', 'paid')).toThrow(/CHECK/);
    db.close();
  });
});
