// Test-side reading of the statutory CSVs: deliberately independent of the engine's own parser,
// so the table tests compare the engine with the files, not the engine with itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PROJECT_TABLES_DIR = path.join(REPO_ROOT, 'shared', 'statutory', 'tables');
/** The spec's tables, beside the repository: ../shared/spec/tables. */
export const SPEC_TABLES_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'spec', 'tables');

export interface CsvBand {
  line: number;
  /** Sen. */
  from: number;
  /** Sen; null for the ceiling row. */
  to: number | null;
  employer: number;
  employee: number;
  total: number;
}

/** "1,000.01" → 100001 by string surgery (no float, no engine helper). */
export function sen(text: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`test CSV: not an amount with two decimals: "${text}"`);
  return Number(match[1]) * 100 + Number(match[2]);
}

export function readCsvBands(fileName: string, dir = PROJECT_TABLES_DIR): CsvBand[] {
  const lines = fs.readFileSync(path.join(dir, fileName), 'utf8').trim().split('\n');
  return lines.slice(1).map((line, i) => {
    const [from = '', to = '', employer = '', employee = '', total = ''] = line.split(',');
    return { line: i + 2, from: sen(from), to: to === '' ? null : sen(to), employer: sen(employer), employee: sen(employee), total: sen(total) };
  });
}

/** "RM1,000.01" for 100001: how the engine's explanation is expected to show band edges. */
export function rm(amountSen: number): string {
  const whole = String(Math.floor(amountSen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `RM${whole}.${String(amountSen % 100).padStart(2, '0')}`;
}
