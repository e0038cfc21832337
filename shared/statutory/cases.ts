// A contribution case as a person types it — a row of a cases file or the options of
// `caruman calc` — and its outcome. Only the shape lives here (light enough for the CLI's start);
// calculate-case.ts turns a case into engine input and calculates it.
import type { ContributionResult } from './calculate';

/** The columns of a cases file, in the order of its required header. */
export const CONTRIBUTION_CASE_COLUMNS = ['id', 'month', 'wages', 'dob', 'nationality', 'first_insured_at_55', 'no_eis_before_57', 'lindung'] as const;
/** Columns a cases file may add. */
export const OPTIONAL_CONTRIBUTION_CASE_COLUMNS = ['domestic'] as const;

export type ContributionCaseColumn = (typeof CONTRIBUTION_CASE_COLUMNS)[number] | (typeof OPTIONAL_CONTRIBUTION_CASE_COLUMNS)[number];
/** A field of a case: a column, or the MyKad number (an option of the single case). */
export type ContributionCaseField = ContributionCaseColumn | 'ic';

/**
 * One case as typed. Flags are "yes", "no" or empty (the default: no, no, yes for lindung, no for
 * domestic); nationality is citizen (the default), pr, temporary or foreign; wages in ringgit.
 */
export type ContributionCase = Partial<Record<ContributionCaseField, string>>;

export interface CaseMessage {
  key: string;
  params: Record<string, string | number>;
}

/** A problem with one field of one case. */
export interface CaseProblem extends CaseMessage {
  field: ContributionCaseField;
}

export interface ContributionCaseOutcome {
  id: string;
  /** The contributions, or null when the case could not be calculated (see error). */
  result: ContributionResult | null;
  /** Things worth saying that did not stop the calculation (a MyKad oddity, a date of birth that differs from it). */
  warnings: CaseMessage[];
  error: CaseProblem | null;
}
