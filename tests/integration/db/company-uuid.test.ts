// Issue 11 item 13: every company has a stable random id (UUID) stored at creation. Migration 7
// rebuilds the companies table with `uuid TEXT NOT NULL UNIQUE` (a per-row random v4 default);
// existing companies keep their row ids and everything that hangs off them, and get one each.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/services/db/open';
import { MIGRATIONS } from '../../../main/services/db/migrations';
import { createServices } from '../../../main/services';
import { tempDirsPerTest } from '../../helpers/temp-dirs';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const tempDir = tempDirsPerTest();

/** A database as Caruman left it before migration 7: three companies with rows of every kind. */
function databaseAtVersion6(dataDir: string) {
  const { db } = openDatabase({ dataDir, migrations: MIGRATIONS.filter((m) => m.version <= 6) });
  expect(db.pragma('user_version', { simple: true })).toBe(6);
  const insert = db.prepare('INSERT INTO companies (name, employer_code, output_folder, is_sample) VALUES (?, ?, ?, ?)');
  insert.run('Kedai Ali', 'A3700012345B', '/home/ali/Caruman', 0);
  insert.run('Bengkel Siti', 'B1234567890X', null, 0);
  insert.run('CONTOH / SAMPLE – Kedai', 'SAMPLE000001', null, 1);
  db.prepare("INSERT INTO employees (company_id, name, id_type, id_number, perkeso_id, nationality) VALUES (2, 'Siti', 'mykad', '900101145678', '900101145678', 'citizen')").run();
  db.prepare("INSERT INTO wages (company_id, employee_id, month, basic) VALUES (2, 1, '2026-07', 250000)").run();
  // ON DELETE CASCADE children: a rebuild with foreign keys on would silently delete these.
  db.prepare("INSERT INTO month_status (company_id, month, status, source) VALUES (1, '2026-07', 'paid', 'user')").run();
  db.prepare("INSERT INTO change_log (company_id, entity, entity_id, field, source) VALUES (2, 'wages', 1, 'basic', 'app')").run();
  db.close();
}

describe('issue 11 item 13: migration 7 gives every company a stable UUID (companies.uuid)', () => {
  it('gives every existing company its own v4 UUID and keeps its id, details and rows', () => {
    const dataDir = tempDir();
    databaseAtVersion6(dataDir);
    const { db, preMigrationBackup } = openDatabase({ dataDir });
    expect(preMigrationBackup).toMatch(/before-migration-v6/);

    const companies = db.prepare('SELECT id, uuid, name, employer_code, output_folder, is_sample FROM companies ORDER BY id').all() as Record<string, unknown>[];
    expect(companies.map(({ uuid: _uuid, ...rest }) => rest)).toEqual([
      { id: 1, name: 'Kedai Ali', employer_code: 'A3700012345B', output_folder: '/home/ali/Caruman', is_sample: 0 },
      { id: 2, name: 'Bengkel Siti', employer_code: 'B1234567890X', output_folder: null, is_sample: 0 },
      { id: 3, name: 'CONTOH / SAMPLE – Kedai', employer_code: 'SAMPLE000001', output_folder: null, is_sample: 1 },
    ]);
    const uuids = companies.map((c) => c.uuid as string);
    for (const uuid of uuids) expect(uuid).toMatch(V4);
    expect(new Set(uuids).size).toBe(3);

    expect(db.prepare('SELECT count(*) AS n FROM employees WHERE company_id = 2').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT basic FROM wages WHERE company_id = 2').get()).toEqual({ basic: 250000 });
    expect(db.prepare('SELECT status FROM month_status WHERE company_id = 1').get()).toEqual({ status: 'paid' });
    expect(db.prepare('SELECT count(*) AS n FROM change_log WHERE company_id = 2').get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('declares uuid NOT NULL and UNIQUE, with a CHECK that admits only a v4 UUID', () => {
    const { db } = openDatabase({ dataDir: tempDir() });
    const column = (db.pragma('table_info(companies)') as { name: string; notnull: number }[]).find((c) => c.name === 'uuid');
    expect(column).toMatchObject({ notnull: 1 });
    const unique = (db.pragma('index_list(companies)') as { name: string; unique: number }[])
      .filter((index) => index.unique === 1)
      .map((index) => (db.pragma(`index_info(${index.name})`) as { name: string }[]).map((c) => c.name).join(','));
    expect(unique).toContain('uuid');

    const made = db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai', 'A1') RETURNING uuid").get() as { uuid: string };
    expect(made.uuid).toMatch(V4);
    expect(() => db.prepare("INSERT INTO companies (name, employer_code, uuid) VALUES ('Dua', 'A2', ?)").run(made.uuid)).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO companies (name, employer_code, uuid) VALUES ('Tiga', 'A3', NULL)").run()).toThrow(/NOT NULL/);
    for (const bad of ['1', '', made.uuid.toUpperCase(), '00000000-0000-1000-8000-000000000000']) {
      expect(() => db.prepare("INSERT INTO companies (name, employer_code, uuid) VALUES ('Empat', 'A4', ?)").run(bad), bad).toThrow(/CHECK/);
    }
    db.close();
  });

  it('makes a different UUID for every company, and keeps it through renames and reopening', () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir, filesDir: `${dataDir}/files` });
    const made = Array.from({ length: 50 }, (_, i) => services.companies.create({ name: `Kedai ${i}`, employerCode: `K${i}`, ssmNumber: null }));
    expect(new Set(made.map((c) => c.uuid)).size).toBe(50);
    const renamed = services.companies.update({ id: made[0]!.id, name: 'Kedai Baru', outputFolder: null });
    expect(renamed.uuid).toBe(made[0]!.uuid);
    services.close();

    const raw = new Database(`${dataDir}/caruman.sqlite`, { readonly: true });
    expect(raw.prepare('SELECT uuid FROM companies WHERE id = ?').get(made[0]!.id)).toEqual({ uuid: made[0]!.uuid });
    raw.close();
  });
});
