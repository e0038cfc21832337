// What the toolbar and the grid's last row show for all rows: the grand totals and how many rows
// are changed, cannot be counted yet or hold invalid cells. A keystroke changes one row, so the
// summary is carried over from the previous one by difference (that row's old figures out, its new
// ones in) instead of adding up 2,000 rows again. Amounts are integer sen, so taking a row out is
// exact. Any other change (another month, rows added, a paste over many rows) adds everything up.
import { ITEM_COLUMNS, type RowComputed, type Totals } from './model';

export interface GridSummary {
  totals: Totals;
  /** Rows that differ from what is stored. */
  changed: number;
  /** Rows whose amounts cannot be worked out until a cell is fixed. */
  uncounted: number;
  /** Invalid cells, all rows. */
  invalid: number;
  /** Rows whose month has LINDUNG 24 Jam in force. */
  lindungRows: number;
}

/** The summary of computed, from previous (the summary of an earlier computed) when that is cheaper. */
export function summaryAfter(previous: { computed: readonly RowComputed[]; summary: GridSummary } | null, computed: readonly RowComputed[]): GridSummary {
  if (!previous || previous.computed.length !== computed.length) return summaryOf(computed);
  const changedRows: number[] = [];
  for (let i = 0; i < computed.length; i++) {
    if (computed[i] === previous.computed[i]) continue; // a row is recomputed only when it changed (WagesScreen's cache)
    changedRows.push(i);
    if (changedRows.length > 64) return summaryOf(computed);
  }
  if (changedRows.length === 0) return previous.summary;
  const summary = copyOf(previous.summary);
  for (const i of changedRows) {
    add(summary, previous.computed[i]!, -1);
    add(summary, computed[i]!, 1);
  }
  return summary;
}

/** A function giving each computed's summary, carried over from the one it gave last. */
export function createSummarizer(): (computed: readonly RowComputed[]) => GridSummary {
  let last: { computed: readonly RowComputed[]; summary: GridSummary } | null = null;
  return (computed) => {
    const summary = summaryAfter(last, computed);
    last = { computed, summary };
    return summary;
  };
}

export function summaryOf(computed: readonly RowComputed[]): GridSummary {
  const summary = emptySummary();
  for (const row of computed) add(summary, row, 1);
  return summary;
}

function emptySummary(): GridSummary {
  const items = {} as Totals['items'];
  for (const item of ITEM_COLUMNS) items[item.name] = 0;
  return {
    totals: { items, wagesSen: 0, socsoEmployer: 0, socsoEmployee: 0, eisEmployer: 0, eisEmployee: 0, lindung: 0, epfEmployer: 0, epfEmployee: 0, employer: 0, employee: 0, total: 0 },
    changed: 0,
    uncounted: 0,
    invalid: 0,
    lindungRows: 0,
  };
}

function copyOf(summary: GridSummary): GridSummary {
  return { ...summary, totals: { ...summary.totals, items: { ...summary.totals.items } } };
}

/** Adds a row's figures (sign 1) or takes them out (sign -1). */
function add(summary: GridSummary, row: RowComputed, sign: 1 | -1): void {
  const totals = summary.totals;
  for (const item of ITEM_COLUMNS) totals.items[item.name] += sign * row.items[item.name];
  totals.wagesSen += sign * (row.wagesSen ?? 0);
  if (row.changed) summary.changed += sign;
  summary.invalid += sign * row.invalidCount;
  const a = row.amounts;
  if (!a) {
    summary.uncounted += sign;
    return;
  }
  if (a.lindungInForce) summary.lindungRows += sign;
  totals.socsoEmployer += sign * a.socsoEmployer;
  totals.socsoEmployee += sign * a.socsoEmployee;
  totals.eisEmployer += sign * a.eisEmployer;
  totals.eisEmployee += sign * a.eisEmployee;
  totals.lindung += sign * a.lindung;
  totals.epfEmployer += sign * (a.epfEmployer ?? 0);
  totals.epfEmployee += sign * (a.epfEmployee ?? 0);
  totals.employer += sign * a.employer;
  totals.employee += sign * a.employee;
  totals.total += sign * a.total;
}
