// The Form A detection hook of the check path: `caruman check`, assist:check and the Files screen
// hand any file here first; a Form A file (by its content, whatever its name) is checked by the
// EPF checker, with the company's employees when a company is given, and reported in the shape of
// an ASSIST check. Anything else goes on to the ASSIST checker.
import type { Employee } from '../../../shared/domain/employee';
import type { CheckResult } from '../../../shared/assist';
import { defaultEpfStatus, type EpfPerson } from '../../../shared/epf';
import {
  checkFormAFile,
  detectFormA,
  formACheckAsAssist,
  type FormACheckContext,
} from '../../../shared/epf/form-a';

/** True when the bytes are a Form A file (KWSP's i-Akaun layout or a bank's variant, which is reported as such). */
export function isFormAFile(bytes: Uint8Array): boolean {
  return detectFormA(bytes) !== null;
}

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

export function checkFormA(bytes: Uint8Array, today: string, employees?: readonly Employee[]): CheckResult {
  return formACheckAsAssist(
    checkFormAFile({ bytes, today, context: employees ? formAContextOf(employees) : undefined }),
  );
}
