// A company's month of upload files: PERKESO's ASSIST files, KWSP's Form A and LHDN's CP39, each
// built from its scheme's figures, checked by the same checker users run on any file, written
// together into the chosen folder as one set (all of them or none), and remembered: every run's
// report, each file's sha256 and the fingerprint of the inputs that decided it, and what each
// employee's amounts were. "Write this month's files for this company into this folder" is one
// call, generate(), for the app, the CLI, the month-end bulk run and the month-end pack. What goes in
// the set is decided in prepare.ts; here it is written, remembered and compared with the data now.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';
import { checkAnyFile } from '../../../shared/file-check';
import type { CheckResult } from '../../../shared/assist';
import type { GenerationReport, MonthFilesStatus, RunSummary, StoredFileStatus, StoredPackFile } from '../../../shared/domain/month-files';
import type { ContributionSnapshot } from '../../../shared/domain/month-end';
import { isAbsolutePath } from '../../../shared/domain/paths';
import { familyOf, inFileOrder, type FileFamily, type MonthFileKind } from '../../../shared/month-files/kinds';
import { failedTarget, readRegularFile, writeFailureError, writeFilesDurably, type DurableFs, type FileToWrite } from '../fs';
import { createRunStore, snapshotOf, type RunFigures, type StoredFile } from './runs';
import { sha256 } from './plan';
import { assistFingerprint } from './assist-file';
import { epfFiguresOf, epfTotalSen, type EpfFigure } from './epf-figures';
import { epfFingerprint, epfMembersOf } from './epf-file';
import { pcbFingerprint, type PcbFigure } from './pcb-file';
import { checkContextsOf } from './check-contexts';
import { prepareMonthFiles } from './prepare';

export { sha256 } from './plan';
export type { PcbFigure } from './pcb-file';

export interface MonthFilesDeps {
  db: Db;
  companies: { get(id: number): Company };
  contributions: { forMonth(companyId: number, month: string): CompanyMonth };
  employees: { list(companyId: number): Employee[] };
  today: () => string;
  /**
   * Each employee's PCB and CP38 of a month as the pay run computed them (main/services/payroll);
   * absent until the pay run can say them, and then no CP39 is made.
   */
  pcbFigures?: (companyId: number, month: string) => PcbFigure[];
  /** The file-system layer of the durable write (tests make its steps fail). */
  fs?: DurableFs;
}

export interface GenerateOptions {
  companyId: number;
  month: string;
  /** Absolute folder; default the company's output folder. */
  folder?: string;
  /** Which files; default: defaultMonthFileKinds (a file the company cannot make yet is left out, with a warning). */
  kinds?: readonly MonthFileKind[];
  overwrite?: boolean;
  /**
   * Other files to write in the same set (the month-end pack's payslips, reports and README),
   * made from the report of what is about to be written: all of them and the month's files, or
   * none. Each with `record` is stored in the run as a pack file (never an upload file).
   */
  alsoWrite?: (report: GenerationReport) => readonly AlsoWrite[];
  /**
   * The month's PCB figures as the caller already read them with `computed` (the month-end pack:
   * every file of a company's pack from one read); thrown as deps.pcbFigures throws. Default:
   * asked of the pay run now.
   */
  pcbFigures?: () => PcbFigure[];
}

/** A file written with the month's files; with `record`, remembered in the run as a pack file. */
export interface AlsoWrite extends FileToWrite {
  record?: Pick<StoredPackFile, 'kind' | 'records' | 'totalSen' | 'employeeId'>;
}

/** The largest file `check` reads: 20,000 records of 278 characters is 5.6 MB. */
export const MAX_CHECK_BYTES = 64 * 1024 * 1024;

/** A stored file with the run it was written in. */
export interface LatestFile extends StoredFile {
  runId: number;
  folder: string;
  createdAt: string;
}

