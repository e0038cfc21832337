// Form EA (C.P.8A), the statement of remuneration every employee gets for a year (PCB.md §7,
// ea_form_fields.csv), declared once: its parts and items with their codes, and which pay item
// goes to which item. The producer (figures.ts) fills the amounts from this table and the PDF
// (main/services/ea) prints it in this order; neither decides on its own where an amount goes.
import { payItem, PAY_ITEM_NAMES, type PayItemName } from '../../pay/pay-items';

/** Every amount item of the form, in its order. Part A (particulars) and the header are not amounts. */
export const EA_AMOUNT_CODES = [
  'B1a',
  'B1b',
  'B1c',
  'B1d',
  'B1e',
  'B1f',
  'B2',
  'B3',
  'B4',
  'B5',
  'B6',
  'Btotal',
  'C1',
  'C2',
  'Ctotal',
  'D1',
  'D2',
  'D3',
  'D4a',
  'D4b',
  'D5',
  'E1',
  'E2',
  'E2eis',
  'F',
] as const;
export type EaAmountCode = (typeof EA_AMOUNT_CODES)[number];

export type EaPart = 'B' | 'C' | 'D' | 'E' | 'F';

export interface EaAmountField {
  code: EaAmountCode;
  part: EaPart;
  /** The item as the form numbers it ("1(a)", "4(b)"; "" for Part F's one line). */
  item: string;
  /** A total line of its part. */
  total: boolean;
}

const field = (code: EaAmountCode, part: EaPart, item: string, total = false): EaAmountField => Object.freeze({ code, part, item, total });

/** The amount items as ea_form_fields.csv lists them. The message key of each is `ea.field.<code>`. */
export const EA_AMOUNT_FIELDS: readonly EaAmountField[] = Object.freeze([
  field('B1a', 'B', '1(a)'),
  field('B1b', 'B', '1(b)'),
  field('B1c', 'B', '1(c)'),
  field('B1d', 'B', '1(d)'),
  field('B1e', 'B', '1(e)'),
  field('B1f', 'B', '1(f)'),
  field('B2', 'B', '2'),
  field('B3', 'B', '3'),
  field('B4', 'B', '4'),
  field('B5', 'B', '5'),
  field('B6', 'B', '6'),
  field('Btotal', 'B', '', true),
  field('C1', 'C', '1'),
  field('C2', 'C', '2'),
  field('Ctotal', 'C', '', true),
  field('D1', 'D', '1'),
  field('D2', 'D', '2'),
  field('D3', 'D', '3'),
  field('D4a', 'D', '4(a)'),
  field('D4b', 'D', '4(b)'),
  field('D5', 'D', '5'),
  field('E1', 'E', '1'),
  // UNCONFIRMED (PCB.md §10.10, ea_form_fields.csv E2): whether the current form asks for EIS
  // beside SOCSO. CHOSEN: SOCSO (with LINDUNG, a SOCSO scheme) on item 2 and EIS on its own line
  // under it, so the employee's SOCSO + EIS relief can be read from the form either way.
  field('E2', 'E', '2'),
  field('E2eis', 'E', '2'),
  field('F', 'F', ''),
]);

if (EA_AMOUNT_FIELDS.map((f) => f.code).join() !== EA_AMOUNT_CODES.join()) throw new Error('EA_AMOUNT_FIELDS is not in EA_AMOUNT_CODES order');

/** The Part B items a taxable pay item can go to. */
export type EaIncomeCode = 'B1a' | 'B1b' | 'B1c' | 'B1f' | 'B6';

/**
 * Where each pay item's taxable amount goes (ea_form_fields.csv B1–B6). An item that is tax-exempt
 * by its PCB treatment goes to Part F instead, and one that is not income (PCB 'none', a
 * reimbursement) goes nowhere, whatever this says: the treatment in shared/pay decides, once.
 * CHOSEN: the "arrears" pay item is salary of this year paid late (B1(a)); arrears for an earlier
 * year are recorded as a correction of that year's month, which goes to B2.
 */
export const EA_ITEM_OF_PAY_ITEM: Readonly<Record<PayItemName, EaIncomeCode>> = Object.freeze({
  basic: 'B1a',
  overtime: 'B1a',
  leave_pay: 'B1a',
  arrears: 'B1a',
  commission: 'B1b',
  bonus: 'B1b',
  directors_fee: 'B1b',
  allowance: 'B1c',
  service_charge: 'B1c',
  travel_allowance: 'B1c',
  gift: 'B1c',
  reimbursement: 'B1c',
  gratuity: 'B1f',
  payment_in_lieu_of_notice: 'B6',
});

/** Where a pay item's amount goes on the form: a Part B item, Part F (exempt), or nowhere (not income). */
export function eaCodeOfPayItem(name: PayItemName): EaIncomeCode | 'F' | null {
  switch (payItem(name).pcb.treatment) {
    case 'none':
      return null;
    case 'exempt':
      return 'F';
    default:
      return EA_ITEM_OF_PAY_ITEM[name];
  }
}

/** Every pay item must have a place (a new pay item without one fails here, at load). */
for (const name of PAY_ITEM_NAMES) if (!EA_ITEM_OF_PAY_ITEM[name]) throw new Error(`pay item ${name} has no Form EA item`);
