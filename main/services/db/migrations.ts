// Numbered schema migrations. Append only: never edit a migration that has shipped; add the next
// number instead. All pending migrations run in one transaction and PRAGMA user_version records
// the last one applied. Tables are STRICT; CHECK constraints hold what must never be stored.

import type { Migration } from './migration';
import { PAYROLL_RECORDS_MIGRATION } from './migration-8-payroll-records';
import { MONTH_FILES_MIGRATION } from './migration-9-month-files';
import { PAY_RUN_MIGRATION } from './migration-10-pay-run';
import { PACK_FILES_MIGRATION } from './migration-11-pack-files';

export type { Migration } from './migration';

const HEX = '[0-9a-f]';

const randomHex = (bytes: number) => `lower(hex(randomblob(${bytes})))`;

/**
 * A random version-4 UUID ("xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx", lower case) as an SQL
 * expression, evaluated once per inserted row. Written out once here so migrations stay readable;
 * its text must never change once shipped (it is part of migration 7's schema).
 */
const RANDOM_UUID_V4_SQL =
  `(${randomHex(4)} || '-' || ${randomHex(2)} || '-4' || substr(${randomHex(2)}, 2) || '-' ` +
  `|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(${randomHex(2)}, 2) || '-' || ${randomHex(6)})`;

