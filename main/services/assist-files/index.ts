// ASSIST files for a company's month: computed by the statutory engine (through the contribution
// service), checked by the same checker users run on any file, written atomically into the chosen
// folder, and remembered (every run's report, the files' sha256, the inputs' fingerprint).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { Company } from '../../../shared/domain/company';
import {
  ASSIST_KINDS,
  buildAssistFiles,
  checkAssistFile,
  defaultKinds,
  fingerprintSource,
  type AssistKind,
  type CheckContext,
  type CheckResult,
  type KnownEmployee,
} from '../../../shared/assist';
import { calculateContributions } from '../../../shared/statutory';
import { checkAnyFile } from '../../../shared/file-check';
import { personFacts } from '../../../shared/domain/person-facts';
import type { GenerationReport, MonthFilesStatus, RunSummary, StoredFileStatus } from '../../../shared/domain/assist-files';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { isAbsolutePath } from '../../../shared/domain/paths';
import { createRunStore, type StoredFile } from './runs';
import { failedTarget, readRegularFile, writeFailureError, writeFilesDurably, type DurableFs } from '../fs';
import type { Employee } from '../../../shared/domain/employee';
import { formAContextOf } from '../epf/form-a-check';

export interface AssistDeps {
  db: Db;
  companies: { get(id: number): Company };
  contributions: { forMonth(companyId: number, month: string): CompanyMonth };
  employees: { list(companyId: number): Employee[] };
  today: () => string;
  /** The file-system layer of the durable write (tests make its steps fail). */
  fs?: DurableFs;
}

export interface GenerateOptions {
  companyId: number;
  month: string;
  /** Absolute folder; default the company's output folder. */
  folder?: string;
  kinds?: readonly AssistKind[];
  overwrite?: boolean;
}

/** The largest file `check` reads: 20,000 records of 278 characters is 5.6 MB. */
export const MAX_CHECK_BYTES = 64 * 1024 * 1024;

/** Refusals about the choice of files (the form shows them next to the choice). */
const KIND_ERRORS = new Set(['assist.error.combinedBeforeLindung', 'assist.error.combinedWithSeparate']);

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function orderedKinds(kinds: readonly AssistKind[] | undefined, month: string): AssistKind[] {
  if (!kinds || kinds.length === 0) return defaultKinds(month);
  return ASSIST_KINDS.filter((k) => kinds.includes(k));
}

