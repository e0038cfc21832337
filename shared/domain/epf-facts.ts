// The facts the EPF engine needs, read from an employee record (form preview, pay run and files
// alike): the effective status and the keep-11 % election as it stands in a given wage month.
import { defaultEpfStatus, type EpfPerson, type EpfStatus } from '../epf/person';
import { compareMonths, monthOfDate } from '../calendar';
import type { Employee } from './employee';

/**
 * The EPF status that applies: the one set on the record, or the one its nationality gives
 * (citizen → citizen, pr → pr, temporary or foreign → foreign: defaultEpfStatus).
 */
export function effectiveEpfStatus(e: Pick<Employee, 'epfStatus' | 'nationality'>): EpfStatus {
  return e.epfStatus ?? defaultEpfStatus(e.nationality);
}

/**
 * CHOSEN (EPF.md §1.2: Borang KWSP 17A is "effective the following month", CORROBORATED for the
 * 2020 cut): the keep-11 % election counts from the wage month after the month it was made. An
 * election without a date counts in every month.
 */
export const KEEP_11_FROM_THE_MONTH_AFTER_ELECTION = true;

/** Does the keep-11 % election hold for wages of this month? */
export function keeps11PercentIn(e: Pick<Employee, 'epfKeep11' | 'epfKeep11Date'>, wageMonth: string): boolean {
  if (!e.epfKeep11) return false;
  if (e.epfKeep11Date === null) return true;
  return compareMonths(wageMonth, monthOfDate(e.epfKeep11Date)) > 0;
}

/** The engine's person for a wage month (calculateEpf's `person`). */
export function epfPersonOf(
  e: Pick<Employee, 'dateOfBirth' | 'nationality' | 'domesticWorker' | 'epfStatus' | 'epfKeep11' | 'epfKeep11Date'>,
  wageMonth: string,
): EpfPerson {
  return {
    dateOfBirth: e.dateOfBirth,
    status: effectiveEpfStatus(e),
    keep11Percent: keeps11PercentIn(e, wageMonth),
    foreignDomesticServant: e.domesticWorker,
  };
}
