// Migration 11 (the month-end pack's files recorded): file_run_files is rebuilt on a database made
// at migration 10 with real rows — every run and file kept in its order, with its fingerprint, the
// references to file_runs kept — and the schema is a fresh database's. The new table's CHECKs keep
// upload files and pack files apart (only upload files have a fingerprint; one upload file of a
// kind per run; a payslip may name its employee; one row per file name).
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/services/db/migrations';
import { PACK_FILE_KINDS_V11 } from '../../../main/services/db/migration-11-pack-files';
import { schemaDifferences, schemaOf } from '../../../main/services/db/schema';
import { PACK_FILE_KINDS } from '../../../shared/month-files/pack-kinds';
import { openDatabase } from '../../../main/services/db/open';
import { databasesPerTest } from '../../helpers/databases';
import { createRecordsApp } from '../../helpers/records';
import { DATABASE_FILE_NAME } from '../../../main/services/db/paths';
import path from 'node:path';
import fs from 'node:fs';

const databases = databasesPerTest();
const BEFORE_11 = MIGRATIONS.filter((m) => m.version < 11);
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

/** Two runs as Caruman wrote them before migration 11: the ASSIST file alone, then ASSIST + Form A. */
function databaseBefore11(dataDir: string) {
  const { db } = openDatabase({ dataDir, migrations: BEFORE_11 });
  db.exec(`
    INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A3700012345B');
    INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality, hire_date) VALUES
      (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen', '2024-01-02');
    INSERT INTO wages (company_id, employee_id, month, basic) VALUES (1, 1, '2026-07', 250000);
    INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES
      (1, '2026-07', '/data/A1/2026-07', 'lindung', '{}', '${A}'),
      (1, '2026-07', '/data/A1/2026-07', 'lindung,epf', '{}', '${B}');
    INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint) VALUES
      (1, 'lindung', 'SOCSO.txt', '/data/A1/2026-07/SOCSO.txt', '${C}', 1, 12345, '${A}'),
      (2, 'lindung', 'SOCSO.txt', '/data/A1/2026-07/SOCSO.txt', '${C}', 1, 12345, '${A}'),
      (2, 'epf', 'EPF.txt', '/data/A1/2026-07/EPF.txt', '${B}', 1, 52000, '${B}');
    INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, category, socso_employer_sen, socso_employee_sen,
      eis_employer_sen, eis_employee_sen, lindung_employee_sen) VALUES (2, 1, '800101145677', 'Ali', 250000, 1, 4375, 1250, 500, 500, 0);
  `);
  const files = db.prepare('SELECT run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint FROM file_run_files ORDER BY rowid').all();
  const runs = db.prepare('SELECT * FROM file_runs ORDER BY id').all();
  const employees = db.prepare('SELECT * FROM file_run_employees ORDER BY rowid').all();
  db.close();
  return { files, runs, employees };
}

