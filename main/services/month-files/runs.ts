// Storage of the month's file runs: one row per run (the whole report as JSON, the inputs'
// fingerprint), one per file written (its kind, path, sha256, record count, total and the
// fingerprint of the inputs that decided it), and what each employee's amounts were then. A
// month-end pack's own files (payslips, summary, journal, payment list, README) are rows of the
// same table (migration 11) but never upload files: files() returns only the upload files, which
// every "filed? out of date? changed on disk?" question reads; packFiles() returns the others.
import type { Db } from '../db/open';
import type { GenerationReport, StoredFile } from '../../../shared/domain/month-files';
import type { EmployeeMonth } from '../../../shared/domain/company-month';
import type { ContributionSnapshot } from '../../../shared/domain/month-end';
import { familyOf, MONTH_FILE_KINDS, type FileFamily, type MonthFileKind } from '../../../shared/month-files/kinds';
import type { PackFileKind } from '../../../shared/month-files/pack-kinds';
import type { StoredPackFile } from '../../../shared/domain/month-files';
import type { EpfSnapshot, PcbSnapshot } from './plan';

interface RunRow {
  id: number;
  company_id: number;
  month: string;
  created_at: string;
  folder: string;
  formats: string;
  report_json: string;
  input_fingerprint: string;
}

export type { StoredFile };

export interface StoredRun {
  id: number;
  companyId: number;
  month: string;
  createdAt: string;
  folder: string;
  kinds: MonthFileKind[];
  inputFingerprint: string;
  report: GenerationReport;
}

/** What else a run knew per employee besides SOCSO: present only for the families it wrote. */
export interface RunFigures {
  epf?: ReadonlyMap<number, EpfSnapshot>;
  pcb?: ReadonlyMap<number, PcbSnapshot>;
}

interface FileRow {
  kind: MonthFileKind;
  file_name: string;
  path: string;
  sha256: string;
  records: number;
  total_sen: number;
  input_fingerprint: string;
}

interface PackFileRow {
  kind: PackFileKind;
  file_name: string;
  path: string;
  sha256: string;
  records: number;
  total_sen: number;
  employee_id: number | null;
}

/** The SQL condition "an upload file" (every other row is a pack file). */
const UPLOAD_KIND = `kind IN (${MONTH_FILE_KINDS.map((k) => `'${k}'`).join(', ')})`;

