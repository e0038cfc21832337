// The Third Schedule editions by wage month (EPF.md §1.2) and their parts' rates. The band tables
// are data (tables/*.csv, carried by tables.generated.ts) and parsed the first time a part of an
// edition is used; the rates here serve where there is no table: above RM20,000 (E6), Part F, the
// bonus rule (E5) and the explanation. A unit test checks them against epf_editions.csv.
import { monthFromIndex, monthIndex } from '../calendar';
import {
  ELECTED_FOREIGN_EMPLOYER_FLAT_SEN,
  FIRST_SUPPORTED_WAGE_MONTH,
  FULL_RATE_EDITION_FOR_CUTS,
  PART_F_FROM_WAGE_MONTH,
} from './rules';
import type { EpfPart } from './person';
import { parseEpfTableCsv, type EpfTable } from './table';
import { EPF_CSV_TEXT } from './tables.generated';

/** Rates in basis points (13 % = 1300). */
export interface PartRates {
  part: EpfPart;
  /** Employer rate for wages up to RM5,000.00, and above it (the same for Parts E and F). */
  employerBp: number;
  employerAbove5000Bp: number;
  /** Parts B and D: the employer pays this flat amount instead of a rate (E7). */
  employerFlatSen: number | null;
  employeeBp: number;
  /** The CSV's name, or null for Part F (a formula, no table). */
  tableFile: string | null;
  /**
   * True where the spec labels the table UNCONFIRMED (EPF.md §7 q2, q3): Parts B and D (the
   * employer's RM5 column) in every edition.
   */
  unconfirmed: boolean;
  /** The parsed table, filled on first use by tableOf (a slot here, not a map lookup per calculation). */
  loadedTable: EpfTable | null;
}

export interface EpfEdition {
  /** "2025-10": the first wage month of the edition. */
  id: string;
  fromIndex: number;
  /** Last wage month, "YYYY-MM", or null for the edition in force now. */
  to: string | null;
  /** The employee rate of the below-60 parts is cut in this edition (8 %, 7 %, 9 %). */
  employeeRateCut: boolean;
  parts: Readonly<Partial<Record<EpfPart, PartRates>>>;
}

type RatesSpec = [employerBp: number, employerAbove5000Bp: number, employeeBp: number];

function banded(
  part: EpfPart,
  edition: string,
  [employerBp, employerAbove5000Bp, employeeBp]: RatesSpec,
): PartRates {
  return {
    part,
    employerBp,
    employerAbove5000Bp,
    employerFlatSen: null,
    employeeBp,
    tableFile: `epf_part${part}_${edition}.csv`,
    unconfirmed: false,
    loadedTable: null,
  };
}
function flat(part: 'B' | 'D', edition: string, employeeBp: number): PartRates {
  const flatSen = ELECTED_FOREIGN_EMPLOYER_FLAT_SEN;
  return {
    part,
    employerBp: 0,
    employerAbove5000Bp: 0,
    employerFlatSen: flatSen,
    employeeBp,
    tableFile: `epf_part${part}_${edition}.csv`,
    unconfirmed: true,
    loadedTable: null,
  };
}

/** Parts A–E of an edition from its two employee rates (below 60, and 60+ for C and D). */
function editionParts(
  edition: string,
  below60Bp: number,
  sixtyPlusBp: number,
  withPartE: boolean,
): Partial<Record<EpfPart, PartRates>> {
  const parts: Partial<Record<EpfPart, PartRates>> = {
    A: banded('A', edition, [1300, 1200, below60Bp]),
    B: flat('B', edition, below60Bp),
    C: banded('C', edition, [650, 600, sixtyPlusBp]),
    D: flat('D', edition, sixtyPlusBp),
  };
  if (withPartE) parts.E = banded('E', edition, [400, 400, 0]);
  return parts;
}

function edition(
  id: string,
  employeeRateCut: boolean,
  parts: Partial<Record<EpfPart, PartRates>>,
): Omit<EpfEdition, 'to'> {
  return { id, fromIndex: monthIndex(id), employeeRateCut, parts };
}

/** §1.2, oldest first. Each edition runs until the month before the next one starts. */
const DECLARED = [
  edition(FIRST_SUPPORTED_WAGE_MONTH, true, editionParts('2016-03', 800, 400, false)),
  edition('2018-01', false, editionParts('2018-01', 1100, 550, false)),
  edition('2019-01', false, editionParts('2019-01', 1100, 550, true)),
  edition('2020-04', true, editionParts('2020-04', 700, 550, true)),
  edition('2021-01', true, editionParts('2021-01', 900, 550, true)),
  edition('2022-07', false, editionParts('2022-07', 1100, 550, true)),
  edition(PART_F_FROM_WAGE_MONTH, false, {
    A: banded('A', '2025-10', [1300, 1200, 1100]),
    C: banded('C', '2025-10', [650, 600, 550]),
    E: banded('E', '2025-10', [400, 400, 0]),
    F: {
      part: 'F',
      employerBp: 200,
      employerAbove5000Bp: 200,
      employerFlatSen: null,
      employeeBp: 200,
      tableFile: null,
      unconfirmed: false,
      loadedTable: null,
    },
  }),
];

export const EPF_EDITIONS: readonly EpfEdition[] = DECLARED.map((e, i) => {
  const next = DECLARED[i + 1];
  return Object.freeze({ ...e, to: next ? monthFromIndex(next.fromIndex - 1) : null });
});

/** The edition in force for a wage month index, or null before 2016-03 (callers refuse it). */
export function editionFor(wageMonthIndex: number): EpfEdition | null {
  for (let i = EPF_EDITIONS.length - 1; i >= 0; i--) {
    const e = EPF_EDITIONS[i] as EpfEdition;
    if (wageMonthIndex >= e.fromIndex) return e;
  }
  return null;
}

export function editionById(id: string): EpfEdition {
  const found = EPF_EDITIONS.find((e) => e.id === id);
  if (!found) throw new Error(`No EPF edition ${id}`);
  return found;
}

/** E2/E3: the edition whose tables hold the full-rate (11 %) employee shares for the cut editions. */
export const FULL_RATE_EDITION: EpfEdition = editionById(FULL_RATE_EDITION_FOR_CUTS);

/** The band table of a part of an edition (parsed on first use); null for Part F, which has none. */
export function tableOf(edition: EpfEdition, rates: PartRates): EpfTable | null {
  if (rates.loadedTable !== null) return rates.loadedTable;
  const file = rates.tableFile;
  if (file === null) return null;
  const text = EPF_CSV_TEXT[file];
  if (text === undefined) throw new Error(`EPF table ${file} is missing from tables.generated.ts`);
  rates.loadedTable = parseEpfTableCsv(file.replace(/\.csv$/, ''), rates.part, edition.id, text);
  return rates.loadedTable;
}
