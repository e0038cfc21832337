// Migration 9: a month's stored runs hold every upload file of the month, not only PERKESO's —
// KWSP's Form A (text, and its less certain CSV form) and LHDN's CP39 beside the ASSIST files —
// with what each employee's EPF and PCB were when they were written, and where KWSP and LHDN
// stand for the month. In a file of its own so migrations.ts stays readable; like every
// migration, its text never changes once shipped.
import type { Migration } from './migration';

/**
 * Every kind of file a run may hold, as written into migration 9's CHECK (the same names as
 * `caruman export --format`). Written out here, not read from shared/month-files, because a
 * shipped migration never changes (a test checks they equal MONTH_FILE_KINDS).
 */
export const MONTH_FILE_KINDS_V9 = ['socso', 'eis', 'lindung', 'epf', 'epf-csv', 'pcb'] as const;

/** The bodies whose month Caruman follows in month_filings (PERKESO's stays in month_status). */
export const FILING_BODIES_V9 = ['kwsp', 'lhdn'] as const;

const MONTH_CHECK = (column: string) =>
  `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(${column}, 6, 2) BETWEEN '01' AND '12'`;
const SHA256_CHECK = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const MONTH_FILES_MIGRATION: Migration = {
  version: 9,
  name: 'month files: EPF Form A and CP39 in the stored runs, EPF and PCB per employee, KWSP and LHDN filing state',
  sql: `
    -- file_runs: the list of formats may now name 'epf-csv' (the CHECK allowed only a-z and
    -- commas). SQLite cannot change a CHECK in place, so the table is rebuilt with every row (ids
    -- kept: file_run_files and file_run_employees refer to them) and its index.
    CREATE TABLE file_runs_v9 (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (${MONTH_CHECK('month')}),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      folder TEXT NOT NULL CHECK (length(folder) > 0),
      formats TEXT NOT NULL CHECK (length(formats) > 0 AND formats NOT GLOB '*[^a-z,-]*'),
      report_json TEXT NOT NULL CHECK (json_valid(report_json)),
      input_fingerprint TEXT NOT NULL CHECK (${SHA256_CHECK('input_fingerprint')})
    ) STRICT;
    INSERT INTO file_runs_v9 (id, company_id, month, created_at, folder, formats, report_json, input_fingerprint)
      SELECT id, company_id, month, created_at, folder, formats, report_json, input_fingerprint FROM file_runs ORDER BY id;
    DROP TABLE file_runs;
    ALTER TABLE file_runs_v9 RENAME TO file_runs;
    CREATE INDEX file_runs_by_month ON file_runs (company_id, month, id);

    -- file_run_files: the new kinds, and each file's own input fingerprint (the inputs that decide
    -- that file: a change to an EPF member number makes the Form A out of date, not the ASSIST
    -- files). A file written before this migration takes its run's fingerprint, which was the
    -- ASSIST files' own. Rows keep their order (the order the files were written).
    CREATE TABLE file_run_files_v9 (
      run_id INTEGER NOT NULL REFERENCES file_runs (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN (${quoted(MONTH_FILE_KINDS_V9)})),
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
      path TEXT NOT NULL CHECK (length(path) > 0),
      sha256 TEXT NOT NULL CHECK (${SHA256_CHECK('sha256')}),
      records INTEGER NOT NULL CHECK (records >= 0),
      total_sen INTEGER NOT NULL CHECK (total_sen >= 0),
      input_fingerprint TEXT NOT NULL CHECK (${SHA256_CHECK('input_fingerprint')}),
      PRIMARY KEY (run_id, kind)
    ) STRICT;
    INSERT INTO file_run_files_v9 (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint)
      SELECT f.run_id, f.kind, f.file_name, f.path, f.sha256, f.records, f.total_sen, r.input_fingerprint
        FROM file_run_files f JOIN file_runs r ON r.id = f.run_id ORDER BY f.rowid;
    DROP TABLE file_run_files;
    ALTER TABLE file_run_files_v9 RENAME TO file_run_files;

    -- What each employee's EPF and PCB were in a run that wrote a Form A or a CP39 file, so a
    -- later change shows as a difference like SOCSO's. NULL: the run wrote no such file (every
    -- run before this migration).
    ALTER TABLE file_run_employees ADD COLUMN epf_wages_sen INTEGER CHECK (epf_wages_sen IS NULL OR epf_wages_sen >= 0);
    ALTER TABLE file_run_employees ADD COLUMN epf_employer_sen INTEGER CHECK (epf_employer_sen IS NULL OR epf_employer_sen >= 0);
    ALTER TABLE file_run_employees ADD COLUMN epf_employee_sen INTEGER CHECK (epf_employee_sen IS NULL OR epf_employee_sen >= 0);
    ALTER TABLE file_run_employees ADD COLUMN pcb_sen INTEGER CHECK (pcb_sen IS NULL OR pcb_sen >= 0);
    ALTER TABLE file_run_employees ADD COLUMN cp38_sen INTEGER CHECK (cp38_sen IS NULL OR cp38_sen >= 0);

    -- Where a company's month stands with KWSP and LHDN, as the user marks it (submitted in
    -- i-Akaun or e-PCB Plus, then paid). No row: nothing marked yet. PERKESO's month stays in
    -- month_status, which its receipts move on by themselves.
    CREATE TABLE month_filings (
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      month TEXT NOT NULL CHECK (${MONTH_CHECK('month')}),
      body TEXT NOT NULL CHECK (body IN (${quoted(FILING_BODIES_V9)})),
      status TEXT NOT NULL CHECK (status IN ('submitted', 'paid')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      PRIMARY KEY (company_id, month, body)
    ) STRICT;
  `,
};
