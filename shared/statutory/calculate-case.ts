// A typed contribution case (cases.ts) turned into engine input and calculated. Every problem is
// kept with the column it came from, so the caller can say "row 7, field wages". The MyKad number,
// when given, supplies the date of birth unless one is typed beside it.
import { parseMyKad } from '../mykad';
import { parseRinggit } from '../money/sen';
import { calculateContributions, contributionResultData, type ContributionInput } from './calculate';
import type { CaseMessage, CaseProblem, ContributionCase, ContributionCaseColumn, ContributionCaseField, ContributionCaseOutcome } from './cases';
import { StatutoryError } from './errors';
import { isNationality } from './person';
import { CaseCellError, caseColumnOf, yesNoCell } from '../csv/case-cells';

class CaseFieldError extends CaseCellError<CaseProblem> {}

function refuse(field: ContributionCaseField, key: string, params: Record<string, string | number> = {}): never {
  throw new CaseFieldError({ field, key, params });
}

/** Calculates one case; a problem with the input is returned (with its field), never thrown. */
export function calculateContributionCase(typed: ContributionCase, fallbackId = '1'): ContributionCaseOutcome {
  const id = typed.id?.trim() || fallbackId;
  const warnings: CaseMessage[] = [];
  try {
    const input = contributionCaseInput(typed, warnings);
    // Plain data: this outcome crosses IPC (statutory:calculate), which would drop a getter.
    return { id, result: contributionResultData(calculateContributions(input)), warnings, error: null };
  } catch (error) {
    if (error instanceof CaseFieldError) return { id, result: null, warnings, error: error.problem };
    if (error instanceof StatutoryError) return { id, result: null, warnings, error: { field: caseColumnOf(COLUMN_OF_FIELD, error.field), key: error.key, params: error.params } };
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
  return yesNoCell(typed[field], byDefault) ?? refuse(field, 'statutory.input.flag', { value: typed[field] ?? '' });
}

/** The engine names fields of its own input; the user knows the columns. */
const COLUMN_OF_FIELD: Readonly<Record<string, ContributionCaseColumn>> = {
  month: 'month',
  wagesSen: 'wages',
  'person.dateOfBirth': 'dob',
  'person.nationality': 'nationality',
};
