import type { MessageParams } from './build';

export interface CheckProblem {
  /** 1-based line; 0 for the file as a whole. */
  line: number;
  /** 1-based column (byte position in the line), or null for the whole line or file. */
  column: number | null;
  key: string;
  params: MessageParams;
  severity: 'error' | 'warning';
}

export function problemAt(line: number, column: number | null, key: string, params: MessageParams, severity: 'error' | 'warning' = 'error'): CheckProblem {
  return { line, column, key, params, severity };
}
