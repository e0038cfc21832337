// What an import would do (dry run) or did, row by row. Messages are in the caller's language.
/** A problem with one cell or row of an import, by spreadsheet row (the header is row 1). */
export interface ImportIssue {
  row: number;
  column: string | null;
  key: string;
  params: Record<string, string | number>;
  message: string;
}

export interface ImportChange {
  row: number;
  idNumber: string;
  name: string;
  action: 'create' | 'update' | 'unchanged';
  /** For updates: the fields that would change. */
  fields: string[];
}

export interface ImportReport {
  kind: 'employees' | 'wages';
  dryRun: boolean;
  /** True only when every row was written; an import with any error writes nothing. */
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Header cells Caruman did not recognise; their values are not imported. */
  ignoredColumns: string[];
  changes: ImportChange[];
  /** The backup taken before a committed import, if any. */
  backup: string | null;
}
