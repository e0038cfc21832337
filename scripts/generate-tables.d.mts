// Types for scripts/generate-tables.mjs, so tests can regenerate the tables module in memory.
export declare const TABLES_DIR: string;
export declare const GENERATED_FILE: string;
export declare function readTableFiles(dir?: string): { name: string; text: string }[];
export declare function renderTablesModule(files: { name: string; text: string }[]): string;
