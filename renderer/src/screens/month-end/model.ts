// The dashboard's table logic, kept pure: what needs action, filtering, sorting, the words of a
// row's deadline.
import { MONTH_STAGES, type DashboardRow } from '../../../../shared/domain/month-end';
import type { Message } from '../../i18n/messages';

export const SHOW_OPTIONS = ['action', 'overdue', 'all'] as const;
export type Show = (typeof SHOW_OPTIONS)[number];

export const SORT_KEYS = ['company', 'wages', 'files', 'stage', 'due', 'contribution', 'overdue', 'filings', 'late'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

const DONE_STAGES = new Set(['paid', 'receipt_filed']);

export function isPaid(row: DashboardRow): boolean {
  return DONE_STAGES.has(row.stage);
}

/** Something is left to do: the month is not paid yet, its files are stale, it is late, or someone is unregistered. */
export function needsAction(row: DashboardRow): boolean {
  if (row.overdue || row.filesOutOfDate || row.lateRegistrations > 0) return true;
  if (filingsRank(row) >= 2) return true;
  return row.employees > 0 && !isPaid(row);
}

/** Ready for bulk generation: wages complete and files never made (or made before a change, not yet submitted). */
export function isReadyToGenerate(row: DashboardRow): boolean {
  return row.wagesComplete && (row.stage === 'ready' || (row.stage === 'generated' && row.filesOutOfDate));
}

export function filterRows(rows: readonly DashboardRow[], search: string, show: Show): DashboardRow[] {
  const needle = search.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (show === 'action' && !needsAction(row)) return false;
    if (show === 'overdue' && !row.overdue) return false;
    if (needle === '') return true;
    return row.company.name.toLocaleLowerCase().includes(needle) || row.company.employerCode.toLocaleLowerCase().includes(needle);
  });
}

/** Files: never generated, then generated, then out of date (the most urgent last, so descending shows it first). */
function filesRank(row: DashboardRow): number {
  if (row.filesOutOfDate) return 2;
  return row.filesGenerated ? 1 : 0;
}

/** KWSP and LHDN together: late (3), a file out of date (2), something to make or mark (1), nothing to do (0). */
export function filingsRank(row: DashboardRow): number {
  const rank = (f: DashboardRow['kwsp'] | DashboardRow['lhdn']) =>
    f.overdue ? 3 : f.stage === 'out_of_date' ? 2 : f.stage === 'to_make' || f.stage === 'made' || f.stage === 'submitted' ? 1 : 0;
  return Math.max(rank(row.kwsp), rank(row.lhdn));
}

function sortValue(row: DashboardRow, key: SortKey): number | string {
  switch (key) {
    case 'company':
      return row.company.name.toLocaleLowerCase();
    case 'wages':
      return row.employees === 0 ? -1 : row.wagesEntered / row.employees;
    case 'files':
      return filesRank(row);
    case 'stage':
      return MONTH_STAGES.indexOf(row.stage);
    case 'due':
      return row.daysToDeadline;
    case 'contribution':
      return row.contributionSen;
    case 'overdue':
      return row.overdue ? 1_000_000_000 + row.interestEstimateSen : 0;
    case 'filings':
      return filingsRank(row);
    case 'late':
      return row.lateRegistrations;
  }
}

export function sortRows(rows: readonly DashboardRow[], sort: SortState): DashboardRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const primary = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    if (primary !== 0) return primary * sign;
    return a.company.name.localeCompare(b.company.name) || a.company.id - b.company.id;
  });
}

/** Clicking a header: the same column flips; a new one starts ascending (names) or descending (amounts, urgency). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'company' || key === 'due' ? 'ascending' : 'descending' };
}

export function deadlineMessage(row: DashboardRow): Message {
  if (isPaid(row)) return { key: 'dashboard.due.paid' };
  return dueWords(row.daysToDeadline);
}

/** Days to a deadline in words: "3 days left", "Due today", "1 day late". */
export function dueWords(days: number): Message {
  if (days === 0) return { key: 'dashboard.due.today' };
  if (days === 1) return { key: 'dashboard.due.leftOne' };
  if (days === -1) return { key: 'dashboard.due.lateOne' };
  return days > 0 ? { key: 'dashboard.due.left', params: { days } } : { key: 'dashboard.due.late', params: { days: -days } };
}

/** The route a row opens: the files when the wages are complete, the wages otherwise. */
export function openTarget(row: DashboardRow): 'files' | 'wages' {
  return row.wagesComplete ? 'files' : 'wages';
}

/** The 4 steps after the wages (generated, submitted, paid, receipt filed): how many are done. */
export function stepsDone(row: DashboardRow): number {
  const index = ['generated', 'submitted', 'paid', 'receipt_filed'].indexOf(row.stage);
  return index + 1;
}
