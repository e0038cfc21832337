// One contribution table (SOCSO, EIS or LINDUNG): parsed once from its CSV into integer-sen arrays
// so a lookup is a binary search over plain numbers, with no Decimal and no string work per call.
import { formatRinggit, ringgitToSen } from '../money/sen';

export type Scheme = 'socso' | 'eis' | 'lindung';

export interface RateRow {
  /** Position in the table, 0-based. */
  index: number;
  /** Lowest wage of the band, in sen ("exceeds lo" means fromSen = lo + 1 sen). */
  fromSen: number;
  /** Highest wage of the band in sen, or null for the ceiling row (all wages above the last band). */
  toSen: number | null;
  employerSen: number;
  employeeSen: number;
  totalSen: number;
  /** Where the row was read or how it was derived (the CSV's `basis` column). */
  basis: string;
  /** "RM1,000.01" and "RM1,100.00" (to is "" for the ceiling row): for explanations, computed once. */
  fromLabel: string;
  toLabel: string;
}

export interface RateTable {
  /** e.g. "socso_first_2024-10", "lindung_phase2_2028-06". */
  id: string;
  scheme: Scheme;
  /** True when the table was computed from another one (LINDUNG phases 2 and 3). */
  derived: boolean;
  /** True when some rows were not read from a source but reconstructed (basis says UNCONFIRMED or derived). */
  unconfirmed: boolean;
  rows: readonly RateRow[];
  /** The last row, used for wages above the highest band. */
  ceiling: RateRow;
  /** Upper edges (sen) of the banded rows, ascending: the binary search runs over this. */
  readonly upperEdges: Int32Array;
  /**
   * The band index: every upper edge is a multiple of `bucketSen` (RM10 in every table so far), so
   * all wages in (k × bucketSen, (k + 1) × bucketSen] fall in one band, `bandOfBucket[k]`. A lookup
   * is then one division and one array read. Built with the table, from its own rows: it can never
   * disagree with them. Empty (and the binary search used) if a table's edges share no useful unit.
   */
  readonly bucketSen: number;
  readonly bandOfBucket: Uint16Array;
}

/** Beyond this many buckets a table keeps the binary search (a band index would be mostly repeats). */
const MAX_BUCKETS = 1 << 16;

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The band index of a table's upper edges (see RateTable.bandOfBucket). */
function bandIndexOf(upperEdges: Int32Array): { bucketSen: number; bandOfBucket: Uint16Array } {
  const bucketSen = upperEdges.reduce(greatestCommonDivisor, 0);
  const lastEdge = upperEdges[upperEdges.length - 1] ?? 0;
  if (bucketSen <= 0 || lastEdge / bucketSen > MAX_BUCKETS) return { bucketSen: 0, bandOfBucket: new Uint16Array(0) };
  const bandOfBucket = new Uint16Array(lastEdge / bucketSen);
  let band = 0;
  for (let bucket = 0; bucket < bandOfBucket.length; bucket++) {
    // The bucket's highest wage is (bucket + 1) × bucketSen: its band is the first edge at or above it.
    while ((upperEdges[band] as number) < (bucket + 1) * bucketSen) band++;
    bandOfBucket[bucket] = band;
  }
  return { bucketSen, bandOfBucket };
}

export const TABLE_HEADER = 'wage_from,wage_to,employer,employee,total,basis';

/** Amounts of one row, before the labels and search arrays are added. */
export interface RowAmounts {
  fromSen: number;
  toSen: number | null;
  employerSen: number;
  employeeSen: number;
  totalSen: number;
  basis: string;
}

/** Parses a table CSV and checks it is well formed: contiguous bands from 1 sen, one ceiling row last, totals add up. */
export function parseRateTableCsv(id: string, scheme: Scheme, text: string): RateTable {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== TABLE_HEADER) throw new Error(`Table ${id}: expected header "${TABLE_HEADER}", found "${lines[0] ?? ''}"`);
  const rows = lines.slice(1).map((line, i): RowAmounts => {
    const cells = line.split(',');
    if (cells.length !== 6) throw new Error(`Table ${id}, row ${i + 2}: expected 6 fields, found ${cells.length}`);
    const [from = '', to = '', employer = '', employee = '', total = '', basis = ''] = cells;
    return {
      fromSen: ringgitToSen(from),
      toSen: to === '' ? null : ringgitToSen(to),
      employerSen: ringgitToSen(employer),
      employeeSen: ringgitToSen(employee),
      totalSen: ringgitToSen(total),
      basis,
    };
  });
  return buildRateTable(id, scheme, rows, { derived: false });
}

/** Builds a table from rows (parsed or derived), validating the band structure. */
export function buildRateTable(id: string, scheme: Scheme, amounts: readonly RowAmounts[], options: { derived: boolean }): RateTable {
  if (amounts.length < 2) throw new Error(`Table ${id}: needs at least one band and the ceiling row`);
  let expectedFrom = 1;
  const rows = amounts.map((row, index): RateRow => {
    const isLast = index === amounts.length - 1;
    if (row.fromSen !== expectedFrom) throw new Error(`Table ${id}, band ${index + 1}: starts at ${row.fromSen} sen, expected ${expectedFrom}`);
    if (isLast !== (row.toSen === null)) throw new Error(`Table ${id}, band ${index + 1}: only the last row may (and must) have an empty wage_to`);
    if (row.toSen !== null && row.toSen < row.fromSen) throw new Error(`Table ${id}, band ${index + 1}: ends before it starts`);
    if (row.employerSen + row.employeeSen !== row.totalSen) throw new Error(`Table ${id}, band ${index + 1}: employer + employee ≠ total`);
    if (row.toSen !== null) expectedFrom = row.toSen + 1;
    // Frozen: results hand these rows out by reference.
    return Object.freeze({
      ...row,
      index,
      fromLabel: formatRinggit(row.fromSen),
      toLabel: row.toSen === null ? '' : formatRinggit(row.toSen),
    });
  });
  const banded = rows.slice(0, -1);
  const ceiling = rows[rows.length - 1] as RateRow;
  const upperEdges = Int32Array.from(banded, (r) => r.toSen as number);
  return {
    id,
    scheme,
    derived: options.derived,
    unconfirmed: options.derived || rows.some((r) => /UNCONFIRMED/i.test(r.basis)),
    rows,
    ceiling,
    upperEdges,
    ...bandIndexOf(upperEdges),
  };
}

/**
 * The row for a wage (sen > 0): the first band whose upper edge is at or above the wage
 * ("exceeds lo, not exceeding hi"), else the ceiling row. Wages of 0 have no row: callers pay nothing.
 */
export function findRow(table: RateTable, wagesSen: number): RateRow {
  const buckets = table.bandOfBucket;
  if (buckets.length > 0) {
    const bucket = Math.floor((wagesSen - 1) / table.bucketSen);
    return (bucket < buckets.length ? table.rows[buckets[bucket] as number] : table.ceiling) as RateRow;
  }
  const edges = table.upperEdges;
  let lo = 0;
  let hi = edges.length; // answer in [lo, hi]; hi = edges.length means the ceiling row
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((edges[mid] as number) >= wagesSen) hi = mid;
    else lo = mid + 1;
  }
  return table.rows[lo] as RateRow;
}