/** The same shape as a CHECK: nothing else is ever stored as a company's UUID. */
const UUID_V4_CHECK_SQL = `length(uuid) = 36 AND uuid GLOB '${HEX.repeat(8)}-${HEX.repeat(4)}-4${HEX.repeat(3)}-[89ab]${HEX.repeat(3)}-${HEX.repeat(12)}'`;

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
  {
    version: 2,
    name: 'company details, employees, monthly wages and change history',
    sql: `
      ALTER TABLE companies ADD COLUMN address TEXT;
      ALTER TABLE companies ADD COLUMN contact_name TEXT;
      ALTER TABLE companies ADD COLUMN phone TEXT;
      ALTER TABLE companies ADD COLUMN email TEXT;
      ALTER TABLE companies ADD COLUMN output_folder TEXT;
      ALTER TABLE companies ADD COLUMN portal_username TEXT;
      ALTER TABLE companies ADD COLUMN notes TEXT;

      CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 150),
        id_type TEXT NOT NULL CHECK (id_type IN ('mykad', 'old_ic', 'passport', 'police', 'army')),
        id_number TEXT NOT NULL CHECK (length(id_number) BETWEEN 1 AND 20),
        perkeso_id TEXT NOT NULL CHECK (length(perkeso_id) BETWEEN 1 AND 12 AND perkeso_id NOT GLOB '*[^A-Z0-9]*'),
        date_of_birth TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
        gender TEXT CHECK (gender IN ('male', 'female')),
        nationality TEXT NOT NULL CHECK (nationality IN ('citizen', 'pr', 'temporary', 'foreign')),
        domestic_worker INTEGER NOT NULL DEFAULT 0 CHECK (domestic_worker IN (0, 1)),
        hire_date TEXT CHECK (hire_date IS NULL OR date(hire_date) = hire_date),
        perkeso_registered_date TEXT CHECK (perkeso_registered_date IS NULL OR date(perkeso_registered_date) = perkeso_registered_date),
        leave_date TEXT CHECK (leave_date IS NULL OR date(leave_date) = leave_date),
        leave_reason TEXT CHECK (leave_reason IN ('resigned', 'terminated', 'died')),
        first_insured_at_55 INTEGER NOT NULL DEFAULT 0 CHECK (first_insured_at_55 IN (0, 1)),
        no_eis_before_57 INTEGER NOT NULL DEFAULT 0 CHECK (no_eis_before_57 IN (0, 1)),
        pays_lindung INTEGER NOT NULL DEFAULT 1 CHECK (pays_lindung IN (0, 1)),
        category_override INTEGER CHECK (category_override IN (1, 2)),
        category_override_reason TEXT,
        eis_override INTEGER CHECK (eis_override IN (0, 1)),
        eis_override_reason TEXT,
        lindung_override INTEGER CHECK (lindung_override IN (0, 1)),
        lindung_override_reason TEXT,
        notes TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (company_id, id_number),
        CHECK (leave_reason IS NULL OR leave_date IS NOT NULL),
        CHECK ((category_override IS NULL) = (category_override_reason IS NULL)),
        CHECK ((eis_override IS NULL) = (eis_override_reason IS NULL)),
        CHECK ((lindung_override IS NULL) = (lindung_override_reason IS NULL))
      ) STRICT;
      CREATE INDEX employees_by_company ON employees (company_id, name);

      -- One row per employee per contribution month. Pay items are integer sen; the wages used
      -- for contributions and the amounts are derived from them, never stored.
      CREATE TABLE wages (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
        basic INTEGER NOT NULL DEFAULT 0 CHECK (basic BETWEEN 0 AND 1000000000),
        overtime INTEGER NOT NULL DEFAULT 0 CHECK (overtime BETWEEN 0 AND 1000000000),
        commission INTEGER NOT NULL DEFAULT 0 CHECK (commission BETWEEN 0 AND 1000000000),
        allowance INTEGER NOT NULL DEFAULT 0 CHECK (allowance BETWEEN 0 AND 1000000000),
        leave_pay INTEGER NOT NULL DEFAULT 0 CHECK (leave_pay BETWEEN 0 AND 1000000000),
        arrears INTEGER NOT NULL DEFAULT 0 CHECK (arrears BETWEEN 0 AND 1000000000),
        bonus INTEGER NOT NULL DEFAULT 0 CHECK (bonus BETWEEN 0 AND 1000000000),
        travel_allowance INTEGER NOT NULL DEFAULT 0 CHECK (travel_allowance BETWEEN 0 AND 1000000000),
        reimbursement INTEGER NOT NULL DEFAULT 0 CHECK (reimbursement BETWEEN 0 AND 1000000000),
        gratuity INTEGER NOT NULL DEFAULT 0 CHECK (gratuity BETWEEN 0 AND 1000000000),
        gift INTEGER NOT NULL DEFAULT 0 CHECK (gift BETWEEN 0 AND 1000000000),
        event TEXT CHECK (event IN ('S', 'T')),
        notes TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (employee_id, month)
      ) STRICT;
      CREATE INDEX wages_by_company_month ON wages (company_id, month);

      -- Every change to an employee or a month's wages: what, old and new value, when, from where.
      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('company', 'employee', 'wages')),
        entity_id INTEGER NOT NULL,
        employee_id INTEGER,
        month TEXT,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        source TEXT NOT NULL CHECK (source IN ('app', 'import', 'cli', 'copy')),
        changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      CREATE INDEX change_log_by_employee ON change_log (employee_id, changed_at);
      CREATE INDEX change_log_by_month ON change_log (company_id, month);
    `,
  },
  {
    version: 3,
    name: 'ASSIST file generations and their files',
    sql: `
      -- Every generation of a month's ASSIST files is kept, with its whole report (JSON, message
      -- keys) and the sha256 of the inputs that decided the files, so the app knows what was made,
      -- when, and whether the data changed since.
      CREATE TABLE file_runs (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        folder TEXT NOT NULL CHECK (length(folder) > 0),
        formats TEXT NOT NULL CHECK (length(formats) > 0 AND formats NOT GLOB '*[^a-z,]*'),
        report_json TEXT NOT NULL CHECK (json_valid(report_json)),
        input_fingerprint TEXT NOT NULL CHECK (length(input_fingerprint) = 64 AND input_fingerprint NOT GLOB '*[^0-9a-f]*')
      ) STRICT;
      CREATE INDEX file_runs_by_month ON file_runs (company_id, month, id);

      CREATE TABLE file_run_files (
        run_id INTEGER NOT NULL REFERENCES file_runs (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('socso', 'eis', 'lindung')),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
        path TEXT NOT NULL CHECK (length(path) > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        records INTEGER NOT NULL CHECK (records >= 0),
        total_sen INTEGER NOT NULL CHECK (total_sen >= 0),
        PRIMARY KEY (run_id, kind)
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'receipts and month status',
    sql: `
      -- Every receipt kept for a company's month (downloaded from the ASSIST portal or attached by
      -- hand): where the file is, its sha256, and what a text receipt says.
      CREATE TABLE receipts (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
        kind TEXT NOT NULL CHECK (kind IN ('acr', 'ecr', 'payment', 'other')),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
        path TEXT NOT NULL CHECK (length(path) > 0),
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        source TEXT NOT NULL CHECK (source IN ('portal', 'user')),
        receipt_number TEXT,
        detected_month TEXT CHECK (detected_month IS NULL OR detected_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        employer_code TEXT,
        total_sen INTEGER CHECK (total_sen IS NULL OR total_sen >= 0),
        filed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (company_id, path)
      ) STRICT;
      CREATE INDEX receipts_by_month ON receipts (company_id, month, filed_at);

      -- Where a company's month stands: generated → submitted → paid → receipt filed.
      CREATE TABLE month_status (
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
        status TEXT NOT NULL CHECK (status IN ('generated', 'submitted', 'paid', 'receipt_filed')),
        source TEXT NOT NULL CHECK (source IN ('auto', 'user')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (company_id, month)
      ) STRICT;
    `,
  },
  {
    version: 5,
    name: 'what each generation computed per employee (for arrears)',
    sql: `
      -- The amounts each employee's records carried when a month's files were generated, so a
      -- later change to that month's wages can be shown as a difference (arrears) per scheme.
      CREATE TABLE file_run_employees (
        run_id INTEGER NOT NULL REFERENCES file_runs (id) ON DELETE CASCADE,
        employee_id INTEGER NOT NULL,
        perkeso_id TEXT NOT NULL,
        name TEXT NOT NULL,
        wages_sen INTEGER NOT NULL CHECK (wages_sen >= 0),
        category INTEGER CHECK (category IN (1, 2)),
        socso_employer_sen INTEGER NOT NULL CHECK (socso_employer_sen >= 0),
        socso_employee_sen INTEGER NOT NULL CHECK (socso_employee_sen >= 0),
        eis_employer_sen INTEGER NOT NULL CHECK (eis_employer_sen >= 0),
        eis_employee_sen INTEGER NOT NULL CHECK (eis_employee_sen >= 0),
        lindung_employee_sen INTEGER NOT NULL CHECK (lindung_employee_sen >= 0),
        PRIMARY KEY (run_id, employee_id)
      ) STRICT;
    `,
  },
  {
    version: 6,
    name: 'sample companies (try Caruman with sample data)',
    sql: `
      -- A company made by "Try Caruman with sample data": marked everywhere in the app, and the
      -- only kind of company "Remove sample data" may delete.
      ALTER TABLE companies ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1));
    `,
  },
  {
    version: 7,
    name: 'a stable random id (UUID) for every company',
    sql: `
      -- Row ids are reused by SQLite after a delete, so anything that must never pass from one
      -- company to another (the ASSIST portal's saved login: persist:portal-<uuid>) is keyed on a
      -- random version-4 UUID made by the database itself when the row is inserted. A column with
      -- UNIQUE and a per-row default cannot be added with ALTER TABLE, so the table is rebuilt
      -- (SQLite's documented procedure; the migration runner turns foreign keys off around it and
      -- checks them before committing). Existing companies keep their ids and get a UUID each.
      CREATE TABLE companies_v7 (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE DEFAULT ${RANDOM_UUID_V4_SQL} CHECK (${UUID_V4_CHECK_SQL}),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 150),
        employer_code TEXT NOT NULL UNIQUE
          CHECK (length(employer_code) BETWEEN 1 AND 12 AND employer_code NOT GLOB '*[^A-Z0-9]*'),
        ssm_number TEXT CHECK (ssm_number IS NULL OR length(ssm_number) BETWEEN 1 AND 20),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        address TEXT,
        contact_name TEXT,
        phone TEXT,
        email TEXT,
        output_folder TEXT,
        portal_username TEXT,
        notes TEXT,
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1))
      ) STRICT;
      INSERT INTO companies_v7 (id, name, employer_code, ssm_number, created_at, updated_at, address, contact_name, phone, email, output_folder, portal_username, notes, is_sample)
        SELECT id, name, employer_code, ssm_number, created_at, updated_at, address, contact_name, phone, email, output_folder, portal_username, notes, is_sample
        FROM companies;
      DROP TABLE companies;
      ALTER TABLE companies_v7 RENAME TO companies;
    `,
  },
  PAYROLL_RECORDS_MIGRATION,
  MONTH_FILES_MIGRATION,
  PAY_RUN_MIGRATION,
  PACK_FILES_MIGRATION,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
