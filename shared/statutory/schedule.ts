// Which table applies to which contribution month (STATUTORY.md §1.1). The CSV tables are parsed
// once, when this module is first imported; the LINDUNG phase 2 and 3 tables are derived then too.
import { deriveLindungTable, type LindungPhase } from './derived-tables';
import { monthIndex } from '../calendar';
import { parseRateTableCsv, type RateTable, type Scheme } from './rate-table';
import { EIS_START_MONTH, FIRST_SUPPORTED_MONTH, LINDUNG_PHASE_2_MONTH, LINDUNG_PHASE_3_MONTH, LINDUNG_START_MONTH } from './rules';
import { TABLE_CSV_TEXT } from './tables.generated';

function load(fileName: string, scheme: Scheme): RateTable {
  const text = TABLE_CSV_TEXT[fileName];
  if (text === undefined) throw new Error(`Statutory table ${fileName} is missing from tables.generated.ts`);
  return parseRateTableCsv(fileName.replace(/\.csv$/, ''), scheme, text);
}

export interface SocsoTables {
  /** Category 1 (Jenis Pertama). */
  first: RateTable;
  /** Category 2 (Jenis Kedua). */
  second: RateTable;
}

interface Period<T> {
  /** First contribution month of the period, "YYYY-MM". */
  from: string;
  fromIndex: number;
  tables: T;
}

function period<T>(from: string, tables: T): Period<T> {
  return { from, fromIndex: monthIndex(from), tables };
}

export const SOCSO_PERIODS: readonly Period<SocsoTables>[] = [
  period(FIRST_SUPPORTED_MONTH, { first: load('socso_first_2016-06.csv', 'socso'), second: load('socso_second_2016-06.csv', 'socso') }),
  period('2022-09', { first: load('socso_first_2022-09.csv', 'socso'), second: load('socso_second_2022-09.csv', 'socso') }),
  period('2024-10', { first: load('socso_first_2024-10.csv', 'socso'), second: load('socso_second_2024-10.csv', 'socso') }),
];

export const EIS_PERIODS: readonly Period<RateTable>[] = [
  // The 2018-01 table is DERIVED in the spec (no source row read): its rows say UNCONFIRMED.
  period(EIS_START_MONTH, load('eis_2018-01.csv', 'eis')),
  period('2022-09', load('eis_2022-09.csv', 'eis')),
  period('2024-10', load('eis_2024-10.csv', 'eis')),
];

const lindungPhase1 = load('skbbk_phase1_2026-06.csv', 'lindung');

export const LINDUNG_PERIODS: readonly Period<{ phase: LindungPhase; table: RateTable }>[] = [
  period(LINDUNG_START_MONTH, { phase: 1, table: lindungPhase1 }),
  period(LINDUNG_PHASE_2_MONTH, { phase: 2, table: deriveLindungTable(lindungPhase1, 2, 'skbbk_phase2_2028-06') }),
  period(LINDUNG_PHASE_3_MONTH, { phase: 3, table: deriveLindungTable(lindungPhase1, 3, 'skbbk_phase3_2031-06') }),
];

/** The tables of the period containing the month index, or null before the first period. */
function select<T>(periods: readonly Period<T>[], index: number): T | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i] as Period<T>;
    if (index >= p.fromIndex) return p.tables;
  }
  return null;
}

/** SOCSO tables for a month index; null before 2016-06 (out of scope, callers refuse it). */
export function socsoTablesFor(index: number): SocsoTables | null {
  return select(SOCSO_PERIODS, index);
}

/** EIS table for a month index; null before EIS existed (2018-01). */
export function eisTableFor(index: number): RateTable | null {
  return select(EIS_PERIODS, index);
}

/** LINDUNG table and phase for a month index; null before LINDUNG existed (2026-06). */
export function lindungTableFor(index: number): { phase: LindungPhase; table: RateTable } | null {
  return select(LINDUNG_PERIODS, index);
}

/** Every table Caruman uses, by id (for tests, the UI's table viewer and file checks). */
export const ALL_TABLES: ReadonlyMap<string, RateTable> = new Map(
  [...SOCSO_PERIODS.flatMap((p) => [p.tables.first, p.tables.second]), ...EIS_PERIODS.map((p) => p.tables), ...LINDUNG_PERIODS.map((p) => p.tables.table)].map(
    (t) => [t.id, t],
  ),
);
