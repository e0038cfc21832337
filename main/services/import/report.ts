import type { ImportIssue, ImportReport } from '../../../shared/domain/import-report';
import type { HeaderLocale } from '../../../shared/domain/import-columns';

export type { ImportChange, ImportIssue, ImportReport } from '../../../shared/domain/import-report';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Who is importing: their language, and the unknown headers they agreed to skip. */
export interface ImportContext {
  t: Translate;
  locale: HeaderLocale;
  /** Headers (exactly as in the file) the user confirmed may be skipped. */
  ignoreColumns: readonly string[];
}

/** Where in the file a problem is: the row, and the column by its header (user's) and name (Caruman's). */
export interface Place {
  row: number;
  column: string | null;
  field: string | null;
}

export function issue(t: Translate, place: Place, key: string, params: Record<string, string | number> = {}): ImportIssue {
  return { row: place.row, column: place.column, field: place.field, key, params, message: t(key, params) };
}

export function emptyReport(kind: ImportReport['kind'], dryRun: boolean): ImportReport {
  return {
    kind, dryRun, committed: false, rows: 0, created: 0, updated: 0, unchanged: 0,
    errors: [], warnings: [], unknownColumns: [], ignoredColumns: [], changes: [], backup: null,
  };
}
