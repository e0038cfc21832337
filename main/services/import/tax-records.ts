// The employee file's TP3 and CP38 columns (import-columns-payroll.ts): read with the employee's
// row, checked by the same rules as the employee form (shared/domain/tp3.ts, cp38.ts, the month
// lock), and written by the TP3 and CP38 services inside the import's one transaction, so a bad
// value refuses the whole file and nothing is half-written.
//
// An empty cell, like a column left out, keeps what is stored (as for every employee column): a
// file of staff details never deletes a TP3 or a CP38 instruction typed in the form; removing one
// is done in the employee form. TP3's year is the hire date's (TP3 is the previous employment in
// the year the employee joined). A CP38 row is named by LHDN's reference: a known reference
// changes that instruction, a new one adds an instruction.
import type { CsvDelimiter } from '../../../shared/csv/csv';
import { parseTypedMonth } from '../../../shared/calendar';
import { tp3AmountProblem, tp3JoinYearProblem, type ParsedTp3Input, type Tp3Record } from '../../../shared/domain/tp3';
import { CP38_REFERENCE_MAX, cp38EmploymentProblem, cp38RangeProblem, type Cp38Instruction } from '../../../shared/domain/cp38';
import type { ChangeSource } from '../change-log';
import type { MonthLock, MonthlyAmount } from '../payroll/lock';
import type { Cp38Service, Tp3Service } from '../payroll-records';
import { ServiceError } from '../service-error';
import { readMoneyCell } from './money-cell';

const TP3_FIELDS = {
  tp3_previous_employer: 'previousEmployer',
  tp3_remuneration: 'remuneration',
  tp3_epf: 'epf',
  tp3_pcb: 'pcb',
  tp3_zakat: 'zakat',
  tp3_tp1_relief: 'tp1Relief',
} as const;
const CP38_FIELDS = { cp38_reference: 'reference', cp38_amount: 'amount', cp38_from: 'fromMonth', cp38_to: 'toMonth' } as const;

type Tp3Column = keyof typeof TP3_FIELDS;
type Cp38Column = keyof typeof CP38_FIELDS;
export type TaxRecordColumn = Tp3Column | Cp38Column;

export function isTaxRecordColumn(column: string): column is TaxRecordColumn {
  return column in TP3_FIELDS || column in CP38_FIELDS;
}

const TP3_PREVIOUS_EMPLOYER_MAX = 150;

type Tp3Values = Omit<ParsedTp3Input, 'employeeId' | 'year'>;
interface Cp38Values {
  reference: string;
  amount: number;
  fromMonth: string;
  toMonth: string;
}

/** The TP3 and CP38 cells a row gives (empty cells are not given). */
export interface TaxRecordCells {
  tp3: Partial<Tp3Values>;
  cp38: Partial<Cp38Values>;
  /** The columns given, in file order (a problem with no cell of its own is shown at the first). */
  given: TaxRecordColumn[];
}

export const noTaxRecordCells = (): TaxRecordCells => ({ tp3: {}, cp38: {}, given: [] });

export interface CellProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** Reads one cell into the row's TP3/CP38 values; a problem says what is wrong with it. */
export function readTaxRecordCell(column: TaxRecordColumn, cell: string, delimiter: CsvDelimiter | null, into: TaxRecordCells): CellProblem | null {
  const text = cell.trim();
  if (text === '') return null;
  switch (column) {
    case 'tp3_previous_employer':
      if (text.length > TP3_PREVIOUS_EMPLOYER_MAX) return { key: 'records.error.textTooLong' };
      into.tp3.previousEmployer = text;
      break;
    case 'cp38_reference':
      if (text.length > CP38_REFERENCE_MAX) return { key: 'cp38.error.reference' };
      into.cp38.reference = text.replace(/\s+/g, ' ');
      break;
    case 'cp38_from':
    case 'cp38_to': {
      const month = parseTypedMonth(text);
      if (month === null) return { key: 'import.error.value.month' };
      into.cp38[CP38_FIELDS[column]] = month;
      break;
    }
    default: {
      const money = readMoneyCell(text, delimiter);
      if (!money.ok) return { key: money.key };
      if (column === 'cp38_amount') into.cp38.amount = money.sen;
      else into.tp3[TP3_FIELDS[column as Exclude<Tp3Column, 'tp3_previous_employer'>]] = money.sen;
    }
  }
  into.given.push(column);
  return null;
}

/** What is stored for one employee. */
export interface StoredTaxRecords {
  tp3: readonly Tp3Record[];
  cp38: readonly Cp38Instruction[];
}

