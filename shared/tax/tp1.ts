// Form PCB/TP1 (1/2026): the optional deductions an employee may claim through the employer, with
// their yearly limits (tp1_2026_items.csv). Claims reach the formula as LP1 / ΣLP (PCB.md §1.6);
// the records and screens that collect them use this list for the wording and the limits.
import { parseCsv } from '../csv/csv';
import { TAX_CSV_TEXT } from './tables.generated';

export interface Tp1Item {
  /** "C1" … "C17" (deductions), "D1a", "D1b" (rebates treated like zakat). */
  code: string;
  descriptionMs: string;
  descriptionEn: string;
  /** The yearly limit in sen, or null where the form states none ("actual") or several (C16 "7000 / 5000"). */
  annualLimitSen: number | null;
  /** The limit as the form prints it, and any sub-limits, for people. */
  annualLimitText: string;
  subLimits: string;
}

function loadTp1Items(text: string | undefined): Tp1Item[] {
  if (text === undefined) throw new Error('tp1_2026_items.csv is missing from shared/tax/tables.generated.ts');
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`tp1_2026_items.csv: CSV error on line ${parsed.error.line}`);
  const [header = [], ...rows] = parsed.rows;
  const at = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`tp1_2026_items.csv has no column ${name}`);
    return index;
  };
  const [code, ms, en, limit, sub] = ['code', 'description_bm_summary', 'description_en', 'annual_limit_rm', 'sub_limits'].map(at) as number[];
  return rows.map((cells) => {
    const limitText = cells[limit as number] ?? '';
    return Object.freeze({
      code: cells[code as number] ?? '',
      descriptionMs: cells[ms as number] ?? '',
      descriptionEn: cells[en as number] ?? '',
      annualLimitSen: /^\d+$/.test(limitText) ? Number(limitText) * 100 : null,
      annualLimitText: limitText,
      subLimits: cells[sub as number] ?? '',
    });
  });
}

/** The TP1 items of the 2026 form, in the form's order. */
export const TP1_ITEMS_2026: readonly Tp1Item[] = Object.freeze(loadTp1Items(TAX_CSV_TEXT['tp1_2026_items.csv']));
