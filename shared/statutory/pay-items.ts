// What counts as wages (STATUTORY.md §1.4; both Acts use the same definition). A month's pay is a
// set of named items; the wages used for SOCSO, EIS and LINDUNG are derived from the liable ones,
// so nobody types the contribution wages a second time.
import type { StatutoryMessageKey } from '../i18n/messages/statutory';
import { assertSen } from '../money/sen';
import { StatutoryError } from './errors';

export interface PayItemDefinition {
  name: string;
  /** True when the item counts as wages for contributions. */
  liable: boolean;
  /** OFFICIAL for the included items, CORROBORATED for the excluded ones (spec §1.4). */
  confidence: 'OFFICIAL' | 'CORROBORATED';
  label: StatutoryMessageKey;
}

export const PAY_ITEMS = [
  { name: 'basic', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.basic' },
  { name: 'overtime', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.overtime' },
  { name: 'commission', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.commission' },
  { name: 'allowance', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.allowance' },
  { name: 'leave_pay', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.leave_pay' },
  { name: 'arrears', liable: true, confidence: 'OFFICIAL', label: 'statutory.payItem.arrears' },
  { name: 'bonus', liable: false, confidence: 'CORROBORATED', label: 'statutory.payItem.bonus' },
  { name: 'travel_allowance', liable: false, confidence: 'CORROBORATED', label: 'statutory.payItem.travel_allowance' },
  { name: 'reimbursement', liable: false, confidence: 'CORROBORATED', label: 'statutory.payItem.reimbursement' },
  { name: 'gratuity', liable: false, confidence: 'CORROBORATED', label: 'statutory.payItem.gratuity' },
  { name: 'gift', liable: false, confidence: 'CORROBORATED', label: 'statutory.payItem.gift' },
] as const satisfies readonly PayItemDefinition[];

export type PayItemName = (typeof PAY_ITEMS)[number]['name'];
export const PAY_ITEM_NAMES: readonly PayItemName[] = PAY_ITEMS.map((p) => p.name);

/** Amounts in sen by pay item; missing items are zero. */
export type PayItems = Partial<Record<PayItemName, number>>;

const LIABLE: ReadonlyMap<string, boolean> = new Map(PAY_ITEMS.map((p) => [p.name, p.liable]));

export function isPayItemName(value: string): value is PayItemName {
  return LIABLE.has(value);
}

export function isLiablePayItem(name: PayItemName): boolean {
  return LIABLE.get(name) === true;
}

/**
 * The wages (sen) on which contributions are due: the sum of the liable items. Throws a
 * StatutoryError on an unknown item name or an amount that is not a whole, non-negative sen.
 */
export function liableWagesSen(payItems: Readonly<Record<string, number | undefined>>): number {
  let total = 0;
  for (const [name, amount] of Object.entries(payItems)) {
    const liable = LIABLE.get(name);
    if (liable === undefined) {
      throw new StatutoryError('VALIDATION', 'statutory.error.payItem.unknown', { name, known: PAY_ITEM_NAMES.join(', ') }, `payItems.${name}`);
    }
    if (amount === undefined) continue;
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new StatutoryError('VALIDATION', 'statutory.error.payItem.amount', { name }, `payItems.${name}`);
    }
    if (liable) total += amount;
  }
  assertSen(total);
  return total;
}
