// Migration 8 (payroll records): a database at version 7 with rows of every kind upgrades with
// every row kept, its schema then equals a fresh database's, and the new CHECKs and references
// refuse what must never be stored.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/services/db/open';
import { MIGRATIONS } from '../../../main/services/db/migrations';
import { TP1_ITEM_CODES } from '../../../main/services/db/migration-8-payroll-records';
import { expectedSchema, schemaDifferences, schemaOf } from '../../../main/services/db/schema';
import { KNOWN_DIVIDEND_RATES_BP } from '../../../shared/epf';
import { TP1_ITEMS_2026 } from '../../../shared/tax';
import { databasesPerTest } from '../../helpers/databases';

const databases = databasesPerTest();
const tempDir = databases.tempDir;

const OLD_TABLES = ['companies', 'employees', 'wages', 'change_log', 'file_runs', 'file_run_files', 'file_run_employees', 'receipts', 'month_status', 'settings'];

/** A database as Caruman 7 left it: two companies with employees, wages, history, files, receipts. */
function databaseAtVersion7(dataDir: string): Record<string, unknown[]> {
  const { db } = openDatabase({ dataDir, migrations: MIGRATIONS.filter((m) => m.version <= 7) });
  expect(db.pragma('user_version', { simple: true })).toBe(7);
  db.exec(`
    INSERT INTO settings (key, value) VALUES ('locale', 'ms');
    INSERT INTO companies (name, employer_code, address, is_sample) VALUES ('Kedai Ali', 'A3700012345B', 'Jalan 1', 0), ('Bengkel Siti', 'B1234567890X', NULL, 0);
    INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality, hire_date, notes) VALUES
      (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen', '2024-01-02', 'first'),
      (1, 'Rahman', 'passport', 'A12345678', 'A12345678', 'foreign', '2023-03-01', NULL),
      (2, 'Siti', 'mykad', '900101145678', '900101145678', 'citizen', NULL, NULL);
    INSERT INTO wages (company_id, employee_id, month, basic, overtime, bonus, event, notes) VALUES
      (1, 1, '2026-06', 250000, 15000, 0, NULL, 'June'), (1, 1, '2026-07', 250000, 0, 100000, 'T', NULL), (2, 3, '2026-07', 180000, 0, 0, NULL, NULL);
    INSERT INTO change_log (company_id, entity, entity_id, employee_id, month, field, old_value, new_value, source) VALUES
      (1, 'employee', 1, 1, NULL, 'created', NULL, '{"name":"Ali"}', 'app'),
      (1, 'wages', 1, 1, '2026-07', 'basic', '200000', '250000', 'import'),
      (2, 'company', 2, NULL, NULL, 'address', NULL, 'Jalan 2', 'app');
    INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint) VALUES (1, '2026-07', '/tmp/x', 'socso,eis', '{}', '${'a'.repeat(64)}');
    INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen) VALUES (1, 'socso', 'S.txt', '/tmp/x/S.txt', '${'b'.repeat(64)}', 1, 4000);
    INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, category, socso_employer_sen, socso_employee_sen, eis_employer_sen, eis_employee_sen, lindung_employee_sen)
      VALUES (1, 1, '800101145677', 'Ali', 250000, 1, 4375, 1250, 500, 500, 0);
    INSERT INTO receipts (company_id, month, kind, file_name, path, size, sha256, source) VALUES (1, '2026-07', 'acr', 'r.pdf', '/tmp/r.pdf', 10, '${'c'.repeat(64)}', 'user');
    INSERT INTO month_status (company_id, month, status, source) VALUES (1, '2026-07', 'paid', 'user');
  `);
  const rows = Object.fromEntries(OLD_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
  db.close();
  return rows;
}

/** Migration 8 alone on top of 7 (later migrations are tested on their own). */
const UP_TO_8 = MIGRATIONS.filter((m) => m.version <= 8);

describe('migration 8: payroll records', () => {
  it('keeps every row of every table of a version-7 database, with the new columns at their defaults', () => {
    const dataDir = tempDir();
    const before = databaseAtVersion7(dataDir);
    const { db, preMigrationBackup } = databases.opened({ dataDir, migrations: UP_TO_8 });
    expect(preMigrationBackup).toMatch(/before-migration-v7/);
    expect(db.pragma('user_version', { simple: true })).toBe(8);

    for (const table of OLD_TABLES) {
      const columns = Object.keys((before[table] as Record<string, unknown>[])[0] ?? {});
      expect(columns.length, table).toBeGreaterThan(0);
      expect(db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).all(), table).toEqual(before[table]);
    }
    expect(db.prepare('SELECT epf_employer_number, tax_employer_number, hrd_levy, normal_minutes_per_day, payment_reference FROM companies WHERE id = 1').get()).toEqual({
      epf_employer_number: null,
      tax_employer_number: null,
      hrd_levy: 'none',
      normal_minutes_per_day: 480,
      payment_reference: null,
    });
    expect(db.prepare('SELECT epf_status, epf_keep_11, tax_resident, marital_status, spouse_working, children_basic, monthly_rate FROM employees WHERE id = 2').get()).toEqual({
      epf_status: null,
      epf_keep_11: 0,
      tax_resident: 1,
      marital_status: 'single',
      spouse_working: 0,
      children_basic: 0,
      monthly_rate: null,
    });
    expect(db.prepare('SELECT service_charge, unpaid_leave, zakat, other_deduction_note, overtime_minutes_rest_day FROM wages WHERE id = 2').get()).toEqual({
      service_charge: 0,
      unpaid_leave: 0,
      zakat: 0,
      other_deduction_note: null,
      overtime_minutes_rest_day: 0,
    });
    // The rebuilt history keeps its ids, so the next entry follows the last one.
    db.prepare("INSERT INTO change_log (company_id, entity, entity_id, employee_id, field, source) VALUES (1, 'tp1', 1, 1, 'created', 'app')").run();
    expect(db.prepare('SELECT max(id) AS id FROM change_log').get()).toEqual({ id: 4 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('gives an upgraded database exactly the schema of a fresh one', () => {
    const upgradedDir = tempDir();
    databaseAtVersion7(upgradedDir);
    const upgraded = databases.open({ dataDir: upgradedDir, migrations: UP_TO_8 });
    const fresh = databases.open({ migrations: UP_TO_8 });
    expect(schemaDifferences(schemaOf(upgraded), schemaOf(fresh))).toEqual([]);
    expect(schemaDifferences(schemaOf(upgraded), expectedSchema(8))).toEqual([]);
    const names = schemaOf(fresh).map((o) => `${o.type}:${o.name}`);
    for (const wanted of ['table:tp1_claims', 'table:tp3_previous', 'table:cp38_instructions', 'table:epf_dividend_rates', 'index:change_log_by_employee', 'index:change_log_by_month', 'index:employees_id_company']) {
      expect(names).toContain(wanted);
    }
  });

  it('seeds KWSP’s dividend rates of 2016–2022 exactly as the EPF engine knows them, and the TP1 codes of the 2026 form', () => {
    const db = databases.open();
    const seeded = db.prepare('SELECT year, rate_basis_points, source FROM epf_dividend_rates ORDER BY year').all() as { year: number; rate_basis_points: number; source: string }[];
    expect(Object.fromEntries(seeded.map((r) => [r.year, r.rate_basis_points]))).toEqual(KNOWN_DIVIDEND_RATES_BP);
    // EPF.md §5 by hand: the lower of SS and SK (2016 had only SK).
    expect(seeded.map((r) => r.rate_basis_points)).toEqual([570, 640, 590, 500, 490, 565, 475]);
    expect(new Set(seeded.map((r) => r.source))).toEqual(new Set(['spec']));
    expect([...TP1_ITEM_CODES]).toEqual(TP1_ITEMS_2026.map((i) => i.code));
  });

  it('refuses what must never be stored', () => {
    const db = databases.open();
    db.exec(`
      INSERT INTO companies (name, employer_code) VALUES ('A', 'A1'), ('B', 'B1');
      INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality) VALUES (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen');
      INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality) VALUES (2, 'Siti', 'mykad', '900101145678', '900101145678', 'citizen');
      INSERT INTO wages (company_id, employee_id, month, basic) VALUES (1, 1, '2026-07', 100000);
    `);
    const refused: [string, RegExp][] = [
      ["UPDATE companies SET epf_employer_number = '12 34' WHERE id = 1", /CHECK/],
      ["UPDATE companies SET tax_employer_number = '908915100' WHERE id = 1", /CHECK/],
      ["UPDATE companies SET hrd_levy = '2%' WHERE id = 1", /CHECK/],
      ['UPDATE companies SET normal_minutes_per_day = 0 WHERE id = 1', /CHECK/],
      ["UPDATE employees SET bank_account = '1234 5678' WHERE id = 1", /CHECK/],
      ["UPDATE employees SET bank_account = '1234' WHERE id = 1", /CHECK/],
      ["UPDATE employees SET tax_number = 'ig123' WHERE id = 1", /CHECK/],
      ["UPDATE employees SET epf_status = 'alien' WHERE id = 1", /CHECK/],
      ["UPDATE employees SET epf_keep_11_date = '2021-01-05' WHERE id = 1", /CHECK/],
      ['UPDATE employees SET spouse_working = 1 WHERE id = 1', /CHECK/],
      ['UPDATE employees SET children_study = -1 WHERE id = 1', /CHECK/],
      ["UPDATE employees SET payslip_language = 'fr' WHERE id = 1", /CHECK/],
      ['UPDATE wages SET unpaid_leave = 100001 WHERE id = 1', /CHECK/],
      ['UPDATE wages SET other_deduction = 500 WHERE id = 1', /CHECK/],
      ['UPDATE wages SET overtime_minutes_normal = 44641 WHERE id = 1', /CHECK/],
      ["INSERT INTO tp1_claims (company_id, employee_id, month, item, amount) VALUES (1, 1, '2026-07', 'C99', 100)", /CHECK/],
      ["INSERT INTO tp1_claims (company_id, employee_id, month, item, amount) VALUES (1, 1, '2026-07', 'C1', 0)", /CHECK/],
      // One company's row naming another company's employee.
      ["INSERT INTO tp1_claims (company_id, employee_id, month, item, amount) VALUES (1, 2, '2026-07', 'C1', 100)", /FOREIGN KEY/],
      ["INSERT INTO tp3_previous (company_id, employee_id, year, remuneration, epf) VALUES (1, 1, 2026, 1000, 1001)", /CHECK/],
      ["INSERT INTO tp3_previous (company_id, employee_id, year) VALUES (2, 1, 2026)", /FOREIGN KEY/],
      ["INSERT INTO cp38_instructions (company_id, employee_id, reference, from_month, to_month, amount) VALUES (1, 1, 'R1', '2026-07', '2026-06', 100)", /CHECK/],
      ["INSERT INTO cp38_instructions (company_id, employee_id, reference, from_month, to_month, amount) VALUES (2, 1, 'R1', '2026-07', '2026-08', 100)", /FOREIGN KEY/],
      ["INSERT INTO epf_dividend_rates (year, rate_basis_points, source) VALUES (2023, 550, 'guess')", /CHECK/],
      ["INSERT INTO change_log (company_id, entity, entity_id, field, source) VALUES (1, 'salary', 1, 'x', 'app')", /CHECK/],
    ];
    for (const [sql, error] of refused) expect(() => db.exec(sql), sql).toThrow(error);
    // What is allowed next to them.
    db.exec(`
      UPDATE employees SET bank_account = '1234-5678-90', tax_number = 'IG12345678090', epf_keep_11 = 1, epf_keep_11_date = '2021-01-05', marital_status = 'married', spouse_working = 1 WHERE id = 1;
      UPDATE wages SET unpaid_leave = 100000, other_deduction = 500, other_deduction_note = 'Uniform' WHERE id = 1;
      INSERT INTO tp1_claims (company_id, employee_id, month, item, amount) VALUES (1, 1, '2026-07', 'D1a', 100);
    `);
    // Deleting the employee takes their claims with them: nothing is left to meet a reused row id.
    db.exec('DELETE FROM wages; DELETE FROM employees WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM tp1_claims').get()).toEqual({ n: 0 });
  });
});
