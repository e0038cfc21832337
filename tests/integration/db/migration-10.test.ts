// Migration 10 (pay run): a database from before it upgrades with every row kept and the schema of
// a fresh database, and the new tables' CHECKs and references refuse what must never be stored.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/services/db/open';
import { MIGRATIONS } from '../../../main/services/db/migrations';
import { schemaDifferences, schemaOf } from '../../../main/services/db/schema';
import { databasesPerTest } from '../../helpers/databases';

const databases = databasesPerTest();
const tempDir = databases.tempDir;

const BEFORE_10 = MIGRATIONS.filter((m) => m.version < 10);
const TABLES = ['companies', 'employees', 'wages', 'change_log'];

/** A database as Caruman left it before the pay run: a company, an employee, a month's wages. */
function databaseBefore10(dataDir: string): Record<string, unknown[]> {
  const { db } = openDatabase({ dataDir, migrations: BEFORE_10 });
  db.exec(`
    INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A3700012345B');
    INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality, hire_date) VALUES
      (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen', '2024-01-02');
    INSERT INTO wages (company_id, employee_id, month, basic) VALUES (1, 1, '2026-07', 250000);
    INSERT INTO change_log (company_id, entity, entity_id, employee_id, month, field, old_value, new_value, source) VALUES
      (1, 'wages', 1, 1, '2026-07', 'basic', '200000', '250000', 'import');
  `);
  const rows = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
  db.close();
  return rows;
}

describe('migration 10: pay run', () => {
  it('keeps every row and gives exactly the schema of a fresh database', () => {
    const dataDir = tempDir();
    const before = databaseBefore10(dataDir);
    const upgraded = databases.open({ dataDir });
    const fresh = databases.open();
    expect(upgraded.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    for (const table of TABLES) expect(upgraded.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(), table).toEqual(before[table]);
    expect(schemaDifferences(schemaOf(upgraded), schemaOf(fresh))).toEqual([]);
    const names = schemaOf(fresh).map((o) => `${o.type}:${o.name}`);
    for (const table of ['payroll_months', 'payroll_month_lines', 'payroll_unlocks', 'payroll_corrections']) expect(names).toContain(`table:${table}`);
  });

  it('refuses a malformed month, a correction paid before its month, a short reason, another company’s employee, a company finalised twice', () => {
    const db = databases.open();
    db.exec(`
      INSERT INTO companies (name, employer_code) VALUES ('Kedai Ali', 'A1'), ('Kedai Siti', 'B2');
      INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality, hire_date) VALUES
        (1, 'Ali', 'mykad', '800101145677', '800101145677', 'citizen', '2024-01-02');
    `);
    const finalise = db.prepare("INSERT INTO payroll_months (company_id, month, month_json) VALUES (?, ?, '{}')");
    expect(() => finalise.run(1, '2026-13')).toThrow(/CHECK/);
    expect(() => finalise.run(1, '2026-7')).toThrow(/CHECK/);
    finalise.run(1, '2026-07');
    expect(() => finalise.run(1, '2026-07')).toThrow(/UNIQUE/);

    const correct = db.prepare('INSERT INTO payroll_corrections (company_id, employee_id, for_month, paid_month, amount, reason) VALUES (?, ?, ?, ?, ?, ?)');
    expect(() => correct.run(1, 1, '2026-07', '2026-07', 100, 'Overtime')).toThrow(/CHECK/);
    expect(() => correct.run(1, 1, '2026-07', '2026-06', 100, 'Overtime')).toThrow(/CHECK/);
    expect(() => correct.run(1, 1, '2026-07', '2026-08', 0, 'Overtime')).toThrow(/CHECK/);
    expect(() => correct.run(1, 1, '2026-07', '2026-08', 100, '  ')).toThrow(/CHECK/);
    expect(() => correct.run(2, 1, '2026-07', '2026-08', 100, 'Overtime')).toThrow(/FOREIGN KEY/);
    correct.run(1, 1, '2026-07', '2026-08', 100, 'Overtime');

    const unlock = db.prepare("INSERT INTO payroll_unlocks (company_id, month, finalised_at, reason, filed_json) VALUES (1, '2026-07', '2026-08-01T00:00:00Z', ?, '{}')");
    expect(() => unlock.run('no')).toThrow(/CHECK/);
    unlock.run('Overtime left out');
  });
});