export interface TaxRecordWrite {
  tp3: (Tp3Values & { year: number }) | null;
  cp38: (Cp38Values & { id?: number }) | null;
}

export interface TaxRecordProblem extends CellProblem {
  column: TaxRecordColumn;
}

export interface TaxRecordPlan {
  problems: TaxRecordProblem[];
  /** 'tp3' and/or 'cp38' when the row changes them (the report's changed fields). */
  changed: string[];
  write: TaxRecordWrite | null;
}

export interface TaxRecordContext {
  /** The employee's dates after this row's merge. */
  employment: { hireDate: string | null; leaveDate: string | null };
  stored: StoredTaxRecords;
  /** Refuses a CP38 change that alters a finalised month's deduction. */
  rangeUnchanged(before: MonthlyAmount | null, after: MonthlyAmount): CellProblem | null;
  /** A column's header as the user sees it (the file's own, or the template's when the file has none). */
  headerOf(column: TaxRecordColumn): string;
}

const TP3_AMOUNTS = ['remuneration', 'epf', 'pcb', 'zakat', 'tp1Relief'] as const;

function planTp3(cells: TaxRecordCells, context: TaxRecordContext, problems: TaxRecordProblem[]): TaxRecordWrite['tp3'] {
  const given = cells.given.filter((c): c is Tp3Column => c in TP3_FIELDS);
  if (given.length === 0) return null;
  const first = given[0]!;
  const hireDate = context.employment.hireDate;
  const year = hireDate === null ? 0 : Number(hireDate.slice(0, 4));
  const yearProblem = tp3JoinYearProblem(hireDate, year);
  if (yearProblem) {
    problems.push({ column: first, key: yearProblem.key, params: yearProblem.params });
    return null;
  }
  const stored = context.stored.tp3.find((r) => r.year === year);
  const merged: Tp3Values & { year: number } = {
    year,
    previousEmployer: cells.tp3.previousEmployer ?? stored?.previousEmployer ?? null,
    remuneration: 0,
    epf: 0,
    pcb: 0,
    zakat: 0,
    tp1Relief: 0,
  };
  for (const field of TP3_AMOUNTS) merged[field] = cells.tp3[field] ?? stored?.[field] ?? 0;
  const amounts = tp3AmountProblem(merged);
  if (amounts) {
    problems.push({ column: amounts.field === 'epf' ? 'tp3_epf' : 'tp3_pcb', key: amounts.key });
    return null;
  }
  const same = stored && stored.previousEmployer === merged.previousEmployer && TP3_AMOUNTS.every((f) => stored[f] === merged[f]);
  return same ? null : merged;
}

function planCp38(cells: TaxRecordCells, context: TaxRecordContext, problems: TaxRecordProblem[]): TaxRecordWrite['cp38'] {
  const given = cells.given.filter((c): c is Cp38Column => c in CP38_FIELDS);
  if (given.length === 0) return null;
  const { reference } = cells.cp38;
  if (reference === undefined) {
    problems.push({ column: given[0]!, key: 'import.error.cp38.noReference', params: { column: context.headerOf('cp38_reference') } });
    return null;
  }
  const stored = context.stored.cp38.find((i) => i.reference === reference);
  const amount = cells.cp38.amount ?? stored?.amount;
  const fromMonth = cells.cp38.fromMonth ?? stored?.fromMonth;
  const toMonth = cells.cp38.toMonth ?? stored?.toMonth;
  const missing = (['cp38_amount', 'cp38_from', 'cp38_to'] as const).filter((c, i) => [amount, fromMonth, toMonth][i] === undefined);
  if (missing.length > 0) {
    problems.push({ column: 'cp38_reference', key: 'import.error.cp38.incomplete', params: { reference, columns: missing.map(context.headerOf).join(', ') } });
    return null;
  }
  const after = { reference, amount: amount!, fromMonth: fromMonth!, toMonth: toMonth! };
  if (after.amount <= 0) {
    problems.push({ column: 'cp38_amount', key: 'cp38.error.amount' });
    return null;
  }
  const range = cp38RangeProblem(after.fromMonth, after.toMonth) ?? cp38EmploymentProblem(after, context.employment);
  if (range) {
    problems.push({ column: range.field === 'fromMonth' ? 'cp38_from' : 'cp38_to', key: range.key, params: range.params ?? {} });
    return null;
  }
  if (stored && stored.amount === after.amount && stored.fromMonth === after.fromMonth && stored.toMonth === after.toMonth) return null;
  const locked = context.rangeUnchanged(stored ?? null, after);
  if (locked) {
    const changedColumn = (['cp38_from', 'cp38_amount', 'cp38_to'] as const).find((c) => given.includes(c)) ?? given[0]!;
    problems.push({ column: changedColumn, ...locked });
    return null;
  }
  return stored ? { ...after, id: stored.id } : after;
}

