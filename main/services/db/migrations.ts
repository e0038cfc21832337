// Numbered schema migrations. Append only: never edit a migration that has shipped; add the next
// number instead. All pending migrations run in one transaction and PRAGMA user_version records
// the last one applied. Tables are STRICT; CHECK constraints hold what must never be stored.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'companies and settings',
    sql: `
      CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 150),
        employer_code TEXT NOT NULL UNIQUE
          CHECK (length(employer_code) BETWEEN 1 AND 12 AND employer_code NOT GLOB '*[^A-Z0-9]*'),
        ssm_number TEXT CHECK (ssm_number IS NULL OR length(ssm_number) BETWEEN 1 AND 20),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
