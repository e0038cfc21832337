import type { ImportIssue } from '../../../shared/domain/import-report';

export type { ImportChange, ImportIssue, ImportReport } from '../../../shared/domain/import-report';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function issue(t: Translate, row: number, column: string | null, key: string, params: Record<string, string | number> = {}): ImportIssue {
  return { row, column, key, params, message: t(key, params) };
}