/** What the row's TP3 and CP38 cells would change, or why they cannot. */
export function planTaxRecords(cells: TaxRecordCells, context: TaxRecordContext): TaxRecordPlan {
  if (cells.given.length === 0) return { problems: [], changed: [], write: null };
  const problems: TaxRecordProblem[] = [];
  const tp3 = planTp3(cells, context, problems);
  const cp38 = planCp38(cells, context, problems);
  if (problems.length > 0) return { problems, changed: [], write: null };
  const changed = [...(tp3 ? ['tp3'] : []), ...(cp38 ? ['cp38'] : [])];
  return { problems, changed, write: changed.length > 0 ? { tp3, cp38 } : null };
}

/** The month lock's refusal as a row problem (the month and when it was finalised). */
export function rangeUnchangedCheck(lock: MonthLock, companyId: number): TaxRecordContext['rangeUnchanged'] {
  return (before, after) => {
    try {
      lock.assertRangeUnchanged(companyId, before, after);
      return null;
    } catch (error) {
      if (error instanceof ServiceError) return { key: error.key, params: error.params as Record<string, string | number> };
      throw error;
    }
  };
}

/** Groups the company's stored TP3 and CP38 records by employee. */
export function storedTaxRecords(tp3: readonly Tp3Record[], cp38: readonly Cp38Instruction[]): (employeeId: number) => StoredTaxRecords {
  const byEmployee = new Map<number, { tp3: Tp3Record[]; cp38: Cp38Instruction[] }>();
  const of = (id: number) => byEmployee.get(id) ?? byEmployee.set(id, { tp3: [], cp38: [] }).get(id)!;
  for (const r of tp3) of(r.employeeId).tp3.push(r);
  for (const i of cp38) of(i.employeeId).cp38.push(i);
  return (employeeId) => byEmployee.get(employeeId) ?? { tp3: [], cp38: [] };
}

/** Writes through the services (inside the import's transaction; they check everything again). */
export function writeTaxRecords(services: { tp3: Tp3Service; cp38: Cp38Service }, companyId: number, employeeId: number, write: TaxRecordWrite, source: ChangeSource): void {
  if (write.tp3) services.tp3.save(companyId, { employeeId, ...write.tp3 }, source);
  if (write.cp38) services.cp38.save(companyId, { employeeId, ...write.cp38 }, source);
}

/**
 * The instruction the employee file shows: the one deducted this month (the latest started, if
 * several), else the next to start, else the last that ended. Export then import changes nothing:
 * the row names it by its reference.
 */
export function currentCp38(instructions: readonly Cp38Instruction[], month: string): Cp38Instruction | null {
  const applying = instructions.filter((i) => i.fromMonth <= month && month <= i.toMonth);
  if (applying.length > 0) return applying.reduce((a, b) => (b.fromMonth > a.fromMonth ? b : a));
  const upcoming = instructions.filter((i) => i.fromMonth > month);
  if (upcoming.length > 0) return upcoming.reduce((a, b) => (b.fromMonth < a.fromMonth ? b : a));
  return instructions.reduce<Cp38Instruction | null>((a, b) => (a === null || b.toMonth > a.toMonth ? b : a), null);
}

/** The TP3 (of the hire year) and current CP38 cells of an exported employee row; empty where none. */
export function taxRecordCells(hireDate: string | null, stored: StoredTaxRecords, month: string, money: (sen: number) => string): Record<TaxRecordColumn, string> {
  const tp3 = hireDate === null ? undefined : stored.tp3.find((r) => r.year === Number(hireDate.slice(0, 4)));
  const cp38 = currentCp38(stored.cp38, month);
  const amount = (sen: number | undefined) => (sen === undefined ? '' : money(sen));
  return {
    tp3_previous_employer: tp3?.previousEmployer ?? '',
    tp3_remuneration: amount(tp3?.remuneration),
    tp3_epf: amount(tp3?.epf),
    tp3_pcb: amount(tp3?.pcb),
    tp3_zakat: amount(tp3?.zakat),
    tp3_tp1_relief: amount(tp3?.tp1Relief),
    cp38_reference: cp38?.reference ?? '',
    cp38_amount: amount(cp38?.amount),
    cp38_from: cp38?.fromMonth ?? '',
    cp38_to: cp38?.toMonth ?? '',
  };
}
