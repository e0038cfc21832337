// The one rule for a money cell in an imported file, CSV or .xlsx: ringgit with at most two
// decimals (sen), never rounded. An .xlsx number arrives as Excel shows it at full precision
// (xlsx-table.ts), so 1234.567 is refused here exactly as the same text in a CSV is.
import { parseRinggit } from '../../../shared/money/sen';
import type { CsvDelimiter } from '../../../shared/csv/csv';
import type { MessageKey } from '../../../shared/i18n/catalog';

export type MoneyCell = { ok: true; sen: number } | { ok: false; key: MessageKey };

const REASON_KEYS = {
  format: 'import.error.money.format',
  negative: 'import.error.money.negative',
  too_large: 'import.error.money.tooLarge',
} as const satisfies Record<string, MessageKey>;

/** An empty cell is 0 (a pay item not paid this month). */
export function readMoneyCell(cell: string, delimiter: CsvDelimiter | null): MoneyCell {
  const text = cell.trim().replace(/^RM\s*/i, '');
  if (text === '') return { ok: true, sen: 0 };
  // Where columns are separated by semicolons, a comma in a number is usually the decimal comma
  // ("2500,50"), and "1,500" could mean 1.5 or 1500: refused rather than guessed.
  if (delimiter === ';' && text.includes(',')) return { ok: false, key: 'import.error.money.decimalComma' };
  if (/^-?[\d,]*\.\d{3,}$/.test(text)) return { ok: false, key: 'import.error.money.decimals' };
  const parsed = parseRinggit(text);
  return parsed.ok ? parsed : { ok: false, key: REASON_KEYS[parsed.reason] };
}