export function createAssistService(deps: AssistDeps) {
  const runs = createRunStore(deps.db);
  const outputFolder = deps.db.prepare<[number], { output_folder: string | null }>('SELECT output_folder FROM companies WHERE id = ?');

  /** Builds the files in memory and runs the checker on each; throws when any is wrong. */
  function build(companyId: number, month: string, kinds: readonly AssistKind[] | undefined) {
    const company = deps.companies.get(companyId);
    const companyMonth = deps.contributions.forMonth(companyId, month);
    const chosen = orderedKinds(kinds, month);
    const built = buildAssistFiles({ company, month, rows: companyMonth.rows, kinds: chosen, today: deps.today() });
    const first = built.errors[0];
    if (first) {
      const code = first.key === 'assist.error.combinedBeforeLindung' ? 'UNSUPPORTED' : 'VALIDATION';
      throw new ServiceError(code, first.key as MessageKey, first.params, KIND_ERRORS.has(first.key) ? 'formats' : undefined);
    }
    // Nothing to upload says why in the user's words (not as an empty file the checker refuses).
    if (companyMonth.rows.length === 0) throw new ServiceError('VALIDATION', 'assist.error.noEmployees', { month }, 'month');
    if (companyMonth.rows.every((row) => row.entry === null)) throw new ServiceError('VALIDATION', 'assist.error.noWages', { month }, 'month');
    // A file nobody is in is not made (the report's warning says so); none at all is a refusal.
    const files = built.files.filter((file) => file.totals.records > 0);
    if (files.length === 0) throw new ServiceError('VALIDATION', 'assist.error.nothingToWrite', { month }, 'formats');
    // The same checks a user runs on any file, against the same computed month: a file Caruman
    // makes must pass them, or nothing is written.
    const context = contextFromMonth(company, companyMonth);
    for (const file of files) {
      const result = checkAssistFile({ bytes: Buffer.from(file.content, 'latin1'), fileName: file.fileName, kind: file.kind, today: deps.today(), context });
      const error = result.problems.find((p) => p.severity === 'error');
      if (error) {
        throw new ServiceError('INTERNAL', 'assist.error.checkFailed', { ...error.params, file: file.fileName, line: error.line, problem: error.key });
      }
    }
    const fingerprint = sha256(fingerprintSource(company, month, companyMonth.rows));
    const report: GenerationReport = {
      runId: null,
      createdAt: null,
      companyId,
      employerCode: company.employerCode,
      month,
      folder: null,
      kinds: chosen,
      written: false,
      employees: companyMonth.rows.length,
      files: files.map((f) => ({ kind: f.kind, fileName: f.fileName, path: null, sha256: sha256(f.content), totals: f.totals })),
      leftOut: built.leftOut,
      nameChanges: built.nameChanges,
      warnings: built.warnings,
      inputFingerprint: fingerprint,
    };
    return { report, contents: files.map((f) => f.content), rows: companyMonth.rows };
  }

  function currentFingerprint(companyId: number, month: string, computed?: CompanyMonth): string {
    const company = deps.companies.get(companyId);
    const rows = (computed ?? deps.contributions.forMonth(companyId, month)).rows;
    return sha256(fingerprintSource(company, month, rows));
  }

  function resolveFolder(companyId: number, folder: string | undefined): string {
    const chosen = folder ?? outputFolder.get(companyId)?.output_folder ?? null;
    if (chosen === null || chosen.trim() === '') throw new ServiceError('VALIDATION', 'assist.error.folderRequired', {}, 'folder');
    if (!isAbsolutePath(chosen)) throw new ServiceError('VALIDATION', 'assist.error.folderNotAbsolute', { folder: chosen }, 'folder');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(chosen);
    } catch {
      throw new ServiceError('NOT_FOUND', 'assist.error.folderMissing', { folder: chosen }, 'folder');
    }
    if (!stat.isDirectory()) throw new ServiceError('VALIDATION', 'assist.error.folderMissing', { folder: chosen }, 'folder');
    return path.resolve(chosen);
  }

  return {
    /** What generation would write (report and file texts), without touching the disk or the database. */
    preview(companyId: number, month: string, kinds?: readonly AssistKind[]) {
      const { report, contents } = build(companyId, month, kinds);
      return { report, contents: Object.fromEntries(report.files.map((f, i) => [f.fileName, contents[i] as string])) };
    },

    /**
     * Computes, checks and writes the month's files, then stores the run. Refuses (CONFLICT) when
     * a file exists and overwrite is not set, before writing anything.
     */
    generate(options: GenerateOptions): GenerationReport {
      const { report, contents, rows } = build(options.companyId, options.month, options.kinds);
      const folder = resolveFolder(options.companyId, options.folder);
      // The month's files are one set: all of them are written, or none.
      let paths: string[];
      try {
        paths = writeFilesDurably(
          folder,
          report.files.map((f, i) => ({ name: f.fileName, content: Buffer.from(contents[i] as string, 'latin1') })),
          { replace: options.overwrite === true, fs: deps.fs },
        );
      } catch (error) {
        throw writeError(error, folder);
      }
      const stored: StoredFile[] = report.files.map((file, i) => {
        file.path = paths[i] as string;
        return { kind: file.kind, fileName: file.fileName, path: file.path, sha256: file.sha256, records: file.totals.records, totalSen: file.totals.amountSen };
      });
      return runs.save({ ...report, folder, written: true }, stored, rows);
    },

    /** The newest run of the month with what each employee's amounts were then, or null if never generated. */
    lastRun(companyId: number, month: string) {
      const run = runs.forMonth(companyId, month)[0];
      return run ? { runId: run.id, createdAt: run.createdAt, folder: run.folder, snapshot: runs.snapshot(run.id), files: runs.files(run.id) } : null;
    },

    /**
     * Generated? When? Out of date? Every run, newest first, with its files' state on disk.
     * `computed`: the month already computed by the caller (the dashboard), so it is not computed twice.
     */
    status(companyId: number, month: string, computed?: CompanyMonth): MonthFilesStatus {
      const fingerprint = currentFingerprint(companyId, month, computed);
      const all = runs.forMonth(companyId, month);
      const summaries: RunSummary[] = all.map((run) => ({
        runId: run.id,
        createdAt: run.createdAt,
        folder: run.folder,
        kinds: run.kinds,
        outOfDate: run.inputFingerprint !== fingerprint,
        files: runs.files(run.id).map((f): StoredFileStatus => ({ ...f, onDisk: onDisk(f.path, f.sha256) })),
      }));
      const last = summaries[0] ?? null;
      return {
        companyId,
        month,
        generated: last !== null,
        lastGeneratedAt: last?.createdAt ?? null,
        outOfDate: last?.outOfDate ?? false,
        currentFingerprint: fingerprint,
        runs: summaries,
        summary:
          last === null
            ? { key: 'assist.status.never', params: {}, message: '' }
            : { key: last.outOfDate ? 'assist.status.outOfDate' : 'assist.status.current', params: { when: last.createdAt }, message: '' },
      };
    },

    /** Every run's report, newest first, each marked out of date or not against the data now. */
    runs(companyId: number, month: string): (GenerationReport & { outOfDate: boolean })[] {
      const fingerprint = currentFingerprint(companyId, month);
      return runs.forMonth(companyId, month).map((run) => ({ ...run.report, outOfDate: run.inputFingerprint !== fingerprint }));
    },

    /** Checks any file's bytes (ASSIST, Form A, CP39 …); with a company, against its employees and stored wages. */
    check(input: { bytes: Uint8Array; fileName?: string; kind?: AssistKind; companyId?: number }): CheckResult {
      const company = input.companyId === undefined ? null : deps.companies.get(input.companyId);
      // The first checker that claims the file checks it (shared/file-check); each kind's view of
      // the company's records is made only when its checker runs.
      return checkAnyFile({
        bytes: input.bytes,
        fileName: input.fileName,
        kind: input.kind,
        today: deps.today(),
        contexts:
          company === null
            ? undefined
            : { assist: () => contextFromRecords(company, deps), epf: () => formAContextOf(deps.employees.list(company.id)) },
      });
    },

    /** Reads a file for check: an ordinary file no larger than MAX_CHECK_BYTES (never a device or a pipe). */
    readFile(file: string): Uint8Array {
      return readRegularFile(file, MAX_CHECK_BYTES);
    },
  };
}


