// Types for scripts/generate-tables.mjs, so tests can regenerate the tables modules in memory.
export interface TableSet {
  name: string;
  dir: string;
  generatedFile: string;
  specDir: string;
  constant: string;
  /** Which CSVs of the folder the module carries (default: all). */
  include?: (name: string) => boolean;
}
export declare const TABLE_SETS: readonly TableSet[];
export declare const TABLES_DIR: string;
export declare const GENERATED_FILE: string;
export declare function readTableFiles(dir?: string, include?: (name: string) => boolean): { name: string; text: string }[];
export declare function renderTablesModule(files: { name: string; text: string }[], set?: TableSet): string;
export declare function expectedModule(set: TableSet): string;
