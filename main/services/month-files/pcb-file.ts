// LHDN's CP39 for a month of deduction, from each employee's PCB and CP38 as the pay run computed
// them (never recomputed here: PCB needs the year to date), checked by the same checker `caruman
// check` runs, with what the user must know before writing it — in words that say how to fix it.
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';
import type { ReportItem } from '../../../shared/assist';
import { buildCp39File, checkCp39File, type Cp39Employee } from '../../../shared/tax/cp39';
import { requirePassesOwnCheck } from './refusals';
import { fileTotals, sha256, type FamilyPlan, type PcbSnapshot } from './plan';

/** One employee's deductions of the month, as the pay run has them. */
export interface PcbFigure {
  employee: Employee;
  pcbSen: number;
  cp38Sen: number;
}

export interface PcbFileInput {
  company: Pick<Company, 'name' | 'taxEmployerNumber'>;
  /** The month of deduction (the wage month: PCB is deducted from that month's pay). */
  month: string;
  figures: readonly PcbFigure[];
  /** "YYYY-MM-DD": a file for a later month is an error of the checker. */
  today: string;
}

export interface PcbFilePlan extends FamilyPlan {
  family: 'pcb';
  snapshot: Map<number, PcbSnapshot>;
}

/**
 * CHOSEN (the records have one staff number of up to 20 characters; CP39 field 19 holds 10):
 * a longer staff number is left blank in the CP39 file, with a warning, rather than cut or refused.
 */
export const LONG_STAFF_NUMBER_LEFT_BLANK = true;
const CP39_EMPLOYEE_NUMBER_LENGTH = 10;

/**
 * CHOSEN (CP39 has fields for the new IC, the old IC and a passport only): a police or army
 * number goes in the old IC field, the field LHDN's forms use for "No. KP lama / polis / tentera".
 */
export const POLICE_AND_ARMY_NUMBERS_IN_OLD_IC = true;

/** Messages of the CP39 writer that get Caruman's wording with how to fix it. */
const ACTIONABLE: Partial<Record<string, string>> = {
  'tax.cp39.error.employerNumber': 'monthFiles.pcb.noEmployerNumber',
  'tax.cp39.error.noRecords': 'monthFiles.pcb.nobodyToPay',
};

export function cp39EmployeeOf(e: Employee, pcbSen: number, cp38Sen: number, warnings: ReportItem[]): Cp39Employee {
  let employeeNumber = e.staffNumber;
  if (employeeNumber !== null && employeeNumber.trim().length > CP39_EMPLOYEE_NUMBER_LENGTH && LONG_STAFF_NUMBER_LEFT_BLANK) {
    warnings.push({ key: 'monthFiles.pcb.staffNumberTooLong', params: { name: e.name, value: employeeNumber, max: CP39_EMPLOYEE_NUMBER_LENGTH } });
    employeeNumber = null;
  }
  const id = e.idNumber;
  const passport = e.idType === 'passport' ? id : null;
  if (passport !== null && (pcbSen > 0 || cp38Sen > 0)) warnings.push({ key: 'monthFiles.pcb.noCountryCode', params: { name: e.name, passport } });
  return {
    employeeId: e.id,
    name: e.name,
    taxNumber: e.taxNumber,
    newIc: e.idType === 'mykad' ? id : null,
    oldIc: e.idType === 'old_ic' || (POLICE_AND_ARMY_NUMBERS_IN_OLD_IC && (e.idType === 'police' || e.idType === 'army')) ? id : null,
    passport,
    countryCode: null,
    employeeNumber,
    pcbSen,
    cp38Sen,
  };
}

/** sha256 of everything the CP39 says: a different value now means the file is out of date. */
export function pcbFingerprint(company: Pick<Company, 'taxEmployerNumber'>, month: string, figures: readonly PcbFigure[]): string {
  const employees = [...figures].sort((a, b) => a.employee.id - b.employee.id).map((f) => cp39EmployeeOf(f.employee, f.pcbSen, f.cp38Sen, []));
  return sha256(JSON.stringify({ v: 1, family: 'pcb', employerNumber: company.taxEmployerNumber, month, employees }));
}

export function planPcbFile(input: PcbFileInput): PcbFilePlan {
  const { company, month } = input;
  const warnings: ReportItem[] = [];
  const snapshot = new Map<number, PcbSnapshot>();
  const employees = input.figures.map((f) => {
    snapshot.set(f.employee.id, { pcbSen: f.pcbSen, cp38Sen: f.cp38Sen });
    return cp39EmployeeOf(f.employee, f.pcbSen, f.cp38Sen, warnings);
  });
  const employerNumber = company.taxEmployerNumber ?? '';
  const built = buildCp39File({ employerNumber, month, employees });
  const said = (m: ReportItem): ReportItem => ({ key: ACTIONABLE[m.key] ?? m.key, params: { ...m.params, company: company.name, month } });
  const refusals = employerNumber === '' ? [said({ key: 'tax.cp39.error.employerNumber', params: { value: '' } })] : built.errors.map(said);

  const plan: PcbFilePlan = {
    family: 'pcb',
    files: [],
    leftOut: built.leftOut.map((l) => ({ kind: 'pcb', employeeId: Number(l.employeeId), name: l.name, idNumber: idOf(input.figures, l.employeeId), reason: l.reason })),
    nameChanges: built.nameChanges.map((c) => ({
      family: 'pcb',
      employeeId: Number(c.employeeId),
      idNumber: idOf(input.figures, c.employeeId),
      original: c.original,
      written: c.written,
      changes: c.changes,
      removed: c.removed,
    })),
    warnings,
    refusals,
    fingerprint: pcbFingerprint(company, month, input.figures),
    snapshot,
  };
  if (refusals.length > 0 || built.content === null || built.fileName === null) return plan;

  requirePassesOwnCheck(built.fileName, checkCp39File({ bytes: Buffer.from(built.content, 'latin1'), fileName: built.fileName, today: input.today }).problems);

  const t = built.totals;
  plan.files.push({
    kind: 'pcb',
    fileName: built.fileName,
    content: built.content,
    totals: { ...fileTotals(t.records, t.mtdSen + t.cp38Sen), pcb: { pcbSen: t.mtdSen, pcbRecords: t.mtdRecords, cp38Sen: t.cp38Sen, cp38Records: t.cp38Records } },
  });
  return plan;
}

function idOf(figures: readonly PcbFigure[], employeeId: number | string): string {
  return figures.find((f) => f.employee.id === Number(employeeId))?.employee.idNumber ?? '';
}
