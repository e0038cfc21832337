// The wage grid's data: what is stored (the company month from wages:sheet), what the user has
// typed over it (drafts, kept as typed so nothing is lost), and what the shared engine computes
// from the two, row by row, as the user types.
import type { EmployeeMonth } from '../../../../shared/api/channels/records';
import { personFacts } from '../../../../shared/domain/person-facts';
import { WAGE_EVENTS, type WageEvent } from '../../../../shared/domain/wages';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { parseRinggit, senToDecimal } from '../../../../shared/money/sen';
import {
  calculateContributions,
  PAY_ITEMS,
  liableWagesSen,
  type ContributionResult,
  type PayItemName,
} from '../../../../shared/statutory';

/** Liable items first, then the ones that do not count as wages. */
export const ITEM_COLUMNS = [...PAY_ITEMS.filter((p) => p.liable), ...PAY_ITEMS.filter((p) => !p.liable)];
export const LIABLE_COUNT = PAY_ITEMS.filter((p) => p.liable).length;

export type CellKey = PayItemName | 'event';
export const CELL_KEYS: readonly CellKey[] = [...ITEM_COLUMNS.map((p) => p.name), 'event'];

/** Only the cells the user changed, as typed. */
export type RowDraft = Partial<Record<CellKey, string>>;
export type Drafts = ReadonlyMap<number, RowDraft>;

export interface RowComputed {
  items: Record<PayItemName, number>;
  event: WageEvent | null;
  /** Null while a liable cell is invalid. */
  wagesSen: number | null;
  result: ContributionResult | null;
  invalid: Partial<Record<CellKey, MessageKey>>;
  invalidCount: number;
  /** True when what is shown differs from what is stored. */
  changed: boolean;
}

export function storedText(row: EmployeeMonth, key: CellKey): string {
  if (key === 'event') return row.entry?.event ?? '';
  const sen = row.entry?.items[key] ?? 0;
  return sen === 0 ? '' : senToDecimal(sen);
}

export function cellText(row: EmployeeMonth, draft: RowDraft | undefined, key: CellKey): string {
  return draft?.[key] ?? storedText(row, key);
}

const MONEY_KEYS = { format: 'error.money.format', negative: 'error.money.negative', too_large: 'error.money.tooLarge' } as const;

export function readEvent(text: string): { ok: true; value: WageEvent | null } | { ok: false } {
  const value = text.trim().toUpperCase();
  if (value === '') return { ok: true, value: null };
  return (WAGE_EVENTS as readonly string[]).includes(value) ? { ok: true, value: value as WageEvent } : { ok: false };
}

export function computeRow(month: string, row: EmployeeMonth, draft: RowDraft | undefined): RowComputed {
  const items = {} as Record<PayItemName, number>;
  const invalid: Partial<Record<CellKey, MessageKey>> = {};
  let invalidCount = 0;
  let liableInvalid = false;
  let changed = false;
  for (const item of ITEM_COLUMNS) {
    const stored = row.entry?.items[item.name] ?? 0;
    const text = draft?.[item.name];
    if (text === undefined) {
      items[item.name] = stored;
      continue;
    }
    const parsed = text.trim() === '' ? ({ ok: true, sen: 0 } as const) : parseRinggit(text);
    if (parsed.ok) {
      items[item.name] = parsed.sen;
      if (parsed.sen !== stored) changed = true;
    } else {
      items[item.name] = 0;
      invalid[item.name] = MONEY_KEYS[parsed.reason];
      invalidCount += 1;
      changed = true;
      if (item.liable) liableInvalid = true;
    }
  }
  const storedEvent = row.entry?.event ?? null;
  let event = storedEvent;
  if (draft?.event !== undefined) {
    const read = readEvent(draft.event);
    if (read.ok) {
      event = read.value;
      if (event !== storedEvent) changed = true;
    } else {
      invalid.event = 'wages.error.event';
      invalidCount += 1;
      changed = true;
    }
  }
  if (!draft) return { items, event, wagesSen: row.wagesSen, result: row.result, invalid, invalidCount, changed: false };
  if (liableInvalid) return { items, event, wagesSen: null, result: null, invalid, invalidCount, changed };
  const wagesSen = liableWagesSen(items);
  let result: ContributionResult | null = null;
  try {
    result = wagesSen === row.wagesSen ? row.result : calculateContributions({ month, wagesSen, person: personFacts(row.employee) });
  } catch {
    result = null;
  }
  return { items, event, wagesSen, result, invalid, invalidCount, changed };
}

export interface Totals {
  items: Record<PayItemName, number>;
  wagesSen: number;
  socsoEmployer: number;
  socsoEmployee: number;
  eisEmployer: number;
  eisEmployee: number;
  lindung: number;
  /** The employer's part and the part deducted from the employees' pay, every scheme. */
  employer: number;
  employee: number;
  total: number;
}

export function totalsOf(computed: readonly RowComputed[]): Totals {
  const items = Object.fromEntries(ITEM_COLUMNS.map((p) => [p.name, 0])) as Record<PayItemName, number>;
  const totals: Totals = { items, wagesSen: 0, socsoEmployer: 0, socsoEmployee: 0, eisEmployer: 0, eisEmployee: 0, lindung: 0, employer: 0, employee: 0, total: 0 };
  for (const row of computed) {
    for (const item of ITEM_COLUMNS) items[item.name] += row.items[item.name];
    totals.wagesSen += row.wagesSen ?? 0;
    const r = row.result;
    if (!r) continue;
    totals.socsoEmployer += r.socso.employerSen;
    totals.socsoEmployee += r.socso.employeeSen;
    totals.eisEmployer += r.eis.employerSen;
    totals.eisEmployee += r.eis.employeeSen;
    totals.lindung += r.lindung.employeeSen + r.lindung.employerSen;
    totals.employer += r.totals.employerSen;
    totals.employee += r.totals.employeeSen;
    totals.total += r.totals.totalSen;
  }
  return totals;
}

/** What wages:set wants for a changed row: every item as a decimal string (missing items would be zero). */
export function entryOf(row: EmployeeMonth, draft: RowDraft | undefined) {
  const items = Object.fromEntries(ITEM_COLUMNS.map((p) => [p.name, cellText(row, draft, p.name).trim()])) as Record<PayItemName, string>;
  const event = readEvent(cellText(row, draft, 'event'));
  return { employeeId: row.employee.id, items, event: event.ok ? event.value : null };
}

/** Tab-separated rows from a spreadsheet's clipboard, the trailing empty line dropped. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}