/** Whether a generated file is still as written; anything but an ordinary file of its folder counts as missing. */
function onDisk(file: string, expected: string): StoredFileStatus['onDisk'] {
  try {
    return sha256(readRegularFile(file, MAX_CHECK_BYTES)) === expected ? 'same' : 'changed';
  } catch {
    return 'missing';
  }
}

function writeError(error: unknown, folder: string): ServiceError {
  const messages = { exists: 'assist.error.fileExists', diskFull: 'assist.error.diskFull', noPermission: 'assist.error.noPermission', other: 'assist.error.writeFailed' } as const;
  return writeFailureError(error, messages, { file: failedTarget(error) ?? folder, folder }, 'overwrite');
}

/** What the checker may know, from a month already computed (generation's own check). */
function contextFromMonth(company: Company, month: CompanyMonth): CheckContext {
  const byId = new Map(month.rows.map((row) => [row.employee.perkesoId, row]));
  return {
    employerCode: company.employerCode,
    lookup(idNumber, m) {
      const row = m === month.month ? byId.get(idNumber) : undefined;
      if (!row) return null;
      return known(row.employee.name, row.result, row.entry !== null);
    },
  };
}

function known(name: string, result: CompanyMonth['rows'][number]['result'], hasWages: boolean): KnownEmployee {
  return {
    name,
    eisEligible: result.eis.eligible,
    eisReason: result.eis.reason,
    socsoSen: hasWages ? result.socso.employerSen + result.socso.employeeSen : null,
    eisSen: hasWages ? result.eis.employerSen + result.eis.employeeSen : null,
  };
}

/** What the checker may know of any month, from the company's employees and stored wages. */
function contextFromRecords(company: Company, deps: AssistDeps): CheckContext {
  const employees = new Map(deps.employees.list(company.id).map((e) => [e.perkesoId, e]));
  const months = new Map<string, Map<number, CompanyMonth['rows'][number]>>();
  const rowsOf = (month: string) => {
    let rows = months.get(month);
    if (!rows) {
      try {
        rows = new Map(deps.contributions.forMonth(company.id, month).rows.map((r) => [r.employee.id, r]));
      } catch {
        rows = new Map();
      }
      months.set(month, rows);
    }
    return rows;
  };
  return {
    employerCode: company.employerCode,
    lookup(idNumber, month) {
      const employee = employees.get(idNumber.toUpperCase());
      if (!employee) return null;
      const row = rowsOf(month).get(employee.id);
      if (row) return known(employee.name, row.result, row.entry !== null);
      // Not on that month's payroll: eligibility still follows from the facts and the month.
      try {
        const result = calculateContributions({ month, wagesSen: 0, person: personFacts(employee) });
        return known(employee.name, result, false);
      } catch {
        return { name: employee.name, eisEligible: true, socsoSen: null, eisSen: null };
      }
    },
  };
}

export type AssistService = ReturnType<typeof createAssistService>;
