// The columns of a PCB cases file (`caruman pcb --input FILE`, issue 16's contract) and the shape of
// a case and its outcome. Kept apart from the calculation (cases.ts) so the CLI can describe the
// file without loading the engine and its tables.
import type { TaxMessageKey } from '../i18n/messages/tax';
import type { PcbResult } from './types';
import type { WorkingLine } from './working';

/** The columns of a PCB cases file, in the order of its header (the CLI contract of issue 16). */
export const PCB_CASE_COLUMNS = [
  'id',
  'year',
  'month',
  'category',
  'resident',
  'disabled',
  'spouse_disabled',
  'children',
  'children_study',
  'children_disabled',
  'children_disabled_study',
  'sum_y',
  'sum_k',
  'sum_x',
  'sum_z',
  'sum_lp',
  'y1',
  'k1',
  'lp1',
  'yt',
  'kt',
  'zakat',
] as const;

export type PcbCaseColumn = (typeof PCB_CASE_COLUMNS)[number];
/** One case as typed: the cells by column. */
export type PcbCase = Partial<Record<PcbCaseColumn, string>>;

export interface PcbCaseProblem {
  column: PcbCaseColumn;
  key: TaxMessageKey;
  params: Record<string, string | number>;
}

export interface PcbCaseOutcome {
  id: string;
  /** The calculation, or null when the case could not be calculated (see error). */
  result: PcbResult | null;
  /** The worksheet (message keys), with the result. */
  working: WorkingLine[] | null;
  error: PcbCaseProblem | null;
}

