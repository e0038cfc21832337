// How an import writes: the plan (what each row would change) is made against what is stored;
// a dry run stops there. A real import takes its backup first, then re-checks and writes inside
// ONE write transaction (BEGIN IMMEDIATE), so no other write can land between reading what is
// stored and writing the merge. If anything was written since the plan was made (a grid save
// while the backup ran, another Caruman process), the plan is made again inside the transaction
// from what is stored now: the other change is kept, never silently reverted.
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import type { ImportChange, ImportIssue, ImportReport } from './report';

export interface Plan<W> {
  errors: ImportIssue[];
  warnings: ImportIssue[];
  changes: ImportChange[];
  writes: W[];
}

export interface CommitOptions {
  dryRun: boolean;
  /** Takes the pre-import backup; called only when something will be written, before the transaction. */
  beforeWrite?: () => Promise<string | null>;
}

/** Changes a connection can see: data_version moves when another connection commits, total_changes when this one writes. */
function writeMark(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${version}:${own}`;
}

const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row;

function applyPlan(report: ImportReport, base: { errors: ImportIssue[]; warnings: ImportIssue[] }, plan: Plan<unknown>): void {
  report.errors = [...base.errors, ...plan.errors].sort(byRow);
  report.warnings = [...base.warnings, ...plan.warnings].sort(byRow);
  report.changes = plan.changes;
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const change of plan.changes) counts[change.action] += 1;
  report.created = counts.create;
  report.updated = counts.update;
  report.unchanged = counts.unchanged;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export async function commitImport<W>(
  db: Db,
  report: ImportReport,
  options: CommitOptions,
  makePlan: () => Plan<W>,
  write: (writes: W[]) => void,
): Promise<ImportReport> {
  // Problems found in the file itself stay; the plan's own are replaced when it is made again.
  const base = { errors: [...report.errors], warnings: [...report.warnings] };
  const mark = writeMark(db);
  let plan = makePlan();
  applyPlan(report, base, plan);
  if (options.dryRun || report.errors.length > 0 || plan.writes.length === 0) return report;

  report.backup = (await options.beforeWrite?.()) ?? null;
  try {
    db.transaction(() => {
      if (writeMark(db) !== mark) {
        plan = makePlan();
        applyPlan(report, base, plan);
        if (report.errors.length > 0 || plan.writes.length === 0) return;
      }
      write(plan.writes);
      report.committed = true;
    }).immediate();
  } catch (error) {
    // busy_timeout (db/open.ts) has already waited for the other writer.
    if (isBusy(error)) throw new ServiceError('STORAGE', 'import.error.busy');
    throw error;
  }
  return report;
}