export function createMonthFilesService(deps: MonthFilesDeps) {
  const runs = createRunStore(deps.db);
  const outputFolder = deps.db.prepare<[number], { output_folder: string | null }>('SELECT output_folder FROM companies WHERE id = ?');

  function pcbFiguresOrNull(companyId: number, month: string): PcbFigure[] | null {
    if (!deps.pcbFigures) return null;
    try {
      return deps.pcbFigures(companyId, month);
    } catch {
      return null;
    }
  }

  /**
   * The month's figures, each computed once and only when asked: the contributions (SOCSO), each
   * employee's EPF, and the pay run's PCB (null when it cannot say).
   */
  function monthFigures(companyId: number, month: string, computed?: CompanyMonth) {
    let contributions = computed ?? null;
    let epf: EpfFigure[] | null = null;
    let pcb: PcbFigure[] | null | undefined;
    const theMonth = () => (contributions ??= deps.contributions.forMonth(companyId, month));
    return {
      contributions: theMonth,
      epf: () => (epf ??= epfFiguresOf(theMonth())),
      pcb: () => (pcb === undefined ? (pcb = pcbFiguresOrNull(companyId, month)) : pcb),
    };
  }

  /** The fingerprint of each family's inputs now, computed only when asked (PCB asks the pay run). */
  function currentFingerprints(companyId: number, month: string, figures: ReturnType<typeof monthFigures>) {
    const company = deps.companies.get(companyId);
    const cache = new Map<FileFamily, string | null>();
    return (family: FileFamily): string | null => {
      if (!cache.has(family)) {
        let value: string | null;
        if (family === 'assist') value = assistFingerprint(company, figures.contributions());
        else if (family === 'epf') value = epfFingerprint(company, month, figures.epf());
        else {
          const pcb = figures.pcb();
          value = pcb === null ? null : pcbFingerprint(company, month, pcb);
        }
        cache.set(family, value);
      }
      return cache.get(family) as string | null;
    };
  }

  /** A stored file is out of date when its family's inputs changed since (unknown: not out of date). */
  function outOfDate(file: StoredFile, now: (family: FileFamily) => string | null): boolean {
    const current = now(familyOf(file.kind));
    return current !== null && current !== file.inputFingerprint;
  }

  function freshness(companyId: number, month: string, figures: ReturnType<typeof monthFigures>): (LatestFile & { outOfDate: boolean })[] {
    const files = latestFiles(companyId, month);
    if (files.length === 0) return [];
    const now = currentFingerprints(companyId, month, figures);
    return files.map((f) => ({ ...f, outOfDate: outOfDate(f, now) }));
  }

  /** The newest file of each kind written for the month (with its run's folder and time), in file order. */
  function latestFiles(companyId: number, month: string): LatestFile[] {
    const latest = new Map<MonthFileKind, LatestFile>();
    for (const run of runs.forMonth(companyId, month)) {
      for (const f of runs.files(run.id)) if (!latest.has(f.kind)) latest.set(f.kind, { ...f, runId: run.id, folder: run.folder, createdAt: run.createdAt });
    }
    return inFileOrder([...latest.keys()]).map((kind) => latest.get(kind)!);
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
    preview(companyId: number, month: string, kinds?: readonly MonthFileKind[]) {
      const { report, contents } = prepareMonthFiles(deps, companyId, month, kinds);
      return { report, contents: Object.fromEntries(report.files.map((f, i) => [f.fileName, contents[i] as string])) };
    },

    /**
     * Computes, checks and writes the month's files as one set, then stores the run. Refuses
     * (CONFLICT) when a file exists and overwrite is not set, before writing anything.
     * `computed`: the company's month as the caller has just computed it, in the same synchronous
     * step (the month-end bulk run reads it to decide), so it is not computed a second time.
     */
    generate(options: GenerateOptions, computed?: CompanyMonth): GenerationReport {
      const { pcbFigures } = options;
      const from = pcbFigures && deps.pcbFigures ? { ...deps, pcbFigures: () => pcbFigures() } : deps;
      const { report, contents, fingerprints, rows, figures } = prepareMonthFiles(from, options.companyId, options.month, options.kinds, computed);
      const folder = resolveFolder(options.companyId, options.folder);
      const others = options.alsoWrite?.(report) ?? [];
      // The month's files are one set: all of them are written, or none.
      let paths: string[];
      try {
        paths = writeFilesDurably(
          folder,
          [...report.files.map((f, i) => ({ name: f.fileName, content: Buffer.from(contents[i] as string, 'latin1') })), ...others],
          { replace: options.overwrite === true, fs: deps.fs },
        );
      } catch (error) {
        throw writeError(error, folder);
      }
      const packFiles = others.flatMap((other, j): StoredPackFile[] =>
        other.record ? [{ ...other.record, fileName: other.name, path: paths[report.files.length + j] as string, sha256: sha256(other.content) }] : [],
      );
      const stored: StoredFile[] = report.files.map((file, i) => {
        file.path = paths[i] as string;
        return {
          kind: file.kind,
          fileName: file.fileName,
          path: file.path,
          sha256: file.sha256,
          records: file.totals.records,
          totalSen: file.totals.amountSen,
          inputFingerprint: fingerprints[i] as string,
        };
      });
      return runs.save({ ...report, folder, written: true }, stored, rows, figures, packFiles);
    },

    /**
     * The newest run of the month that wrote a file of this family (any file when none is named),
     * with what each employee's amounts were then; null when there is none.
     */
    lastRun(companyId: number, month: string, family?: FileFamily) {
      for (const run of runs.forMonth(companyId, month)) {
        const files = runs.files(run.id);
        if (family !== undefined && !files.some((f) => familyOf(f.kind) === family)) continue;
        return { runId: run.id, createdAt: run.createdAt, folder: run.folder, snapshot: runs.snapshot(run.id), files };
      }
      return null;
    },

    /**
     * Generated? When? Out of date? Every run, newest first, with its files' state on disk.
     * `computed`: the month already computed by the caller (the dashboard), so it is not computed twice.
     */
    status(companyId: number, month: string, computed?: CompanyMonth): MonthFilesStatus {
      const now = currentFingerprints(companyId, month, monthFigures(companyId, month, computed));
      const summaries: RunSummary[] = runs.forMonth(companyId, month).map((run) => {
        const files = runs.files(run.id).map((f): StoredFileStatus => ({ ...f, outOfDate: outOfDate(f, now), onDisk: onDisk(f.path, f.sha256) }));
        const packFiles = runs.packFiles(run.id).map((f) => ({ ...f, onDisk: onDisk(f.path, f.sha256) }));
        return { runId: run.id, createdAt: run.createdAt, folder: run.folder, kinds: run.kinds, outOfDate: files.some((f) => f.outOfDate), files, packFiles };
      });
      const last = summaries[0] ?? null;
      return {
        companyId,
        month,
        generated: last !== null,
        lastGeneratedAt: last?.createdAt ?? null,
        outOfDate: last?.outOfDate ?? false,
        runs: summaries,
        summary:
          last === null
            ? { key: 'assist.status.never', params: {}, message: '' }
            : { key: last.outOfDate ? 'assist.status.outOfDate' : 'assist.status.current', params: { when: last.createdAt }, message: '' },
      };
    },

    latestFiles,

    /** The month's newest month-end pack (when, where, how many files besides the upload files), read without the disk. */
    lastPack: (companyId: number, month: string) => runs.lastPack(companyId, month),

    /**
     * What each employee's amounts are now, shaped as a run stores them (for differences against
     * a run): SOCSO's and EPF's always, PCB's when the pay run can say them.
     */
    snapshotNow(companyId: number, month: string): ContributionSnapshot[] {
      const computed = deps.contributions.forMonth(companyId, month);
      const pcb = pcbFiguresOrNull(companyId, month);
      const figures: RunFigures = {
        epf: epfMembersOf(epfFiguresOf(computed)).snapshot,
        pcb: pcb === null ? undefined : new Map(pcb.map((f) => [f.employee.id, { pcbSen: f.pcbSen, cp38Sen: f.cp38Sen }])),
      };
      return computed.rows.map((row) => snapshotOf(row, figures));
    },

    /**
     * The newest file of each kind and whether it is out of date — without reading the files from
     * disk (the month-end dashboard asks this for every company). `computed`: as for status().
     */
    freshness(companyId: number, month: string, computed?: CompanyMonth): (LatestFile & { outOfDate: boolean })[] {
      return freshness(companyId, month, monthFigures(companyId, month, computed));
    },

    /**
     * What the month-end dashboard shows of the month's files: the newest file of each kind (out
     * of date or not, never read from disk) and what is owed to KWSP and LHDN now — from the same
     * figures the files are made from. `computed`: the month already computed by the caller.
     */
    dashboardFigures(companyId: number, month: string, computed?: CompanyMonth) {
      const figures = monthFigures(companyId, month, computed);
      const files = freshness(companyId, month, figures);
      // The pay run is asked only where LHDN can be paid (an E number) or a CP39 was made: it is
      // the dashboard's dearest figure, and a company without an E number has no CP39 to make.
      const askPayRun = deps.companies.get(companyId).taxEmployerNumber !== null || files.some((f) => f.kind === 'pcb');
      const pcb = askPayRun ? figures.pcb() : null;
      return {
        files,
        kwspSen: epfTotalSen(figures.epf()),
        /** PCB + CP38 the pay run has for the month; null when it cannot say. */
        lhdnSen: pcb === null ? null : pcb.reduce((sum, f) => sum + f.pcbSen + f.cp38Sen, 0),
      };
    },

    /** Every run's report, newest first, each marked out of date or not against the data now. */
    runs(companyId: number, month: string): (GenerationReport & { outOfDate: boolean })[] {
      const now = currentFingerprints(companyId, month, monthFigures(companyId, month));
      return runs.forMonth(companyId, month).map((run) => ({ ...run.report, outOfDate: runs.files(run.id).some((f) => outOfDate(f, now)) }));
    },

    /** Checks any file's bytes (ASSIST, Form A, CP39 …); with a company, against its records. */
    check(input: { bytes: Uint8Array; fileName?: string; kind?: 'socso' | 'eis' | 'lindung'; companyId?: number }): CheckResult {
      const company = input.companyId === undefined ? null : deps.companies.get(input.companyId);
      // The first checker that claims the file checks it (shared/file-check); each kind's view of
      // the company's records is made only when its checker runs.
      return checkAnyFile({
        bytes: input.bytes,
        fileName: input.fileName,
        kind: input.kind,
        today: deps.today(),
        contexts: company === null ? undefined : checkContextsOf(company, { ...deps, pcbFigures: pcbFiguresOrNull }),
      });
    },

    /** Reads a file for check: an ordinary file no larger than MAX_CHECK_BYTES (never a device or a pipe). */
    readFile(file: string): Uint8Array {
      return readRegularFile(file, MAX_CHECK_BYTES);
    },
  };
}

export type MonthFilesService = ReturnType<typeof createMonthFilesService>;

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