describe('migration 11: the month-end pack’s files in the run', () => {
  it('keeps every run and file, in order, and gives exactly the schema of a fresh database', () => {
    const dataDir = databases.tempDir();
    const before = databaseBefore11(dataDir);
    const upgraded = databases.open({ dataDir });
    expect(upgraded.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
    expect(upgraded.prepare('SELECT run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint FROM file_run_files ORDER BY rowid').all()).toEqual(before.files);
    expect(upgraded.prepare('SELECT count(*) AS n FROM file_run_files WHERE employee_id IS NOT NULL').get()).toEqual({ n: 0 });
    expect(upgraded.prepare('SELECT * FROM file_runs ORDER BY id').all()).toEqual(before.runs);
    expect(upgraded.prepare('SELECT * FROM file_run_employees ORDER BY rowid').all()).toEqual(before.employees);
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);
    expect(schemaDifferences(schemaOf(upgraded), schemaOf(databases.open()))).toEqual([]);
    // Still tied to its run: deleting a run deletes its files.
    upgraded.prepare('DELETE FROM file_run_employees WHERE run_id = 2').run();
    upgraded.prepare('DELETE FROM file_runs WHERE id = 2').run();
    expect(upgraded.prepare('SELECT run_id, kind FROM file_run_files ORDER BY rowid').all()).toEqual([{ run_id: 1, kind: 'lindung' }]);
  });

  it('the kinds written into the migration are the pack’s kinds', () => {
    expect([...PACK_FILE_KINDS_V11]).toEqual([...PACK_FILE_KINDS]);
  });

  it('keeps upload files and pack files apart, and refuses a second row for one file', () => {
    const db = databases.open();
    db.exec(`
      INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A1');
      INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality, hire_date) VALUES
        (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen', '2024-01-02'),
        (1, 'Siti', 'mykad', '900101145678', '900101145678', 'citizen', '2024-01-02');
      INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES (1, '2026-07', '/d', 'lindung', '{}', '${A}');
    `);
    const insert = db.prepare(
      'INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint, employee_id) VALUES (1, ?, ?, ?, ?, 1, 100, ?, ?)',
    );
    const add = (kind: string, name: string, fingerprint: string | null, employee: number | null = null) => insert.run(kind, name, `/d/${name}`, C, fingerprint, employee);
    add('lindung', 'SOCSO.txt', A);
    add('payslip', 'payslip-1.pdf', null, 1);
    add('payslip', 'payslip-2.pdf', null, 2); // one payslip per employee in a run
    add('payroll-summary', 'summary.csv', null);
    expect(() => add('lindung', 'SOCSO-2.txt', A)).toThrow(/UNIQUE/); // one upload file of a kind per run
    expect(() => add('payslip', 'payslip-1.pdf', null, 1)).toThrow(/UNIQUE/); // one row per file
    expect(() => add('epf', 'EPF.txt', null)).toThrow(/CHECK/); // an upload file has its fingerprint
    expect(() => add('readme', 'README.txt', A)).toThrow(/CHECK/); // a pack file has none
    expect(() => add('payroll-journal', 'journal.csv', null, 1)).toThrow(/CHECK/); // only a payslip names an employee
    expect(() => add('payslips-zip', 'x.zip', null)).toThrow(/CHECK/);
    expect(() => add('payslip', 'payslip-9.pdf', null, 99)).toThrow(/FOREIGN KEY/);
    // Deleting an employee keeps their payslip's record (the file is still on disk), without the name.
    db.prepare('DELETE FROM employees WHERE id = 2').run();
    expect(db.prepare("SELECT file_name, employee_id FROM file_run_files WHERE kind = 'payslip' ORDER BY rowid").all()).toEqual([
      { file_name: 'payslip-1.pdf', employee_id: 1 },
      { file_name: 'payslip-2.pdf', employee_id: null },
    ]);
  });

  it('a backup taken before migration 11, restored: its runs read as before, and the month packs and records again', async () => {
    const dataDir = databases.tempDir();
    databaseBefore11(dataDir);
    const app = createRecordsApp('2026-08-10');
    try {
      const summary = await app.services.backups.restore(path.join(dataDir, DATABASE_FILE_NAME));
      expect(summary.backupSchemaVersion).toBe(10);
      const status = app.services.monthFiles.status(1, '2026-07');
      expect(status.runs.map((r) => [r.runId, r.files.map((f) => f.kind), r.packFiles])).toEqual([
        [2, ['lindung', 'epf'], []],
        [1, ['lindung'], []],
      ]);
      const out = databases.tempDir();
      const report = await app.services.monthEnd.pack({ month: '2026-07', outDir: out, companyIds: [1], t: (key) => key });
      expect(report.results[0]?.outcome).toBe('generated');
      const packed = app.services.monthFiles.status(1, '2026-07').runs[0]!;
      expect(packed.packFiles.map((f) => f.kind)).toEqual(['payslip', 'payslips', 'payroll-summary', 'payroll-journal', 'readme']);
      expect(packed.packFiles.map((f) => f.fileName).sort()).toEqual(fs.readdirSync(path.join(out, '2026-07')).filter((n) => !n.startsWith('SOCSO')).sort());
    } finally {
      app.dispose();
    }
  });
});
