// Storage of generation runs: one row per run (the whole report as JSON, the inputs' fingerprint)
// and one per file written (its path, sha256, record count and total).
import type { Db } from '../db/open';
import type { AssistKind } from '../../../shared/assist';
import type { GenerationReport } from '../../../shared/domain/assist-files';
import type { EmployeeMonth } from '../../../shared/domain/company-month';
import type { ContributionSnapshot } from '../../../shared/domain/month-end';

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

export interface StoredFile {
  kind: AssistKind;
  fileName: string;
  path: string;
  sha256: string;
  records: number;
  totalSen: number;
}

export interface StoredRun {
  id: number;
  companyId: number;
  month: string;
  createdAt: string;
  folder: string;
  kinds: AssistKind[];
  inputFingerprint: string;
  report: GenerationReport;
}

export function createRunStore(db: Db) {
  const statements = {
    insertRun: db.prepare<[number, string, string, string, string, string], { id: number; created_at: string }>(
      `INSERT INTO file_runs (company_id, month, folder, formats, report_json, input_fingerprint)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id, created_at`,
    ),
    setReport: db.prepare<[string, number]>('UPDATE file_runs SET report_json = ? WHERE id = ?'),
    insertFile: db.prepare<[number, string, string, string, string, number, number]>(
      'INSERT INTO file_run_files (run_id, kind, file_name, path, sha256, records, total_sen) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertSnapshot: db.prepare(
      `INSERT INTO file_run_employees (run_id, employee_id, perkeso_id, name, wages_sen, category, socso_employer_sen,
         socso_employee_sen, eis_employer_sen, eis_employee_sen, lindung_employee_sen)
       VALUES (@runId, @employeeId, @perkesoId, @name, @wagesSen, @category, @socsoEmployerSen, @socsoEmployeeSen,
         @eisEmployerSen, @eisEmployeeSen, @lindungEmployeeSen)`,
    ),
    snapshot: db.prepare<[number], ContributionSnapshot>(
      `SELECT employee_id AS employeeId, perkeso_id AS perkesoId, name, wages_sen AS wagesSen, category,
              socso_employer_sen AS socsoEmployerSen, socso_employee_sen AS socsoEmployeeSen, eis_employer_sen AS eisEmployerSen,
              eis_employee_sen AS eisEmployeeSen, lindung_employee_sen AS lindungEmployeeSen
         FROM file_run_employees WHERE run_id = ? ORDER BY employee_id`,
    ),
    forMonth: db.prepare<[number, string], RunRow>('SELECT * FROM file_runs WHERE company_id = ? AND month = ? ORDER BY id DESC'),
    byId: db.prepare<[number], RunRow>('SELECT * FROM file_runs WHERE id = ?'),
    files: db.prepare<[number], { kind: AssistKind; file_name: string; path: string; sha256: string; records: number; total_sen: number }>(
      'SELECT * FROM file_run_files WHERE run_id = ? ORDER BY rowid',
    ),
  };

  function toRun(row: RunRow): StoredRun {
    return {
      id: row.id,
      companyId: row.company_id,
      month: row.month,
      createdAt: row.created_at,
      folder: row.folder,
      kinds: row.formats.split(',') as AssistKind[],
      inputFingerprint: row.input_fingerprint,
      report: JSON.parse(row.report_json) as GenerationReport,
    };
  }

  return {
    /**
     * Stores a run, its files and what each employee's amounts were, in one transaction; the
     * report gets the run's id and time.
     */
    save(report: GenerationReport, files: readonly StoredFile[], rows: readonly EmployeeMonth[]): GenerationReport {
      if (report.folder === null) throw new Error('A stored run has a folder');
      const folder = report.folder;
      return db.transaction(() => {
        const inserted = statements.insertRun.get(
          report.companyId,
          report.month,
          folder,
          report.kinds.join(','),
          JSON.stringify(report),
          report.inputFingerprint,
        );
        if (!inserted) throw new Error('INSERT … RETURNING gave no row');
        const saved: GenerationReport = { ...report, runId: inserted.id, createdAt: inserted.created_at };
        statements.setReport.run(JSON.stringify(saved), inserted.id);
        for (const f of files) statements.insertFile.run(inserted.id, f.kind, f.fileName, f.path, f.sha256, f.records, f.totalSen);
        for (const row of rows) statements.insertSnapshot.run({ runId: inserted.id, ...snapshotOf(row) });
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
      return statements.files.all(runId).map((f) => ({
        kind: f.kind,
        fileName: f.file_name,
        path: f.path,
        sha256: f.sha256,
        records: f.records,
        totalSen: f.total_sen,
      }));
    },
  };
}

export type RunStore = ReturnType<typeof createRunStore>;

export function snapshotOf(row: EmployeeMonth): ContributionSnapshot {
  const r = row.result;
  return {
    employeeId: row.employee.id,
    perkesoId: row.employee.perkesoId,
    name: row.employee.name,
    wagesSen: row.wagesSen,
    category: r.category,
    socsoEmployerSen: r.socso.employerSen,
    socsoEmployeeSen: r.socso.employeeSen,
    eisEmployerSen: r.eis.employerSen,
    eisEmployeeSen: r.eis.employeeSen,
    lindungEmployeeSen: r.lindung.employeeSen,
  };
}
