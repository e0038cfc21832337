// LINDUNG 24 Jam phases 2 and 3: no official table has been read yet, so they are DERIVED here,
// in this one place, from the phase 1 bands (STATUTORY.md §1, "LINDUNG 24 Jam / SKBBK"):
//   phase 2 (from 2028-06): 1.0 % of the band midpoint, exact      (checked: RM59.50 at the ceiling)
//   phase 3 (from 2031-06): 1.25 % of the midpoint, rounded to the nearest 10 sen (RM74.40 at the ceiling)
// The midpoint of "exceeds lo, not exceeding hi" is (lo + hi) / 2, e.g. 950 for 900.01–1,000.
// Note: phase 3 equals the SOCSO Category 2 employer amount on every band except the first
// (≤ RM30), where the Category 2 table has a 30 sen minimum and this rule gives 20 sen. We follow
// the rule as written; change it here if the official phase 3 table says otherwise.
import { MoneyDecimal } from '../money/sen';
import { buildRateTable, type RateTable, type RowAmounts } from './rate-table';

export type LindungPhase = 1 | 2 | 3;

/** Employee amount (sen) of a derived phase for a band midpoint (sen). */
export function derivedLindungAmountSen(phase: 2 | 3, midpointSen: number): number {
  const mid = new MoneyDecimal(midpointSen);
  if (phase === 2) {
    const exact = mid.mul('0.01');
    if (!exact.isInteger()) throw new Error(`LINDUNG phase 2: 1% of ${midpointSen} sen is not a whole sen`);
    return exact.toNumber();
  }
  return mid.mul('0.0125').div(10).toDecimalPlaces(0, MoneyDecimal.ROUND_HALF_UP).mul(10).toNumber();
}

export function bandMidpointSen(fromSen: number, toSen: number): number {
  const twice = fromSen - 1 + toSen;
  if (twice % 2 !== 0) throw new Error(`Band ${fromSen}–${toSen} sen has no whole-sen midpoint`);
  return twice / 2;
}

/** Builds the phase 2 or 3 table on the phase 1 bands; the ceiling row repeats the last band. */
export function deriveLindungTable(phase1: RateTable, phase: 2 | 3, id: string): RateTable {
  const banded = phase1.rows.filter((row) => row.toSen !== null);
  const amounts: RowAmounts[] = banded.map((row) => {
    const employeeSen = derivedLindungAmountSen(phase, bandMidpointSen(row.fromSen, row.toSen as number));
    return { fromSen: row.fromSen, toSen: row.toSen, employerSen: 0, employeeSen, totalSen: employeeSen, basis: `DERIVED:phase${phase}-from-phase1-bands` };
  });
  const last = amounts[amounts.length - 1] as RowAmounts;
  amounts.push({ ...last, fromSen: (last.toSen as number) + 1, toSen: null, basis: `DERIVED:phase${phase}-ceiling=last band` });
  return buildRateTable(id, 'lindung', amounts, { derived: true });
}
