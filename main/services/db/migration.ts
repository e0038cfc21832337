/** One numbered schema migration (migrations.ts lists them all, in order). */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
