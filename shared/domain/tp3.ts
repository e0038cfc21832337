// Form TP3 (PCB.md §1.9): a new joiner's previous employment in the year they joined — the
// remuneration, EPF, PCB, zakat and TP1 reliefs of that year so far. Used only for PCB's year to
// date (Σ(Y − K), X, Z, ΣLP); never on the payslip or Form EA.
import { z } from 'zod';
import { wholeNumber } from './fields';
import { ringgitSchema } from './money-schema';

export interface Tp3Record {
  id: number;
  employeeId: number;
  year: number;
  previousEmployer: string | null;
  /** Sen. */
  remuneration: number;
  epf: number;
  pcb: number;
  zakat: number;
  tp1Relief: number;
  updatedAt: string;
}

/** A year's amounts can be twelve months of the largest monthly amount. */
export const TP3_MAX_SEN = 12 * 1_000_000_000;

const amount = ringgitSchema.optional().transform((sen) => sen ?? 0);

export const tp3InputSchema = z
  .object({
    employeeId: z.number().int().positive(),
    year: wholeNumber(2000, 2100, 'tp3.error.year'),
    previousEmployer: z
      .string()
      .trim()
      .max(150, 'records.error.textTooLong')
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    remuneration: amount,
    epf: amount,
    pcb: amount,
    zakat: amount,
    tp1Relief: amount,
  })
  .strict();
export type Tp3Input = z.input<typeof tp3InputSchema>;
export type ParsedTp3Input = z.output<typeof tp3InputSchema>;

/** What cannot be true of a year's previous employment: EPF or PCB above the remuneration. */
export function tp3AmountProblem(input: Pick<ParsedTp3Input, 'remuneration' | 'epf' | 'pcb'>): { key: string; field: string } | null {
  if (input.epf > input.remuneration) return { key: 'tp3.error.epfAboveRemuneration', field: 'epf' };
  if (input.pcb > input.remuneration) return { key: 'tp3.error.pcbAboveRemuneration', field: 'pcb' };
  return null;
}

/**
 * TP3 is the previous employment in the year the employee joined: the year must be the hire
 * year, and a hire on 1 January leaves no earlier employment in it to declare. (The employee
 * form, the service and the employee file's TP3 columns all ask this.)
 */
export function tp3JoinYearProblem(hireDate: string | null, year: number): { key: string; field: 'year'; params: Record<string, number> } | null {
  if (hireDate === null) return { key: 'tp3.error.noHireDate', field: 'year', params: {} };
  const hireYear = Number(hireDate.slice(0, 4));
  if (year !== hireYear) return { key: 'tp3.error.notJoinYear', field: 'year', params: { year, hireYear } };
  if (hireDate.slice(5) === '01-01') return { key: 'tp3.error.joinedOnFirstDay', field: 'year', params: { year } };
  return null;
}
