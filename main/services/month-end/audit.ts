// A company's year for the auditor: wages, contributions, the generated files and the receipts,
// month by month, in one new folder with an index (CSV for tools, HTML for people). The folder
// is built under a temporary name and renamed when complete, so it is never half there.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import type { AssistService } from '../assist-files';
import type { ReceiptService } from '../receipts';
import type { createExportService } from '../export';
import { ServiceError } from '../service-error';
import { stringifyCsv } from '../../../shared/csv/csv';
import { formatRinggit, senToDecimal } from '../../../shared/money/sen';
import { compareMonths } from '../../../shared/calendar';
import { FIRST_SUPPORTED_MONTH } from '../../../shared/statutory/rules';
import type { AuditExportResult } from '../../../shared/api/channels/month-end';

interface AuditDeps {
  companies: CompanyService;
  contributions: ContributionService;
  assistFiles: AssistService;
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
  const folder = path.join(outDir, `${company.employerCode}-${input.year}-audit`);
  if (fs.existsSync(folder)) throw new ServiceError('CONFLICT', 'monthEnd.audit.exists', { folder }, 'outDir');
  const building = `${folder}.partial-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });

  const index: IndexEntry[] = [];
  const monthRows: string[][] = [];
  const put = (month: string, kind: IndexEntry['kind'], relative: string, bytes: Uint8Array, note = '') => {
    const target = path.join(building, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
    index.push({ month, kind, path: relative.split(path.sep).join('/'), sha256: sha(bytes), note });
  };

  try {
    const currentMonth = input.today.slice(0, 7);
    for (let m = 1; m <= 12; m++) {
      const month = `${input.year}-${String(m).padStart(2, '0')}`;
      if (compareMonths(month, FIRST_SUPPORTED_MONTH) < 0 || compareMonths(month, currentMonth) > 0) continue;
      const computed = deps.contributions.forMonth(company.id, month);
      const run = deps.assistFiles.lastRun(company.id, month);
      const receipts = deps.receipts.list(company.id, month).receipts;
      if (computed.rows.every((r) => r.entry === null) && !run && receipts.length === 0) continue;

      put(month, 'wages', path.join('wages', `${month}.csv`), await deps.exports.wages(company.id, month, 'csv'));
      const contributionRows = [
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
      put(month, 'contributions', path.join('contributions', `${month}.csv`), Buffer.from(stringifyCsv(contributionRows), 'utf8'));

      for (const file of run?.files ?? []) {
        let bytes: Buffer | null = null;
        try {
          bytes = fs.readFileSync(file.path);
        } catch {
          index.push({ month, kind: 'assist-file', path: file.fileName, sha256: file.sha256, note: t('monthEnd.audit.fileMissing', { path: file.path }) });
        }
        if (bytes) {
          const note = sha(bytes) === file.sha256 ? '' : t('monthEnd.audit.fileChanged', { path: file.path });
          put(month, 'assist-file', path.join('assist-files', month, file.fileName), bytes, note);
        }
      }
      for (const receipt of receipts) {
        put(month, 'receipt', path.join('receipts', month, receipt.fileName), fs.readFileSync(receipt.path));
      }
      monthRows.push([month, String(computed.rows.filter((r) => r.entry !== null).length), formatRinggit(computed.totals.totalSen), run ? run.createdAt : '', String(receipts.length)]);
    }

    fs.writeFileSync(
      path.join(building, 'index.csv'),
      stringifyCsv([['month', 'kind', 'path', 'sha256', 'note'], ...index.map((e) => [e.month, e.kind, e.path, e.sha256, e.note])]),
    );
    const title = t('monthEnd.audit.title', { company: company.name, code: company.employerCode, year: input.year });
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<h1>${escapeHtml(title)}</h1>
<table border="1" cellpadding="4"><tr>${['month', 'employees', 'total', 'files generated', 'receipts'].map((h) => `<th>${escapeHtml(t(`monthEnd.audit.column.${h.replace(' ', '_')}`))}</th>`).join('')}</tr>
${monthRows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}
</table>
<h2>${escapeHtml(t('monthEnd.audit.files'))}</h2>
<ul>
${index.map((e) => `<li>${e.note ? escapeHtml(`${e.path} — ${e.note}`) : `<a href="${escapeHtml(e.path)}">${escapeHtml(e.path)}</a>`} <small>${e.sha256}</small></li>`).join('\n')}
</ul></body></html>\n`;
    fs.writeFileSync(path.join(building, 'index.html'), html);
    fs.renameSync(building, folder);
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    throw error;
  }
  return { folder, months: monthRows.map((r) => r[0]!), files: index.length };
}
