// A company's year for the auditor: wages, contributions, the generated files and the receipts,
// month by month, in one new folder with an index (CSV for tools, HTML for people). The folder
// is built under a temporary name and renamed when complete, so it is never half there.
//
// Paths in the database are data, not trusted: a generated file is copied only from
// <its run's folder>/<its name> and a receipt only from a <YYYY-MM>/receipts folder under its own
// name, each name reduced to a plain file name inside the audit folder (issue 11 item 8). A file
// that is missing, moved or refused is noted in the index, and the export carries on.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { childPath, TargetExistsError, writeFolderDurably, type FolderWriter } from '../fs';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { MonthFilesService } from '../month-files';
import type { ReceiptService } from '../receipts';
import type { createExportService } from '../export';
import { ServiceError } from '../service-error';
import { stringifyCsv } from '../../../shared/csv/csv';
import { formatRinggit, senToDecimal } from '../../../shared/money/sen';
import { compareMonths } from '../../../shared/calendar';
import { FIRST_SUPPORTED_MONTH } from '../../../shared/statutory/rules';
import type { AuditExportResult } from '../../../shared/domain/month-end';

interface AuditDeps {
  companies: CompanyService;
  contributions: ContributionService;
  monthFiles: MonthFilesService;
  receipts: ReceiptService;
  exports: ReturnType<typeof createExportService>;
}

interface IndexEntry {
  month: string;
  kind: 'wages' | 'contributions' | 'assist-file' | 'receipt';
  path: string;
  sha256: string;
  note: string;
}

const sha = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
/** Generated files and receipts are small; anything larger is not what Caruman stored. */
const MAX_COPIED_BYTES = 64 * 1024 * 1024;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function exportAuditYear(
  deps: AuditDeps,
  input: { companyId: number; year: number; outDir: string; today: string },
  t: (key: string, params?: Record<string, string | number>) => string,
): Promise<AuditExportResult> {
  const company = deps.companies.get(input.companyId);
  const outDir = path.resolve(input.outDir);
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) {
    throw new ServiceError('NOT_FOUND', 'assist.error.folderMissing', { folder: outDir }, 'outDir');
  }
  const folder = childPath(outDir, `${company.employerCode}-${input.year}-audit`);
  if (fs.existsSync(folder)) throw new ServiceError('CONFLICT', 'monthEnd.audit.exists', { folder }, 'outDir');

  try {
    return await writeFolderDurably(folder, (out) => fillAuditFolder(deps, company, input, out, t).then((r) => ({ ...r, folder })));
  } catch (error) {
    if (error instanceof TargetExistsError) throw new ServiceError('CONFLICT', 'monthEnd.audit.exists', { folder }, 'outDir');
    throw error;
  }
}

async function fillAuditFolder(
  deps: AuditDeps,
  company: ReturnType<CompanyService['get']>,
  input: { year: number; today: string },
  out: FolderWriter,
  t: (key: string, params?: Record<string, string | number>) => string,
): Promise<Omit<AuditExportResult, 'folder'>> {
  const index: IndexEntry[] = [];
  const monthRows: string[][] = [];
  const put = (month: string, kind: IndexEntry['kind'], relative: string, bytes: Uint8Array, note = '') => {
    out.write(relative, bytes);
    index.push({ month, kind, path: relative, sha256: sha(bytes), note });
  };
  const noteMissing = (month: string, kind: IndexEntry['kind'], name: string, sha256: string, note: string) =>
    index.push({ month, kind, path: plainName(name), sha256, note });

  const currentMonth = input.today.slice(0, 7);
  for (let m = 1; m <= 12; m++) {
    const month = `${input.year}-${String(m).padStart(2, '0')}`;
    if (compareMonths(month, FIRST_SUPPORTED_MONTH) < 0 || compareMonths(month, currentMonth) > 0) continue;
    const computed = deps.contributions.forMonth(company.id, month);
    // The newest of each kind of file (the ASSIST files, the Form A and the CP39 may have been
    // written in different runs).
    const files = deps.monthFiles.latestFiles(company.id, month);
    const receipts = deps.receipts.list(company.id, month).receipts;
    if (computed.rows.every((r) => r.entry === null) && files.length === 0 && receipts.length === 0) continue;

    put(month, 'wages', `wages/${month}.csv`, await deps.exports.wages(company.id, month, 'csv'));
    put(month, 'contributions', `contributions/${month}.csv`, Buffer.from(stringifyCsv(contributionRows(computed)), 'utf8'));

        for (const file of files) {
      const source = storedSource(file.folder, file.fileName, file.path);
      const bytes = source === null ? null : readIfFile(source);
      if (bytes === null) {
        noteMissing(month, 'assist-file', file.fileName, file.sha256, t('monthEnd.audit.fileMissing', { path: file.path }));
        continue;
      }
      const note = sha(bytes) === file.sha256 ? '' : t('monthEnd.audit.fileChanged', { path: file.path });
      put(month, 'assist-file', `assist-files/${month}/${plainName(file.fileName)}`, bytes, note);
    }
    for (const receipt of receipts) {
      const source = receiptSource(month, receipt.fileName, receipt.path);
      const bytes = source === null ? null : readIfFile(source);
      if (bytes === null) {
        noteMissing(month, 'receipt', receipt.fileName, receipt.sha256, t('monthEnd.audit.receiptMissing', { path: receipt.path }));
        continue;
      }
      const note = sha(bytes) === receipt.sha256 ? '' : t('monthEnd.audit.fileChanged', { path: receipt.path });
      put(month, 'receipt', `receipts/${month}/${plainName(receipt.fileName)}`, bytes, note);
    }
    monthRows.push([month, String(computed.rows.filter((r) => r.entry !== null).length), formatRinggit(computed.totals.totalSen), files.map((f) => f.createdAt).sort().at(-1) ?? '', String(receipts.length)]);
  }

  out.write('index.csv', stringifyCsv([['month', 'kind', 'path', 'sha256', 'note'], ...index.map((e) => [e.month, e.kind, e.path, e.sha256, e.note])]));
  out.write('index.html', indexHtml(t('monthEnd.audit.title', { company: company.name, code: company.employerCode, year: input.year }), monthRows, index, t));
  return { months: monthRows.map((r) => r[0]!), files: index.length };
}

