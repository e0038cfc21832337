// The wage grid's data: what is stored (the compact rows of wages:grid), what the user has typed
// over it (drafts, kept as typed so nothing is lost), and what the shared engine computes from the
// two, row by row, as the user types. Amounts only: a row's explanation is worked out when opened.
import { epfOf, gridAmountsOf, type GridAmounts, type WageGridRow } from '../../../../shared/domain/wage-grid';
import type { EpfResult } from '../../../../shared/epf';
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
  /** Null while the amounts cannot be worked out (a liable cell is invalid). */
  amounts: GridAmounts | null;
  invalid: Partial<Record<CellKey, MessageKey>>;
  invalidCount: number;
  /** True when what is shown differs from what is stored. */
  changed: boolean;
}

export function storedText(row: WageGridRow, key: CellKey): string {
  if (key === 'event') return row.event ?? '';
  const sen = row.items?.[key] ?? 0;
  return sen === 0 ? '' : senToDecimal(sen);
}

export function cellText(row: WageGridRow, draft: RowDraft | undefined, key: CellKey): string {
  return draft?.[key] ?? storedText(row, key);
}

const MONEY_KEYS = { format: 'error.money.format', negative: 'error.money.negative', too_large: 'error.money.tooLarge' } as const;

export function readEvent(text: string): { ok: true; value: WageEvent | null } | { ok: false } {
  const value = text.trim().toUpperCase();
  if (value === '') return { ok: true, value: null };
  return (WAGE_EVENTS as readonly string[]).includes(value) ? { ok: true, value: value as WageEvent } : { ok: false };
}

export function computeRow(month: string, row: WageGridRow, draft: RowDraft | undefined): RowComputed {
  const items = {} as Record<PayItemName, number>;
  const invalid: Partial<Record<CellKey, MessageKey>> = {};
  let invalidCount = 0;
  let liableInvalid = false;
  let changed = false;
  for (const item of ITEM_COLUMNS) {
    const stored = row.items?.[item.name] ?? 0;
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
  const storedEvent = row.event;
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
  if (!draft) return { items, event, wagesSen: row.wagesSen, amounts: row.amounts, invalid, invalidCount, changed: false };
  if (liableInvalid) return { items, event, wagesSen: null, amounts: null, invalid, invalidCount, changed };
  try {
    // Unpaid leave (kept as stored) comes off the wages, as in the services.
    const wagesSen = liableWagesSen(items, row.unpaidLeaveSen);
    // EPF wages are not SOCSO's (bonus counts, overtime does not): EPF is always worked out again.
    const amounts = gridAmountsOf(calculateContributions({ month, wagesSen, person: row.person }), epfOf(month, items, row.unpaidLeaveSen, row.epfPerson));
    return { items, event, wagesSen, amounts, invalid, invalidCount, changed };
  } catch {
    // Less basic pay than the unpaid leave already deducted, or a month the engine does not know:
    // the row is left out of the totals (and Save says why).
    return { items, event, wagesSen: null, amounts: null, invalid, invalidCount, changed };
  }
}

/**
 * How a row's amounts were found (ages, categories, bands, reasons), worked out from the row's facts
 * by the same engine when it is shown: the grid's rows do not carry it. Null when the row's amounts
 * cannot be worked out.
 */
export function explainRow(month: string, row: WageGridRow, computed: RowComputed): ContributionResult | null {
  if (computed.amounts === null || computed.wagesSen === null) return null;
  try {
    return calculateContributions({ month, wagesSen: computed.wagesSen, person: row.person });
  } catch {
    return null;
  }
}

/** The row's EPF with its explanation (part, band, rates), worked out when shown. */
export function explainEpfRow(month: string, row: WageGridRow, computed: RowComputed): EpfResult | null {
  if (computed.amounts === null) return null;
  return epfOf(month, computed.items, row.unpaidLeaveSen, row.epfPerson);
}

export interface Totals {
  items: Record<PayItemName, number>;
  wagesSen: number;
  socsoEmployer: number;
  socsoEmployee: number;
  eisEmployer: number;
  eisEmployee: number;
  lindung: number;
  epfEmployer: number;
  epfEmployee: number;
  /** The employer's part and the part deducted from the employees' pay, every scheme. */
  employer: number;
  employee: number;
  total: number;
}

/**
 * What wages:set wants for a changed row: the whole month's pay items as decimal strings. Empty
 * cells are left out (an item left out is zero), which keeps a save of thousands of rows small.
 */
export function entryOf(row: WageGridRow, draft: RowDraft | undefined) {
  const items: Partial<Record<PayItemName, string>> = {};
  for (const p of ITEM_COLUMNS) {
    const text = cellText(row, draft, p.name).trim();
    if (text !== '') items[p.name] = text;
  }
  const event = readEvent(cellText(row, draft, 'event'));
  // The version loaded: the save is refused if the row was changed elsewhere since.
  return { employeeId: row.employeeId, items, event: event.ok ? event.value : null, expectedVersion: row.version };
}

/**
 * The row as stored once a save of what `computed` shows has gone through: Save puts it in place
 * without reading the month again. Null when the amounts could not be worked out here.
 */
export function savedRow(row: WageGridRow, computed: RowComputed, version: string | null): WageGridRow | null {
  if (computed.wagesSen === null || computed.amounts === null || computed.invalidCount > 0) return null;
  const items: Partial<Record<PayItemName, number>> = {};
  for (const item of ITEM_COLUMNS) if (computed.items[item.name] !== 0) items[item.name] = computed.items[item.name];
  return { ...row, items, version, event: computed.event, wagesSen: computed.wagesSen, amounts: computed.amounts };
}

/** Tab-separated rows from a spreadsheet's clipboard, the trailing empty line dropped. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}
