// The wages typed for a company-month and not saved yet, as kept on this computer (see
// state/drafts.ts): only the changed rows, each cell as typed, each row tied to its employee by
// id and ID number, so a row is never put back on someone else.
import type { WageGridRow } from '../../../../shared/domain/wage-grid';
import { CELL_KEYS, type CellKey, type RowComputed, type RowDraft } from './model';

export const WAGES_DRAFT_KIND = 'wages';

export interface WagesDraftRow {
  employeeId: number;
  idNumber: string;
  cells: RowDraft;
}

export interface WagesDraft {
  rows: WagesDraftRow[];
}

/** Longer than any amount or event the grid accepts as typed: anything longer is not ours. */
const MAX_CELL_TEXT = 64;

/** The changed rows of the grid, as a draft. */
export function wagesDraftOf(
  rows: readonly WageGridRow[],
  drafts: ReadonlyMap<number, RowDraft>,
  computed: readonly RowComputed[],
): WagesDraft {
  const out: WagesDraftRow[] = [];
  rows.forEach((row, index) => {
    const cells = drafts.get(row.employeeId);
    if (cells && computed[index]?.changed) out.push({ employeeId: row.employeeId, idNumber: row.idNumber, cells: { ...cells } });
  });
  return { rows: out };
}

/** A draft with no changed row: nothing to keep. */
export const isEmptyWagesDraft = (draft: WagesDraft) => draft.rows.length === 0;

/** A stored draft read back; null when it is not one (edited by hand, written by another version). */
export function parseWagesDraft(data: unknown): WagesDraft | null {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { rows?: unknown }).rows)) return null;
  const rows: WagesDraftRow[] = [];
  for (const entry of (data as { rows: unknown[] }).rows) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { employeeId, idNumber, cells } = entry as Record<string, unknown>;
    if (!Number.isSafeInteger(employeeId) || typeof idNumber !== 'string' || typeof cells !== 'object' || cells === null) return null;
    const draft: RowDraft = {};
    for (const [key, text] of Object.entries(cells)) {
      if (!(CELL_KEYS as readonly string[]).includes(key) || typeof text !== 'string' || text.length > MAX_CELL_TEXT) return null;
      draft[key as CellKey] = text;
    }
    rows.push({ employeeId: employeeId as number, idNumber, cells: draft });
  }
  return { rows };
}

export interface AppliedDraft {
  drafts: Map<number, RowDraft>;
  /** Rows put back. */
  restored: number;
  /** Rows left out: the employee is no longer on this month's payroll, or the id is someone else's now. */
  leftOut: number;
}

/** Puts a draft back over the month as stored now. */
export function applyWagesDraft(rows: readonly WageGridRow[], draft: WagesDraft): AppliedDraft {
  const byId = new Map(rows.map((row) => [row.employeeId, row]));
  const drafts = new Map<number, RowDraft>();
  let leftOut = 0;
  for (const entry of draft.rows) {
    const employee = byId.get(entry.employeeId);
    if (!employee || employee.idNumber !== entry.idNumber) {
      leftOut += 1;
      continue;
    }
    drafts.set(entry.employeeId, { ...entry.cells });
  }
  return { drafts, restored: drafts.size, leftOut };
}
