// The C.P.8D writer: one line per Form EA statement of the year, each field made from the
// statement as layout.ts declares it. Refuses (problems, no text) rather than write a line a field
// cannot hold; never shortens a name or a number silently.
import { pcbCategory } from '../../domain/tax-facts';
import { senToDecimal } from '../../money/sen';
import type { EaStatement } from '../ea/figures';
import { employerNumberDigits, identityNumber, taxNumberDigits } from '../cp39/values';
import {
  CP8D_DEFAULT_STATUS,
  CP8D_FIELDS,
  CP8D_LINE_END,
  CP8D_NO_DATE,
  CP8D_NO_ID,
  CP8D_SEPARATOR,
  cp8dFileName,
  type Cp8dField,
  type Cp8dFieldName,
} from './layout';

export interface Cp8dInput {
  year: number;
  /** The company's LHDN employer number (E number) as stored. */
  taxEmployerNumber: string | null;
  statements: readonly EaStatement[];
}

export interface Cp8dProblem {
  /** The employee at fault, or null for the file (no E number). */
  employeeId: number | null;
  name: string | null;
  field: Cp8dFieldName | 'taxEmployerNumber';
  problem: 'missing' | 'tooLong' | 'separator';
}

export type Cp8dBuild = { ok: true; fileName: string; text: string; lines: number } | { ok: false; problems: Cp8dProblem[] };

const ringgit = (sen: number) => String(Math.trunc(sen / 100));
const ringgit2 = (sen: number) => senToDecimal(sen);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Every field's text for one statement, by name. */
function valuesOf(s: EaStatement): Record<Cp8dFieldName, string> {
  const e = s.employee;
  const a = s.amounts;
  const id = identityNumber(e.idNumber);
  return {
    name: e.name.trim().replace(/\s+/g, ' '),
    taxNumber: (e.taxNumber && taxNumberDigits(e.taxNumber)) ?? '',
    idNumber: id === '' ? CP8D_NO_ID : id,
    category: String(pcbCategory(e)),
    status: CP8D_DEFAULT_STATUS,
    ceased: s.ceased ? ddmmyyyy(s.ceased) : CP8D_NO_DATE,
    taxBorneByEmployer: a.B1d > 0 ? '1' : '2',
    children: String(s.children),
    childRelief: ringgit(a.D5),
    // Gross remuneration: Part B without the items that have their own fields.
    grossRemuneration: ringgit(a.Btotal - a.B3 - a.B4 - a.B1e),
    benefitsInKind: ringgit(a.B3),
    livingAccommodation: ringgit(a.B4),
    esos: ringgit(a.B1e),
    taxExempt: ringgit(a.F),
    tp1Relief: ringgit(a.D4a),
    tp1Zakat: ringgit2(a.D4b),
    epf: ringgit(a.E1),
    zakatFromPay: ringgit2(a.D3),
    pcb: ringgit2(a.D1),
    cp38: ringgit2(a.D2),
    medicalInsurance: ringgit2(0),
    // The SOCSO relief covers SOCSO and EIS together: both employee shares.
    socso: ringgit2(a.E2 + a.E2eis),
  };
}

function fieldProblem(field: Cp8dField, value: string): Cp8dProblem['problem'] | null {
  if (value.includes(CP8D_SEPARATOR) || /[\r\n]/.test(value)) return 'separator';
  if (field.required && value === '') return 'missing';
  if (value.length > field.length) return 'tooLong';
  return null;
}

/** The year's C.P.8D file, or every problem that stops it. */
export function buildCp8dFile(input: Cp8dInput): Cp8dBuild {
  const problems: Cp8dProblem[] = [];
  const employer = input.taxEmployerNumber ? employerNumberDigits(input.taxEmployerNumber) : null;
  if (employer === null) problems.push({ employeeId: null, name: null, field: 'taxEmployerNumber', problem: 'missing' });
  const lines: string[] = [];
  for (const statement of input.statements) {
    const values = valuesOf(statement);
    const cells = CP8D_FIELDS.map((field) => {
      const value = values[field.name];
      const problem = fieldProblem(field, value);
      if (problem) problems.push({ employeeId: statement.employeeId, name: statement.employee.name, field: field.name, problem });
      return value;
    });
    lines.push(cells.join(CP8D_SEPARATOR));
  }
  if (problems.length > 0 || employer === null) return { ok: false, problems };
  return { ok: true, fileName: cp8dFileName(employer, input.year), text: lines.map((l) => l + CP8D_LINE_END).join(''), lines: lines.length };
}
