// What a Caruman database's schema is at each version, so a file from elsewhere (a backup to
// restore) can be compared with it exactly: migrations 1..v run on an in-memory database give
// the tables, indexes, views and triggers a genuine database at user_version v has, and nothing
// else. A planted trigger or view (issue 11 item 7) shows up as a difference.
import Database from 'better-sqlite3';
import type { Db } from './open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

/** The version the newest of these migrations brings a database to. */
export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations === MIGRATIONS ? LATEST_SCHEMA_VERSION : Math.max(0, ...migrations.map((m) => m.version));
}

/** Applies migrations in order inside one write transaction, recording each in user_version. */
export function applyMigrations(db: Db, pending: readonly Migration[]): void {
  // Foreign keys are off while the schema changes, as SQLite's procedure for rebuilding a table
  // requires (dropping a parent table would otherwise cascade or be refused); foreign_key_check
  // inside the transaction still refuses any migration that leaves a dangling reference.
  // (PRAGMA foreign_keys cannot change inside a transaction, hence out here.)
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    applyMigrationsInOneTransaction(db, pending);
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}

function applyMigrationsInOneTransaction(db: Db, pending: readonly Migration[]): void {
  const run = db.transaction(() => {
    for (const migration of [...pending].sort((a, b) => a.version - b.version)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`Migration left ${problems.length} foreign key problem(s)`);
  });
  run.immediate();
}

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  /** The CREATE statement as SQLite stores it; null for the indexes SQLite makes itself. */
  sql: string | null;
}

/** SQLite's statistics tables (ANALYZE, PRAGMA optimize): they change query plans, never data. */
const STATISTICS_TABLE = /^sqlite_stat[1-4]$/;

/** Every table, index, view and trigger in db's main schema, in a stable order. */
export function schemaOf(db: Db): SchemaObject[] {
  return db
    .prepare<[], SchemaObject>('SELECT type, name, tbl_name AS tableName, sql FROM main.sqlite_master ORDER BY type, name')
    .all()
    .filter((o) => !(o.type === 'table' && STATISTICS_TABLE.test(o.name)));
}

const expectedCache = new WeakMap<readonly Migration[], Map<number, SchemaObject[]>>();

/** The exact schema of a genuine Caruman database at version (migrations 1..version, in memory). */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): SchemaObject[] {
  let byVersion = expectedCache.get(migrations);
  if (!byVersion) expectedCache.set(migrations, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    applyMigrations(db, migrations.filter((m) => m.version <= version));
    const schema = schemaOf(db);
    byVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

export interface SchemaDifference {
  /** 'extra': not in a genuine database; 'missing': should be there; 'changed': there, but defined differently. */
  change: 'extra' | 'missing' | 'changed';
  type: string;
  name: string;
}

/** How actual differs from expected, object by object (empty when they are the same). */
export function schemaDifferences(actual: readonly SchemaObject[], expected: readonly SchemaObject[]): SchemaDifference[] {
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;
  const wanted = new Map(expected.map((o) => [key(o), o]));
  const differences: SchemaDifference[] = [];
  for (const o of actual) {
    const match = wanted.get(key(o));
    if (!match) differences.push({ change: 'extra', type: o.type, name: o.name });
    else if (match.sql !== o.sql || match.tableName !== o.tableName) differences.push({ change: 'changed', type: o.type, name: o.name });
    wanted.delete(key(o));
  }
  for (const o of wanted.values()) differences.push({ change: 'missing', type: o.type, name: o.name });
  return differences;
}