function contributionRows(computed: ReturnType<ContributionService['forMonth']>): string[][] {
  return [
    ['id_number', 'name', 'wages', 'category', 'socso_employer', 'socso_employee', 'eis_employer', 'eis_employee', 'lindung_employee', 'total'],
    ...computed.rows.map((r) => [
      r.employee.perkesoId,
      r.employee.name,
      senToDecimal(r.wagesSen),
      r.result.category === null ? '' : String(r.result.category),
      senToDecimal(r.result.socso.employerSen),
      senToDecimal(r.result.socso.employeeSen),
      senToDecimal(r.result.eis.employerSen),
      senToDecimal(r.result.eis.employeeSen),
      senToDecimal(r.result.lindung.employeeSen),
      senToDecimal(r.result.totals.totalSen),
    ]),
  ];
}

function indexHtml(title: string, monthRows: string[][], index: IndexEntry[], t: (key: string) => string): string {
  const headers = ['month', 'employees', 'total', 'files_generated', 'receipts'].map((h) => `<th>${escapeHtml(t(`monthEnd.audit.column.${h}`))}</th>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<h1>${escapeHtml(title)}</h1>
<table border="1" cellpadding="4"><tr>${headers.join('')}</tr>
${monthRows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}
</table>
<h2>${escapeHtml(t('monthEnd.audit.files'))}</h2>
<ul>
${index.map((e) => `<li>${e.note ? escapeHtml(`${e.path} — ${e.note}`) : `<a href="${escapeHtml(e.path)}">${escapeHtml(e.path)}</a>`} <small>${e.sha256}</small></li>`).join('\n')}
</ul></body></html>\n`;
}

/** A stored name as a plain file name (its last part), or "(unnamed)" when nothing safe is left. */
function plainName(name: string): string {
  try {
    return path.basename(childPath('/', name));
  } catch {
    return '(unnamed)';
  }
}

/** <folder>/<name>, and only when the stored path is exactly that file: anything else is not ours to copy. */
function storedSource(folder: string, name: string, storedPath: string): string | null {
  try {
    const expected = childPath(folder, name);
    return path.resolve(storedPath) === expected ? expected : null;
  } catch {
    return null;
  }
}

/** A receipt is read only from a <month>/receipts folder (where Caruman files them), under its own name. */
function receiptSource(month: string, name: string, storedPath: string): string | null {
  const resolved = path.resolve(storedPath);
  const folder = path.dirname(resolved);
  if (path.basename(folder) !== 'receipts' || path.basename(path.dirname(folder)) !== month) return null;
  return storedSource(folder, name, resolved);
}

/** The bytes of a regular file no larger than MAX_COPIED_BYTES, or null (missing, a device, a folder, too big). */
function readIfFile(file: string): Uint8Array | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_COPIED_BYTES) return null;
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}
