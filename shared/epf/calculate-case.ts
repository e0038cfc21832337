// An EPF case as typed (cases.ts) turned into engine input and calculated. Every problem is kept
// with the column it came from, so the caller can say "row 7, field wages".
import { parseRinggit } from '../money/sen';
import { calculateEpf, type EpfInput, type EpfResult } from './calculate';
import type { EpfCase, EpfCaseColumn, EpfCaseOutcome, EpfCaseProblem, EpfResultData } from './cases';
import { EpfError } from './errors';
import { isEpfStatus } from './person';
import { withLazyField } from '../lazy-field';
import { CaseCellError, caseColumnOf, yesNoCell } from '../csv/case-cells';

class CaseFieldError extends CaseCellError<EpfCaseProblem> {}

function refuse(field: EpfCaseColumn, key: string, params: Record<string, string | number> = {}): never {
  throw new CaseFieldError({ field, key, params });
}

/** A result as plain data: every field, the contribution month and the explanation read once. */
export function epfResultData(r: EpfResult): EpfResultData {
  // The explanation is put together when read (structured clone and JSON read it too).
  return withLazyField(plainEpfResult(r), 'explanation', () => [...r.explanation]);
}

function plainEpfResult(r: EpfResult): Omit<EpfResultData, 'explanation'> {
  return {
    wageMonth: r.wageMonth,
    edition: r.edition,
    age: r.age,
    part: r.part,
    reason: r.reason,
    basis: r.basis,
    wagesSen: r.wagesSen,
    bonusSen: r.bonusSen,
    totalWagesSen: r.totalWagesSen,
    employerSen: r.employerSen,
    employeeSen: r.employeeSen,
    employerStatutorySen: r.employerStatutorySen,
    employeeStatutorySen: r.employeeStatutorySen,
    bandIndex: r.bandIndex,
    tableId: r.tableId,
    employeeTableId: r.employeeTableId,
    employerRateBp: r.employerRateBp,
    employeeRateBp: r.employeeRateBp,
    employerFlat: r.employerFlat,
    employerVoluntaryExcessBp: r.employerVoluntaryExcessBp,
    employeeVoluntaryExcessBp: r.employeeVoluntaryExcessBp,
    keep11: r.keep11,
    status: r.status,
    domesticFlagIgnored: r.domesticFlagIgnored,
    contributionMonth: r.contributionMonth,
  };
}

/** Calculates one case; a problem with the input is returned (with its column), never thrown. */
export function calculateEpfCase(typed: EpfCase, fallbackId = '1'): EpfCaseOutcome {
  const id = typed.id?.trim() || fallbackId;
  try {
    return { id, result: epfResultData(calculateEpf(epfCaseInput(typed))), error: null };
  } catch (error) {
    if (error instanceof CaseFieldError) return { id, result: null, error: error.problem };
    if (error instanceof EpfError)
      return {
        id,
        result: null,
        error: { field: caseColumnOf(COLUMN_OF_FIELD, error.field), key: error.key, params: error.params },
      };
    throw error;
  }
}

function amount(typed: EpfCase, field: 'wages' | 'bonus', key: string): number {
  const text = (typed[field] ?? '').trim();
  if (text === '') {
    if (field === 'bonus') return 0;
    refuse(field, 'statutory.input.required');
  }
  const parsed = parseRinggit(text);
  if (!parsed.ok) refuse(field, key, { value: text });
  return parsed.sen;
}

/** The engine input of a typed case; throws CaseFieldError. */
export function epfCaseInput(typed: EpfCase): EpfInput {
  const month = (typed.month ?? '').trim();
  if (month === '') refuse('month', 'statutory.input.required');
  const wagesSen = amount(typed, 'wages', 'epf.error.wages.invalid');
  const bonusSen = amount(typed, 'bonus', 'epf.error.bonus.invalid');
  const statusText = (typed.status ?? '').trim();
  if (statusText === '') refuse('status', 'epf.input.statusRequired');
  const status = statusText.toLowerCase();
  if (!isEpfStatus(status)) refuse('status', 'epf.error.status', { value: statusText });
  return {
    wageMonth: month,
    wagesSen,
    bonusSen,
    person: {
      dateOfBirth: (typed.dob ?? '').trim() || null,
      status,
      keep11Percent: flag(typed, 'keep_11'),
      foreignDomesticServant: flag(typed, 'domestic'),
    },
  };
}

/** "yes" (any case) is true; "no" or empty false; anything else is refused. */
function flag(typed: EpfCase, field: 'keep_11' | 'domestic'): boolean {
  return yesNoCell(typed[field], false) ?? refuse(field, 'epf.input.flag', { value: typed[field] ?? '' });
}

/** The engine names fields of its own input; the user knows the columns. */
const COLUMN_OF_FIELD: Readonly<Record<string, EpfCaseColumn>> = {
  wageMonth: 'month',
  wagesSen: 'wages',
  bonusSen: 'bonus',
  'person.dateOfBirth': 'dob',
  'person.status': 'status',
};
