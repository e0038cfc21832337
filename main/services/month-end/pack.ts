// The month-end pack (issue 17): for one company or every company, everything the month needs
// written into <company folder>/<YYYY-MM>/ — today the month's upload files (PERKESO's ASSIST
// file(s), KWSP's Form A, LHDN's CP39, as generate() makes them: all of them or none, through
// main/services/fs, recorded as a run); the pay run's payslips, summary and payment list join
// when their producers land. One company's failure never stops the others, and never leaves a
// half-written set or an empty month folder behind.
import fs from 'node:fs';
import path from 'node:path';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { MonthFilesService } from '../month-files';
import { childPath, failureReason, makePrivateFolder } from '../fs';
import { ServiceError } from '../service-error';
import type { BulkCompanyResult, PackReport } from '../../../shared/domain/month-end';

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
}

export interface PackDeps {
  companies: CompanyService;
  contributions: ContributionService;
  monthFiles: MonthFilesService;
  /** The company's own folder (main/services/receipts: its output folder, or Caruman's folder for it). */
  companyFolder(companyId: number): string;
}

export function packMonth(deps: PackDeps, options: PackOptions): PackReport {
  const outDir = options.outDir === undefined ? null : path.resolve(options.outDir);
  if (outDir !== null && (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory())) {
    throw new ServiceError('NOT_FOUND', 'assist.error.folderMissing', { folder: outDir }, 'outDir');
  }
  const all = deps.companies.list();
  const chosen = options.companyIds ? all.filter((c) => options.companyIds!.includes(c.id)) : all;
  if (options.companyIds && chosen.length < options.companyIds.length) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'companyIds');
  const single = options.companyIds !== undefined && options.companyIds.length === 1;
  const say = (key: string, params: Record<string, string | number> = {}) => ({ key, params, message: options.t(key, params) });
  const results: BulkCompanyResult[] = [];

  for (const company of chosen) {
    const base = { companyId: company.id, employerCode: company.employerCode, name: company.name };
    try {
      const month = deps.contributions.forMonth(company.id, options.month);
      const entered = month.rows.filter((r) => r.entry !== null).length;
      if (entered === 0) {
        results.push({ ...base, outcome: 'skipped', folder: null, files: [], totalSen: 0, reason: say('monthEnd.bulk.noWages') });
        continue;
      }
      if (entered < month.rows.length && !options.includeIncomplete) {
        results.push({ ...base, outcome: 'skipped', folder: null, files: [], totalSen: 0, reason: say('monthEnd.bulk.incomplete', { entered, expected: month.rows.length }) });
        continue;
      }
      const companyFolder = outDir === null ? deps.companyFolder(company.id) : single ? outDir : folderIn(outDir, company.employerCode);
      const folder = folderIn(companyFolder, options.month);
      const made = !fs.existsSync(folder);
      try {
        makePrivateFolder(folder);
        const report = deps.monthFiles.generate({ companyId: company.id, month: options.month, folder, overwrite: options.overwrite === true });
        results.push({
          ...base,
          outcome: 'generated',
          folder,
          files: report.files.map((f) => ({ fileName: f.fileName, records: f.totals.records, amountSen: f.totals.amountSen })),
          totalSen: report.files.reduce((sum, f) => sum + f.totals.amountSen, 0),
          reason: null,
        });
      } catch (error) {
        // Nothing of the set was written (generate writes all or none): a month folder made for
        // it goes too, so no empty folder suggests a pack that is not there.
        if (made) removeIfEmpty(folder);
        throw error;
      }
    } catch (error) {
      const reason = error instanceof ServiceError ? say(error.key, error.params) : say('monthEnd.bulk.failed', { reason: failureReason(error) });
      results.push({ ...base, outcome: 'failed', folder: null, files: [], totalSen: 0, reason });
    }
  }
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
