// What an import would do (dry run) or did, row by row. Messages are in the caller's language.

/** A problem with one cell or row of an import, by spreadsheet row (the header is row 1 or wherever it is). */
export interface ImportIssue {
  row: number;
  /** The column's header as the user wrote it in the file (or as Caruman's template writes it, for a missing one). */
  column: string | null;
  /** Caruman's own name for the column ("id_number"), for programs; null when the row as a whole is at fault. */
  field: string | null;
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

/** A header the importer does not know and the user has not agreed to skip. */
export interface ImportUnknownColumn {
  header: string;
  /** The closest known column, as the template in the user's language writes it. */
  closest: string;
}

export interface ImportReport {
  kind: 'employees' | 'wages' | 'tp1';
  dryRun: boolean;
  /** True only when every row was written; an import with any error writes nothing. */
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Headers not known to Caruman: each is an error until the user agrees to skip it. */
  unknownColumns: ImportUnknownColumn[];
  /** Headers the user agreed to skip; their cells were not read. */
  ignoredColumns: string[];
  changes: ImportChange[];
  /** The backup taken before a committed import, if any. */
  backup: string | null;
}