export function createRunStore(db: Db) {
  const statements = {
    insertRun: db.prepare<[number, string, string, string, string, string], { id: number; created_at: string }>(
      `INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id, created_at`,
    ),
    setReport: db.prepare<[string, number]>('UPDATE file_runs SET report_json = ? WHERE id = ?'),
    insertFile: db.prepare<[number, string, string, string, string, number, number, string]>(
      'INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, input_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertSnapshot: db.prepare(
      `INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, category, socso_employer_sen,
         socso_employee_sen, eis_employer_sen, eis_employee_sen, lindung_employee_sen,
         epf_wages_sen, epf_employer_sen, epf_employee_sen, pcb_sen, cp38_sen)
       VALUES (@runId, @employeeId, @perkesoId, @name, @wagesSen, @category, @socsoEmployerSen, @socsoEmployeeSen,
         @eisEmployerSen, @eisEmployeeSen, @lindungEmployeeSen, @epfWagesSen, @epfEmployerSen, @epfEmployeeSen, @pcbSen, @cp38Sen)`,
    ),
    snapshot: db.prepare<[number], ContributionSnapshot>(
      `SELECT employee_id AS employeeId, perkeso_id AS perkesoId, name, wages_sen AS wagesSen, category,
              socso_employer_sen AS socsoEmployerSen, socso_employee_sen AS socsoEmployeeSen, eis_employer_sen AS eisEmployerSen,
              eis_employee_sen AS eisEmployeeSen, lindung_employee_sen AS lindungEmployeeSen,
              epf_wages_sen AS epfWagesSen, epf_employer_sen AS epfEmployerSen, epf_employee_sen AS epfEmployeeSen,
              pcb_sen AS pcbSen, cp38_sen AS cp38Sen
         FROM file_run_employees WHERE run_id = ? ORDER BY employee_id`,
    ),
    forMonth: db.prepare<[number, string], RunRow>('SELECT * FROM file_runs WHERE company_id = ? AND month = ? ORDER BY id DESC'),
    byId: db.prepare<[number], RunRow>('SELECT * FROM file_runs WHERE id = ?'),
    files: db.prepare<[number], FileRow>(`SELECT * FROM file_run_files WHERE run_id = ? AND ${UPLOAD_KIND} ORDER BY rowid`),
    packFiles: db.prepare<[number], PackFileRow>(`SELECT * FROM file_run_files WHERE run_id = ? AND NOT ${UPLOAD_KIND} ORDER BY rowid`),
    insertPackFile: db.prepare<[number, string, string, string, string, number, number, number | null]>(
      'INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen, employee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // A pack file replaced by this run's: the company's earlier records of that path describe a
    // file that is no longer there, so they go (upload files keep their history: receipts match them).
    lastPack: db.prepare<[number, string], { run_id: number; created_at: string; folder: string; files: number }>(
      `SELECT r.id AS run_id, r.created_at, r.folder, count(*) AS files FROM file_runs r JOIN file_run_files f ON f.run_id = r.id
        WHERE r.company_id = ? AND r.month = ? AND NOT ${UPLOAD_KIND} GROUP BY r.id ORDER BY r.id DESC LIMIT 1`,
    ),
    dropReplacedPackFiles: db.prepare<[string, number, number]>(
      `DELETE FROM file_run_files WHERE path = ? AND NOT ${UPLOAD_KIND}
         AND run_id IN (SELECT id FROM file_runs WHERE company_id = ? AND id <> ?)`,
    ),
  };

  function toRun(row: RunRow): StoredRun {
    return {
      id: row.id,
      companyId: row.company_id,
      month: row.month,
      createdAt: row.created_at,
      folder: row.folder,
      kinds: row.formats.split(',') as MonthFileKind[],
      inputFingerprint: row.input_fingerprint,
      report: JSON.parse(row.report_json) as GenerationReport,
    };
  }

  return {
    /**
     * Stores a run, its files and what each employee's amounts were, in one transaction; the
     * report gets the run's id and time.
     */
    save(report: GenerationReport, files: readonly StoredFile[], rows: readonly EmployeeMonth[], figures: RunFigures = {}, packFiles: readonly StoredPackFile[] = []): GenerationReport {
      if (report.folder === null) throw new Error('A stored run has a folder');
      const folder = report.folder;
      return db.transaction(() => {
        const inserted = statements.insertRun.get(report.companyId, report.month, folder, report.kinds.join(','), JSON.stringify(report), report.inputFingerprint);
        if (!inserted) throw new Error('INSERT … RETURNING gave no row');
        const saved: GenerationReport = { ...report, runId: inserted.id, createdAt: inserted.created_at };
        statements.setReport.run(JSON.stringify(saved), inserted.id);
        for (const f of files) statements.insertFile.run(inserted.id, f.kind, f.fileName, f.path, f.sha256, f.records, f.totalSen, f.inputFingerprint);
        for (const f of packFiles) {
          statements.dropReplacedPackFiles.run(f.path, report.companyId, inserted.id);
          statements.insertPackFile.run(inserted.id, f.kind, f.fileName, f.path, f.sha256, f.records, f.totalSen, f.employeeId);
        }
        for (const row of rows) statements.insertSnapshot.run({ runId: inserted.id, ...snapshotOf(row, figures) });
        return saved;
      })();
    },
    /** Every run of the month, newest first. */
    forMonth(companyId: number, month: string): StoredRun[] {
      return statements.forMonth.all(companyId, month).map(toRun);
    },
    get(id: number): StoredRun | null {
      const row = statements.byId.get(id);
      return row ? toRun(row) : null;
    },
    /** What each employee's amounts were when the run was made. */
    snapshot(runId: number): ContributionSnapshot[] {
      return statements.snapshot.all(runId);
    },
    files(runId: number): StoredFile[] {
      return statements.files.all(runId).map((f) => ({ ...recordedFile(f), inputFingerprint: f.input_fingerprint }));
    },
    /** The month's newest month-end pack: when, where, how many files besides the upload files (null: never packed). */
    lastPack(companyId: number, month: string): { runId: number; createdAt: string; folder: string; files: number } | null {
      const row = statements.lastPack.get(companyId, month);
      return row ? { runId: row.run_id, createdAt: row.created_at, folder: row.folder, files: row.files } : null;
    },
    /** The month-end pack's own files of a run, in the order written (none for a run of upload files alone). */
    packFiles(runId: number): StoredPackFile[] {
      return statements.packFiles.all(runId).map((f) => ({ ...recordedFile(f), employeeId: f.employee_id }));
    },
  };
}

export type RunStore = ReturnType<typeof createRunStore>;

/** What every recorded file says of itself, an upload file or one of the pack's (file_run_files' shared columns). */
function recordedFile<Kind>(row: { kind: Kind; file_name: string; path: string; sha256: string; records: number; total_sen: number }) {
  return { kind: row.kind, fileName: row.file_name, path: row.path, sha256: row.sha256, records: row.records, totalSen: row.total_sen };
}

/** The families a run wrote files of. */
export function familiesOf(kinds: readonly MonthFileKind[]): Set<FileFamily> {
  return new Set(kinds.map(familyOf));
}

/** An employee's amounts as a run stores them: SOCSO's always, EPF's and PCB's where the run wrote those files. */
export function snapshotOf(row: EmployeeMonth, figures: RunFigures = {}): ContributionSnapshot {
  const r = row.result;
  const id = row.employee.id;
  const epf = figures.epf ? (figures.epf.get(id) ?? { epfWagesSen: 0, epfEmployerSen: 0, epfEmployeeSen: 0 }) : null;
  const pcb = figures.pcb ? (figures.pcb.get(id) ?? { pcbSen: 0, cp38Sen: 0 }) : null;
  return {
    employeeId: id,
    perkesoId: row.employee.perkesoId,
    name: row.employee.name,
    wagesSen: row.wagesSen,
    category: r.category,
    socsoEmployerSen: r.socso.employerSen,
    socsoEmployeeSen: r.socso.employeeSen,
    eisEmployerSen: r.eis.employerSen,
    eisEmployeeSen: r.eis.employeeSen,
    lindungEmployeeSen: r.lindung.employeeSen,
    epfWagesSen: epf?.epfWagesSen ?? null,
    epfEmployerSen: epf?.epfEmployerSen ?? null,
    epfEmployeeSen: epf?.epfEmployeeSen ?? null,
    pcbSen: pcb?.pcbSen ?? null,
    cp38Sen: pcb?.cp38Sen ?? null,
  };
}
