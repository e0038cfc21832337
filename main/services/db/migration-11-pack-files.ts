// Migration 11: a month-end pack's other files are recorded in its run beside the upload files —
// each employee's payslip (one row per file, naming the employee: a file a person may look for),
// the combined payslips, the payroll summary, the journal, the payment list and README.txt — with
// their path and sha256, in the same transaction as the run. In a file of its own so migrations.ts
// stays readable; like every migration, its text never changes once shipped.
import type { Migration } from './migration';
import { MONTH_FILE_KINDS_V9 } from './migration-9-month-files';

/**
 * The pack's own kinds, as written into migration 11's CHECK. Written out here, not read from
 * shared/month-files/pack-kinds.ts, because a shipped migration never changes (a test checks they
 * equal PACK_FILE_KINDS).
 */
export const PACK_FILE_KINDS_V11 = ['payslip', 'payslips', 'payroll-summary', 'payroll-journal', 'payment-list', 'readme'] as const;

const SHA256_CHECK = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const UPLOAD = `kind IN (${quoted(MONTH_FILE_KINDS_V9)})`;

export const PACK_FILES_MIGRATION: Migration = {
  version: 11,
  name: 'month-end pack: payslips, summary, journal, payment list and README recorded in the run beside the upload files',
  sql: `
    -- file_run_files: the kind CHECK allowed only the upload kinds and the key was (run, kind), one
    -- file of a kind per run; a pack writes a payslip per employee. SQLite cannot change a CHECK
    -- or a key in place, so the table is rebuilt with every row in its order (the order the files
    -- were written) and the same reference to file_runs.
    --   * An upload file keeps the fingerprint of the inputs that decided it (its "out of date");
    --     a pack file has none (NULL), and only upload files have one.
    --   * employee_id: whose payslip it is (NULL for every other file; NULL too once the employee
    --     is deleted — the file and its record stay).
    --   * One file of an upload kind per run (as before); one row per file name per run.
    CREATE TABLE file_run_files_v11 (
      run_id INTEGER NOT NULL REFERENCES file_runs (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN (${quoted([...MONTH_FILE_KINDS_V9, ...PACK_FILE_KINDS_V11])})),
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
      path TEXT NOT NULL CHECK (length(path) > 0),
      sha256 TEXT NOT NULL CHECK (${SHA256_CHECK('sha256')}),
      records INTEGER NOT NULL CHECK (records >= 0),
      total_sen INTEGER NOT NULL CHECK (total_sen >= 0),
      input_fingerprint TEXT CHECK (input_fingerprint IS NULL OR (${SHA256_CHECK('input_fingerprint')})),
      employee_id INTEGER REFERENCES employees (id) ON DELETE SET NULL,
      CHECK ((${UPLOAD}) = (input_fingerprint IS NOT NULL)),
      CHECK (employee_id IS NULL OR kind = 'payslip'),
      UNIQUE (run_id, file_name)
    ) STRICT;
    INSERT INTO file_run_files_v11 (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint, employee_id)
      SELECT run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint, NULL FROM file_run_files ORDER BY rowid;
    DROP TABLE file_run_files;
    ALTER TABLE file_run_files_v11 RENAME TO file_run_files;
    CREATE UNIQUE INDEX file_run_files_one_upload_per_kind ON file_run_files (run_id, kind) WHERE ${UPLOAD};
  `,
};
