// An explanation is a list of sentences kept as message keys with parameters, so the renderer and
// the CLI can say them in the user's language (translate(locale, item.key, item.params)).
import type { StatutoryMessageKey } from '../i18n/messages/statutory';
import { formatRinggit } from '../money/sen';
import type { RateRow } from './rate-table';

export interface ExplanationItem {
  key: StatutoryMessageKey;
  params: Readonly<Record<string, string | number>>;
}

const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});

/** An item; items without parameters are frozen singletons so the hot path allocates nothing for them. */
export function item(key: StatutoryMessageKey, params: Record<string, string | number> = NO_PARAMS): ExplanationItem {
  return { key, params };
}

/** Frozen, shared instances of the parameterless sentences. */
export function constantItem(key: StatutoryMessageKey): ExplanationItem {
  return Object.freeze({ key, params: NO_PARAMS });
}

/** A band as words: "RM1,000.01 – RM1,100.00", or "above RM6,000.00" for the ceiling row. */
export function bandLabel(row: RateRow): ExplanationItem {
  return row.toSen === null
    ? item('statutory.band.ceiling', { ceiling: formatRinggit(row.fromSen - 1) })
    : item('statutory.band.range', { from: row.fromLabel, to: row.toLabel });
}
