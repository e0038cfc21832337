// The month-end runs over many companies (bulk generation, the month-end pack) share one loop:
// the chosen companies in order, each company's month computed once, a company without wages
// (or with some employees' wages missing, unless asked) skipped with the reason, and one
// company's failure (a full disk, a file where its folder should be) reported in its row without
// stopping the others. What a company's work is made from is read in one go (readTogether: one
// read transaction), so an edit made meanwhile — in this window or by another process — reaches
// all of its files or none of them.
import type { CompanyService } from '../companies';
import type { ContributionService } from '../contributions';
import { failureReason } from '../fs';
import { ServiceError } from '../service-error';
import type { Company } from '../../../shared/domain/company';
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { BulkCompanyResult } from '../../../shared/domain/month-end';

type Translate = (key: string, params?: Record<string, string | number>) => string;
export type Said = NonNullable<BulkCompanyResult['reason']>;

export interface EachCompanyOptions {
  month: string;
  /** Which companies; default every company. An id that is no company is refused (NOT_FOUND). */
  companyIds?: readonly number[];
  /** Also companies where some employees on the payroll have no wages entered (they are left out). */
  includeIncomplete?: boolean;
  t: Translate;
  onProgress?: (done: number, total: number, company: string) => void;
}

/** What the work did for a company: where, which files, and anything to say about it. */
export type CompanyWork = Pick<BulkCompanyResult, 'folder' | 'files' | 'totalSen'> & { notes?: Said[] };

export function sayWith(t: Translate) {
  return (key: string, params: Record<string, string | number> = {}): Said => ({ key, params, message: t(key, params) });
}

export interface EachCompanyDeps {
  companies: CompanyService;
  contributions: ContributionService;
  /** Runs reads as one snapshot of the database (a read transaction); default: as they come. */
  readTogether?: <T>(read: () => T) => T;
}

export async function forEachCompany(
  deps: EachCompanyDeps,
  options: EachCompanyOptions,
  work: (company: Company, computed: CompanyMonth) => CompanyWork | Promise<CompanyWork>,
): Promise<BulkCompanyResult[]>;
/** With `read`: what else the work needs, read in the same snapshot as the company's month. */
export async function forEachCompany<Extra>(
  deps: EachCompanyDeps,
  options: EachCompanyOptions,
  work: (company: Company, computed: CompanyMonth, extra: Extra) => CompanyWork | Promise<CompanyWork>,
  read: (company: Company, computed: CompanyMonth) => Extra,
): Promise<BulkCompanyResult[]>;
export async function forEachCompany<Extra>(
  deps: EachCompanyDeps,
  options: EachCompanyOptions,
  work: (company: Company, computed: CompanyMonth, extra: Extra | undefined) => CompanyWork | Promise<CompanyWork>,
  read?: (company: Company, computed: CompanyMonth) => Extra,
): Promise<BulkCompanyResult[]> {
  const together = deps.readTogether ?? (<T>(fn: () => T): T => fn());
  const all = deps.companies.list();
  const chosen = options.companyIds ? all.filter((c) => options.companyIds!.includes(c.id)) : all;
  if (options.companyIds && chosen.length < new Set(options.companyIds).size) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'companyIds');
  const say = sayWith(options.t);
  const results: BulkCompanyResult[] = [];
  for (const [index, company] of chosen.entries()) {
    options.onProgress?.(index, chosen.length, company.name);
    const base = { companyId: company.id, employerCode: company.employerCode, name: company.name };
    const skipped = (reason: Said): BulkCompanyResult => ({ ...base, outcome: 'skipped', folder: null, files: [], totalSen: 0, reason });
    try {
      const step = together((): { skip: Said } | { computed: CompanyMonth; extra: Extra | undefined } => {
        const computed = deps.contributions.forMonth(company.id, options.month);
        const entered = computed.rows.filter((r) => r.entry !== null).length;
        if (entered === 0) return { skip: say('monthEnd.bulk.noWages') };
        if (entered < computed.rows.length && !options.includeIncomplete) return { skip: say('monthEnd.bulk.incomplete', { entered, expected: computed.rows.length }) };
        return { computed, extra: read?.(company, computed) };
      });
      if ('skip' in step) {
        results.push(skipped(step.skip));
        continue;
      }
      const { computed, extra } = step;
      const done = await work(company, computed, extra);
      results.push({ ...base, outcome: 'generated', folder: done.folder, files: done.files, totalSen: done.totalSen, reason: null, ...(done.notes?.length ? { notes: done.notes } : {}) });
    } catch (error) {
      // Reported in its row, never hiding what was already written (each set is all or nothing).
      const reason = error instanceof ServiceError ? say(error.key, error.params) : say('monthEnd.bulk.failed', { reason: failureReason(error) });
      results.push({ ...base, outcome: 'failed', folder: null, files: [], totalSen: 0, reason });
    }
  }
  options.onProgress?.(chosen.length, chosen.length, '');
  return results;
}
