// The month-end pack (issue 17): for one company or every company, everything the month needs
// written into <company folder>/<YYYY-MM>/: the upload files (PERKESO's ASSIST file(s), KWSP's
// Form A, LHDN's CP39, as generate() makes them and records as a run), the pay run's payslips
// (one per employee and the combined PDF), the payroll summary, the journal, the payment list and
// a README.txt saying what is there and whether it is final (pack-payroll.ts) — all of them in
// one durable write per company: all or none. One company's failure never stops the others, and
// never leaves a half-written set or an empty month folder behind.
import fs from 'node:fs';
import path from 'node:path';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { MonthFilesService } from '../month-files';
import type { PayrollService } from '../payroll';
import type { PayslipService } from '../payslips';
import { childPath, makePrivateFolder } from '../fs';
import { ServiceError } from '../service-error';
import type { Locale } from '../../../shared/i18n/define';
import type { PackReport } from '../../../shared/domain/month-end';
import { forEachCompany, sayWith } from './each-company';
import { packReadme, payrollPackFiles, readPayRun, README_NAME, type PayRunRead } from './pack-payroll';
import { pcbFiguresOfMonth } from '../month-files/pay-run-pcb';

export interface PackOptions {
  month: string;
  /** Which companies; default every company. */
  companyIds?: readonly number[];
  /**
   * Where: with one company, its folder (the month goes into <outDir>/<YYYY-MM>); with several,
   * the folder of all of them (<outDir>/<employer code>/<YYYY-MM>). Default: each company's own
   * folder (its output folder, or Caruman's folder for it).
   */
  outDir?: string;
  overwrite?: boolean;
  /** Pack even where some employees on the payroll have no wages entered (they are left out). */
  includeIncomplete?: boolean;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** The language of the summary's and journal's headers and of README.txt (payslips: each employee's own). */
  locale?: Locale;
}

export interface PackDeps {
  companies: CompanyService;
  contributions: ContributionService;
  monthFiles: MonthFilesService;
  payroll: PayrollService;
  payslips: PayslipService;
  today: () => string;
  /** The company's own folder (main/services/receipts: its output folder, or Caruman's folder for it). */
  companyFolder(companyId: number): string;
  /** Runs reads as one snapshot of the database (a read transaction), so one company's pack is made from one read. */
  readTogether?: <T>(read: () => T) => T;
}

export async function packMonth(deps: PackDeps, options: PackOptions): Promise<PackReport> {
  const outDir = options.outDir === undefined ? null : path.resolve(options.outDir);
  if (outDir !== null && (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory())) {
    throw new ServiceError('NOT_FOUND', 'assist.error.folderMissing', { folder: outDir }, 'outDir');
  }
  const single = options.companyIds !== undefined && options.companyIds.length === 1;
  const locale = options.locale ?? 'en';
  const say = sayWith(options.t);

  // One read per company: its month's contributions (ASSIST, Form A) and its pay run (payslips,
  // summary, journal, payment list, CP39), in one snapshot. Nothing is read again after it, so an
  // edit made while the PDFs are drawn reaches none of this pack's files (the next pack has it).
  const readMonth = (company: { id: number }): PayRunRead => readPayRun(deps.payroll, company.id, options.month, locale);
  const results = await forEachCompany(deps, options, async (company, computed, payRun: PayRunRead) => {
    const companyFolder = outDir === null ? deps.companyFolder(company.id) : single ? outDir : folderIn(outDir, company.employerCode);
    const folder = folderIn(companyFolder, options.month);
    // Everything is made in memory first; the disk is touched once, by the one set write below.
    const pay = await payrollPackFiles(deps, payRun, options.month, locale, say);
    const made = !fs.existsSync(folder);
    try {
      makePrivateFolder(folder);
      const report = deps.monthFiles.generate(
        {
          companyId: company.id,
          month: options.month,
          folder,
          overwrite: options.overwrite === true,
          pcbFigures: () => {
            if ('error' in payRun) throw payRun.error;
            return pcbFiguresOfMonth(payRun.payroll);
          },
          // Recorded in the run beside the upload files, in the same transaction (migration 11).
          alsoWrite: (monthFiles) => [
            ...pay.files.map((f) => ({ name: f.name, content: f.content, record: { kind: f.kind, records: f.records, totalSen: f.amountSen, employeeId: f.employeeId } })),
            {
              name: README_NAME,
              content: packReadme({ locale, company, month: options.month, today: deps.today(), monthFiles, pack: pay }),
              record: { kind: 'readme' as const, records: 0, totalSen: 0, employeeId: null },
            },
          ],
        },
        computed,
      );
      return {
        folder,
        files: [
          ...report.files.map((f) => ({ fileName: f.fileName, records: f.totals.records, amountSen: f.totals.amountSen })),
          ...pay.files.map((f) => ({ fileName: f.name, records: f.records, amountSen: f.amountSen })),
          { fileName: README_NAME, records: 0, amountSen: 0 },
        ],
        totalSen: report.files.reduce((sum, f) => sum + f.totals.amountSen, 0),
        // What was not made and why, upload files first (no Form A without a KWSP employer number…),
        // as README.txt says it: the CLI and the Files screen show these notes too.
        notes: [...(report.notMade ?? []).map((note) => say(note.key, note.params)), ...pay.notes],
      };
    } catch (error) {
      // Nothing of the set was written (all or none): a month folder made for it goes too, so no
      // empty folder suggests a pack that is not there.
      if (made) removeIfEmpty(folder);
      throw error;
    }
  }, readMonth);
  return {
    month: options.month,
    outDir,
    packed: results.filter((r) => r.outcome === 'generated').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    results,
  };
}

/** A folder inside another by a stored name (employer code, month): a name that would leave it is refused. */
function folderIn(parent: string, name: string): string {
  try {
    return childPath(parent, name);
  } catch {
    throw new ServiceError('VALIDATION', 'monthEnd.bulk.badFolderName', { name });
  }
}

function removeIfEmpty(folder: string): void {
  try {
    fs.rmdirSync(folder);
  } catch {
    // Not empty (someone else's files), or already gone: left as it is.
  }
}
