// The band structure shared by every banded part of every edition (EPF.md §2.1): which row a wage
// falls in is arithmetic, not a search. Each table is checked against this structure when it is
// loaded (table.ts), so a table with other bands is refused instead of being read wrongly.
import { BANDS } from './rules';

/** The row ending at the step change (RM4,980.01–5,000.00): after the nil row and RM10.01–20.00, 249 RM20 steps. */
const LAST_SMALL_STEP_ROW = 1 + (BANDS.stepChangeAtSen - BANDS.firstBandToSen) / BANDS.smallStepSen;

/**
 * The row (0-based) for wages of 1 sen up to the table ceiling (RM20,000.00): row 0 is
 * RM0.01–10.00, row 1 RM10.01–20.00, row 250 RM4,980.01–5,000.00, row 400 RM19,900.01–20,000.00.
 * Bands are "exceeds lo, not exceeding hi". Callers keep 0 and wages above the ceiling away.
 */
export function bandIndexOf(wagesSen: number): number {
  if (wagesSen <= BANDS.nilUpToSen) return 0;
  if (wagesSen <= BANDS.firstBandToSen) return 1;
  if (wagesSen <= BANDS.stepChangeAtSen)
    return 1 + Math.ceil((wagesSen - BANDS.firstBandToSen) / BANDS.smallStepSen);
  return LAST_SMALL_STEP_ROW + Math.ceil((wagesSen - BANDS.stepChangeAtSen) / BANDS.largeStepSen);
}

/** The edges of a row in sen: row 2 → 2001 … 4000 (RM20.01–40.00). */
export function bandEdges(index: number): { fromSen: number; toSen: number } {
  if (index === 0) return { fromSen: 1, toSen: BANDS.nilUpToSen };
  if (index === 1) return { fromSen: BANDS.nilUpToSen + 1, toSen: BANDS.firstBandToSen };
  if (index <= LAST_SMALL_STEP_ROW) {
    const toSen = BANDS.firstBandToSen + (index - 1) * BANDS.smallStepSen;
    return { fromSen: toSen - BANDS.smallStepSen + 1, toSen };
  }
  const toSen = BANDS.stepChangeAtSen + (index - LAST_SMALL_STEP_ROW) * BANDS.largeStepSen;
  return { fromSen: toSen - BANDS.largeStepSen + 1, toSen };
}
