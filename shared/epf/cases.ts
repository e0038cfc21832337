// An EPF case as a person types it — a row of the `caruman epf --input` file — and its outcome.
// Only the shape lives here (light enough for the CLI's start); calculate-case.ts turns a case into
// engine input and calculates it. The same shape as shared/statutory/cases.ts.
import type { EpfResult } from './calculate';
import type { EpfExplanationItem } from './explain';

/** The columns of an EPF cases file, in the order of its header (the CLI contract of issue 15). */
export const EPF_CASE_COLUMNS = [
  'id',
  'month',
  'wages',
  'bonus',
  'dob',
  'status',
  'keep_11',
  'domestic',
] as const;
export type EpfCaseColumn = (typeof EPF_CASE_COLUMNS)[number];

/** More cases than any company has employee-months in a year, yet a bounded reply (epf:calculate). */
export const MAX_EPF_CASES_PER_CALL = 100_000;

/**
 * One case as typed: month the wage month YYYY-MM; wages and bonus in ringgit (bonus may be
 * empty); dob YYYY-MM-DD (empty: unknown, treated as below 60); status citizen, pr, pre1998,
 * foreign or foreign_elected; keep_11 and domestic "yes", "no" or empty.
 */
export type EpfCase = Partial<Record<EpfCaseColumn, string>>;

export interface EpfCaseProblem {
  field: EpfCaseColumn;
  key: string;
  params: Record<string, string | number>;
}

/** An EpfResult as plain data (what crosses the router: no getters), with its explanation. */
export type EpfResultData = Omit<EpfResult, 'explanation'> & { explanation: EpfExplanationItem[] };

export interface EpfCaseOutcome {
  id: string;
  /** The shares, or null when the case could not be calculated (see error). */
  result: EpfResultData | null;
  error: EpfCaseProblem | null;
}
