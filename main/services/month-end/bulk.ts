// Bulk generation: one month's ASSIST files for many companies, each into its own folder under
// one chosen folder, with a result per company and a summary saved beside them.
import fs from 'node:fs';
import path from 'node:path';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { MonthFilesService } from '../month-files';
import type { MonthFileKind } from '../../../shared/month-files/kinds';
import { childPath, failureReason, makePrivateFolder, writeFileDurably } from '../fs';
import { forEachCompany } from './each-company';
import { ServiceError } from '../service-error';
import { stringifyCsv } from '../../../shared/csv/csv';
import { senToDecimal } from '../../../shared/money/sen';
import type { BulkGenerationReport } from '../../../shared/domain/month-end';

export interface BulkOptions {
  month: string;
  outDir: string;
  companyIds?: readonly number[];
  overwrite?: boolean;
  /** Generate even where some employees on the payroll have no wages entered (they are left out). */
  includeIncomplete?: boolean;
  /** Which files for every company; default each company's own (ASSIST, and KWSP / LHDN where it has the numbers). */
  formats?: readonly MonthFileKind[];
  t: (key: string, params?: Record<string, string | number>) => string;
  onProgress?: (done: number, total: number, company: string) => void;
}

export async function generateForCompanies(
  deps: { companies: CompanyService; contributions: ContributionService; monthFiles: MonthFilesService },
  options: BulkOptions,
): Promise<BulkGenerationReport> {
  const outDir = path.resolve(options.outDir);
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) {
    throw new ServiceError('NOT_FOUND', 'assist.error.folderMissing', { folder: outDir }, 'outDir');
  }
  const results = await forEachCompany(deps, options, (company, month) => {
    const folder = companyFolder(outDir, company.employerCode);
    // The month just computed goes with it: generating computes nothing twice (issue 14).
    const report = deps.monthFiles.generate({ companyId: company.id, month: options.month, folder, kinds: options.formats, overwrite: options.overwrite === true }, month);
    return {
      folder,
      files: report.files.map((f) => ({ fileName: f.fileName, records: f.totals.records, amountSen: f.totals.amountSen })),
      totalSen: month.totals.totalSen,
    };
  });

  const summaryFile = path.join(outDir, `caruman-summary-${options.month}.csv`);
  const rows = [
    ['employer_code', 'company', 'outcome', 'files', 'records', 'total_rm', 'note'],
    ...results.map((r) => [
      r.employerCode,
      r.name,
      r.outcome,
      r.files.map((f) => f.fileName).join(' '),
      String(r.files.reduce((n, f) => n + f.records, 0)),
      senToDecimal(r.totalSen),
      r.reason?.message ?? '',
    ]),
  ];
  try {
    writeFileDurably(summaryFile, Buffer.from(stringifyCsv(rows), 'utf8'), { replace: true });
  } catch (error) {
    // The companies' files stay (each set is complete): say which were written.
    const written = results.filter((r) => r.outcome === 'generated');
    throw new ServiceError('STORAGE', 'monthEnd.bulk.summaryFailed', {
      file: summaryFile,
      reason: failureReason(error),
      count: written.length,
      companies: written.map((r) => r.employerCode).join(', ') || '-',
    });
  }
  return {
    month: options.month,
    outDir,
    summaryFile,
    generated: results.filter((r) => r.outcome === 'generated').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    results,
  };
}

/** <outDir>/<employer code>, created owner-only when new; a device name or a file in the way is refused. */
function companyFolder(outDir: string, employerCode: string): string {
  let folder: string;
  try {
    folder = childPath(outDir, employerCode);
  } catch {
    throw new ServiceError('VALIDATION', 'monthEnd.bulk.badFolderName', { name: employerCode });
  }
  try {
    makePrivateFolder(folder);
  } catch (error) {
    throw new ServiceError('STORAGE', 'monthEnd.bulk.folderFailed', { folder, reason: failureReason(error) });
  }
  return folder;
}
