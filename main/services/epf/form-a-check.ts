// The company's side of checking a Form A file: shared/file-check decides which checker claims a
// file (Form A by its content, whatever its name) and asks here, when a company is given, for the
// company's employees as the EPF checker's context.
import type { Employee } from '../../../shared/domain/employee';
import { defaultEpfStatus, type EpfPerson } from '../../../shared/epf';
import type { FormACheckContext } from '../../../shared/epf/form-a';

/**
 * An employee's EPF facts as far as the records know them today: the status follows from the
 * nationality (a pre-1998 member or a foreign worker who elected cannot be told apart yet), the
 * domestic flag counts for non-citizens only, and nobody is known to keep 11 %.
 */
export function epfPersonOfEmployee(
  e: Pick<Employee, 'dateOfBirth' | 'nationality' | 'domesticWorker'>,
): EpfPerson {
  const status = defaultEpfStatus(e.nationality);
  return {
    dateOfBirth: e.dateOfBirth,
    status,
    keep11Percent: false,
    foreignDomesticServant: e.domesticWorker && status === 'foreign',
  };
}

/** Finds a file's member among the company's employees by identity number (MyKad digits, or the ID used in files). */
export function formAContextOf(
  employees: readonly Employee[],
  employerNumber: string | null = null,
): FormACheckContext {
  const byId = new Map<string, Employee>();
  for (const e of employees) {
    byId.set(e.perkesoId.toUpperCase(), e);
    byId.set(e.idNumber.toUpperCase(), e);
  }
  return {
    employerNumber,
    lookup(_memberNumber, idNumber) {
      const e = byId.get(idNumber.toUpperCase());
      return e ? { name: e.name, person: epfPersonOfEmployee(e) } : null;
    },
  };
}
