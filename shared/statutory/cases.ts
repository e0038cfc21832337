// A contribution case as a person types it — a row of a cases file or the options of
// `caruman calc` — turned into engine input and calculated. Every problem is kept with the column
// it came from, so the caller can say "row 7, field wages". The MyKad number, when given, supplies
// the date of birth unless one is typed beside it.
import { parseMyKad } from '../mykad';
import { parseRinggit } from '../money/sen';
import { calculateContributions, type ContributionInput, type ContributionResult } from './calculate';
import { StatutoryError } from './errors';
import { isNationality } from './person';

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

class CaseFieldError extends Error {
  constructor(readonly problem: CaseProblem) {
    super(problem.key);
  }
}

function refuse(field: ContributionCaseField, key: string, params: Record<string, string | number> = {}): never {
  throw new CaseFieldError({ field, key, params });
}

/** Calculates one case; a problem with the input is returned (with its field), never thrown. */
export function calculateContributionCase(typed: ContributionCase, fallbackId = '1'): ContributionCaseOutcome {
  const id = typed.id?.trim() || fallbackId;
  const warnings: CaseMessage[] = [];
  try {
    const input = contributionCaseInput(typed, warnings);
    return { id, result: calculateContributions(input), warnings, error: null };
  } catch (error) {
    if (error instanceof CaseFieldError) return { id, result: null, warnings, error: error.problem };
    if (error instanceof StatutoryError) return { id, result: null, warnings, error: { field: columnOf(error.field), key: error.key, params: error.params } };
    throw error;
  }
}

/** The engine input of a typed case; warnings are added to `warnings`; throws CaseFieldError. */
function contributionCaseInput(typed: ContributionCase, warnings: CaseMessage[]): ContributionInput {
  const month = text(typed.month);
  if (month === '') refuse('month', 'statutory.input.required');
  const wagesText = text(typed.wages);
  if (wagesText === '') refuse('wages', 'statutory.input.required');
  const wages = parseRinggit(wagesText);
  if (!wages.ok) refuse('wages', 'statutory.error.wages.invalid', { value: wagesText });

  let dateOfBirth: string | null = text(typed.dob) || null;
  const ic = text(typed.ic);
  if (ic !== '') {
    const parsed = parseMyKad(ic);
    if (!parsed.ok) refuse('ic', parsed.error.key, parsed.error.params);
    warnings.push(...parsed.value.warnings);
    if (dateOfBirth !== null && dateOfBirth !== parsed.value.dateOfBirth) {
      warnings.push({ key: 'statutory.input.icAndDob', params: { dateOfBirth, fromIc: parsed.value.dateOfBirth } });
    }
    dateOfBirth ??= parsed.value.dateOfBirth;
  }
  const nationality = text(typed.nationality).toLowerCase() || 'citizen';
  if (!isNationality(nationality)) refuse('nationality', 'statutory.error.nationality', { value: nationality });

  return {
    month,
    wagesSen: wages.sen,
    person: {
      dateOfBirth,
      nationality,
      firstInsuredAt55: flag(typed, 'first_insured_at_55', false),
      noEisBefore57: flag(typed, 'no_eis_before_57', false),
      paysLindung: flag(typed, 'lindung', true),
      domesticWorker: flag(typed, 'domestic', false),
    },
  };
}

function text(value: string | undefined): string {
  return (value ?? '').trim();
}

function flag(typed: ContributionCase, field: ContributionCaseColumn, byDefault: boolean): boolean {
  const value = typed[field] ?? '';
  const word = value.trim().toLowerCase();
  if (word === '') return byDefault;
  if (word === 'yes') return true;
  if (word === 'no') return false;
  return refuse(field, 'statutory.input.flag', { value });
}

/** The engine names fields of its own input; the user knows the columns. */
function columnOf(engineField: string): ContributionCaseColumn {
  if (engineField === 'month') return 'month';
  if (engineField === 'wagesSen') return 'wages';
  if (engineField === 'person.dateOfBirth') return 'dob';
  if (engineField === 'person.nationality') return 'nationality';
  return 'id';
}
