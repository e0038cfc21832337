// Test-side reading of the EPF CSVs: deliberately independent of the engine's parser, so the
// tests compare the engine with the files, not the engine with itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PROJECT_EPF_DIR = path.join(REPO_ROOT, 'shared', 'epf', 'tables');
/**
 * The spec's EPF files: shared/spec/epf beside the repository (../shared/spec/epf), or beside a
 * folder above it (a git worktree lives deeper than the main checkout).
 */
export const SPEC_EPF_DIR = ((): string => {
  for (let dir = path.dirname(REPO_ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'spec', 'epf');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(REPO_ROOT, '..', 'shared', 'spec', 'epf');
  }
})();

/** "1,000.01" or "1000.01" → 100001 by string surgery (no float, no engine helper). */
export function sen(text: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(text.trim().replace(/,/g, ''));
  if (!match) throw new Error(`test CSV: not an amount with two decimals: "${text}"`);
  return Number(match[1]) * 100 + Number(match[2]);
}

export interface EpfBand {
  /** Line in the CSV file (the header is line 1). */
  line: number;
  from: number;
  to: number;
  employer: number;
  employee: number;
}

export function readBands(fileName: string): EpfBand[] {
  const lines = fs.readFileSync(path.join(PROJECT_EPF_DIR, fileName), 'utf8').trim().split('\n');
  if (lines[0] !== 'from,to,employer,employee') throw new Error(`${fileName}: unexpected header ${lines[0]}`);
  return lines.slice(1).map((line, i) => {
    const [from = '', to = '', employer = '', employee = ''] = line.split(',');
    return { line: i + 2, from: sen(from), to: sen(to), employer: sen(employer), employee: sen(employee) };
  });
}

/** Rows of a CSV with a header, as records by column name (RFC 4180 quotes, no line breaks inside). */
export function readRecords(fileName: string): Record<string, string>[] {
  const lines = fs.readFileSync(path.join(PROJECT_EPF_DIR, fileName), 'utf8').trim().split('\n');
  const split = (line: string): string[] => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        out.push(field);
        field = '';
      } else field += ch;
    }
    out.push(field);
    return out;
  };
  const header = split(lines[0] as string);
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** The part tables of the spec, from their names: epf_partA_2016-03.csv → { part: 'A', edition: '2016-03' }. */
export function partTables(): { file: string; part: string; edition: string }[] {
  return fs
    .readdirSync(PROJECT_EPF_DIR)
    .filter((f) => /^epf_part[A-F]_\d{4}-\d{2}\.csv$/.test(f))
    .sort()
    .map((file) => {
      const m = /^epf_part([A-F])_(\d{4}-\d{2})\.csv$/.exec(file) as RegExpExecArray;
      return { file, part: m[1] as string, edition: m[2] as string };
    });
}

/** "RM1,000.01" for 100001, as the explanations write wages and band edges. */
export function rm(amountSen: number): string {
  const whole = String(Math.floor(amountSen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `RM${whole}.${String(amountSen % 100).padStart(2, '0')}`;
}
