// One set of pay items for every scheme (PAYROLL_RECORDS.md). A month's pay is a set of named
// items; each item says, as data, whether it is wages for SOCSO / EIS / LINDUNG, wages or bonus
// for EPF, and normal, additional or exempt remuneration for PCB, with the confidence of each
// answer. The wages of each scheme are derived from the same items here, so nobody types them
// twice and no screen decides on its own what counts.
import type { PayMessageKey } from '../i18n/messages/pay';
import { assertSen } from '../money/sen';
import { StatutoryError } from '../statutory/errors';
import {
  ALLOWANCES_PAID_MONTHLY,
  COMMISSION_PAID_MONTHLY,
  DIRECTORS_FEE_ADDITIONAL,
  GIFTS_TAX_EXEMPT,
  TRAVEL_ALLOWANCE_TAX_EXEMPT,
} from './rules';

/** How sure the answer is (the spec's labels); CHOSEN: Caruman's decision, a constant in rules.ts. */
export type PayItemConfidence = 'OFFICIAL' | 'CORROBORATED' | 'SINGLE' | 'CHOSEN';

/** SOCSO, EIS and LINDUNG share one definition of wages (STATUTORY.md §1.4). */
export type SocsoTreatment = 'wages' | 'excluded';
/** EPF.md §3; bonus is wages too, kept apart for the bonus rule E5. */
export type EpfTreatment = 'wages' | 'bonus' | 'excluded';
/** PCB.md §1.9 and §4: normal → Y1, additional → Yt, exempt → Form EA Part F only, none → not income. */
export type PcbTreatment = 'normal' | 'additional' | 'exempt' | 'none';

export interface Treatment<T extends string> {
  treatment: T;
  confidence: PayItemConfidence;
  /** Where the answer comes from (spec section, or the CHOSEN constant). */
  source: string;
}

export interface PayItemDefinition {
  /** The column name (wages table, import/export files). */
  name: string;
  label: PayMessageKey;
  socso: Treatment<SocsoTreatment>;
  epf: Treatment<EpfTreatment>;
  pcb: Treatment<PcbTreatment>;
  /** SOCSO/EIS/LINDUNG wages (socso.treatment === 'wages'); what the SOCSO screens called "liable". */
  liable: boolean;
  /** The SOCSO answer's confidence (kept for the SOCSO screens). */
  confidence: PayItemConfidence;
}

const socso = (treatment: SocsoTreatment, confidence: PayItemConfidence, source: string): Treatment<SocsoTreatment> => ({ treatment, confidence, source });
const epf = (treatment: EpfTreatment, confidence: PayItemConfidence, source: string): Treatment<EpfTreatment> => ({ treatment, confidence, source });
const pcb = (treatment: PcbTreatment, confidence: PayItemConfidence, source: string): Treatment<PcbTreatment> => ({ treatment, confidence, source });

const SOCSO_IN = socso('wages', 'OFFICIAL', 'STATUTORY.md §1.4');
const SOCSO_OUT = socso('excluded', 'CORROBORATED', 'STATUTORY.md §1.4');
const PCB_NORMAL = pcb('normal', 'OFFICIAL', 'PCB.md §1.9');
const PCB_ADDITIONAL = pcb('additional', 'OFFICIAL', 'PCB.md §4');

function item(
  name: string,
  s: Treatment<SocsoTreatment>,
  e: Treatment<EpfTreatment>,
  p: Treatment<PcbTreatment>,
): PayItemDefinition {
  return { name, label: `pay.item.${name}` as PayMessageKey, socso: s, epf: e, pcb: p, liable: s.treatment === 'wages', confidence: s.confidence };
}

const chosen = <T extends string>(on: boolean, yes: T, no: T, constant: string) => ({ treatment: on ? yes : no, confidence: 'CHOSEN' as const, source: `shared/pay/rules.ts ${constant}` });

/**
 * The pay items, in the order screens and files show them: the SOCSO wages first (as before),
 * then the rest. Order and names are part of the import/export files: only ever append.
 */
const DEFINITIONS = [
  item('basic', SOCSO_IN, epf('wages', 'OFFICIAL', 'EPF.md §3'), PCB_NORMAL),
  item('overtime', SOCSO_IN, epf('excluded', 'OFFICIAL', 'EPF.md §3'), PCB_NORMAL),
  item('commission', SOCSO_IN, epf('wages', 'OFFICIAL', 'EPF.md §3'), chosen(COMMISSION_PAID_MONTHLY, 'normal', 'additional', 'COMMISSION_PAID_MONTHLY')),
  item('allowance', SOCSO_IN, epf('wages', 'OFFICIAL', 'EPF.md §3'), chosen(ALLOWANCES_PAID_MONTHLY, 'normal', 'additional', 'ALLOWANCES_PAID_MONTHLY')),
  item('leave_pay', SOCSO_IN, epf('wages', 'OFFICIAL', 'EPF.md §3'), PCB_NORMAL),
  item('arrears', SOCSO_IN, epf('wages', 'OFFICIAL', 'EPF.md §3 (in the month paid)'), PCB_ADDITIONAL),
  item('bonus', SOCSO_OUT, epf('bonus', 'OFFICIAL', 'EPF.md §3, rule E5'), PCB_ADDITIONAL),
  item('travel_allowance', SOCSO_OUT, epf('excluded', 'OFFICIAL', 'EPF.md §3'), chosen(TRAVEL_ALLOWANCE_TAX_EXEMPT, 'exempt', 'normal', 'TRAVEL_ALLOWANCE_TAX_EXEMPT')),
  item('reimbursement', SOCSO_OUT, epf('excluded', 'CHOSEN', 'not a payment for work'), pcb('none', 'CHOSEN', 'not income: the employee’s own money paid back')),
  item('gratuity', SOCSO_OUT, epf('excluded', 'OFFICIAL', 'EPF.md §3'), PCB_ADDITIONAL),
  item('gift', SOCSO_OUT, epf('excluded', 'SINGLE', 'EPF.md §3'), chosen(GIFTS_TAX_EXEMPT, 'exempt', 'additional', 'GIFTS_TAX_EXEMPT')),
  item('service_charge', SOCSO_IN, epf('excluded', 'OFFICIAL', 'EPF.md §3'), PCB_NORMAL),
  item('payment_in_lieu_of_notice', socso('excluded', 'CORROBORATED', 'STATUTORY.md §1.4 (termination payments)'), epf('excluded', 'CORROBORATED', 'EPF.md §3'), pcb('additional', 'OFFICIAL', 'PCB.md §4 (compensation for loss of employment; EA B6)')),
  item('directors_fee', socso('excluded', 'CHOSEN', 'a fee for the office, not wages under a contract of service'), epf('excluded', 'CORROBORATED', 'EPF.md §3'), chosen(DIRECTORS_FEE_ADDITIONAL, 'additional', 'normal', 'DIRECTORS_FEE_ADDITIONAL')),
] as const;

export const PAY_ITEM_NAMES = [
  'basic',
  'overtime',
  'commission',
  'allowance',
  'leave_pay',
  'arrears',
  'bonus',
  'travel_allowance',
  'reimbursement',
  'gratuity',
  'gift',
  'service_charge',
  'payment_in_lieu_of_notice',
  'directors_fee',
] as const;
export type PayItemName = (typeof PAY_ITEM_NAMES)[number];

/** Every pay item with its treatment per scheme. */
export const PAY_ITEMS: readonly (PayItemDefinition & { name: PayItemName })[] = DEFINITIONS.map((d, i) => {
  if (d.name !== PAY_ITEM_NAMES[i]) throw new Error(`pay item ${i} is ${d.name}, PAY_ITEM_NAMES says ${PAY_ITEM_NAMES[i]}`);
  return Object.freeze({ ...d, name: PAY_ITEM_NAMES[i] as PayItemName });
});

/** Amounts in sen by pay item; missing items are zero. */
export type PayItems = Partial<Record<PayItemName, number>>;

const BY_NAME: ReadonlyMap<string, PayItemDefinition> = new Map(PAY_ITEMS.map((p) => [p.name, p]));

export function isPayItemName(value: string): value is PayItemName {
  return BY_NAME.has(value);
}

export function payItem(name: PayItemName): PayItemDefinition {
  return BY_NAME.get(name)!;
}

/** True when the item counts as wages for SOCSO, EIS and LINDUNG. */
export function isLiablePayItem(name: PayItemName): boolean {
  return BY_NAME.get(name)?.liable === true;
}

/** Checks every name and amount; throws a StatutoryError naming the item at fault. */
function eachItem(payItems: Readonly<Record<string, number | undefined>>, visit: (definition: PayItemDefinition, amount: number) => void): void {
  for (const [name, amount] of Object.entries(payItems)) {
    const definition = BY_NAME.get(name);
    if (definition === undefined) {
      throw new StatutoryError('VALIDATION', 'statutory.error.payItem.unknown', { name, known: PAY_ITEM_NAMES.join(', ') }, `payItems.${name}`);
    }
    if (amount === undefined) continue;
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new StatutoryError('VALIDATION', 'statutory.error.payItem.amount', { name }, `payItems.${name}`);
    }
    visit(definition, amount);
  }
}

/**
 * Unpaid leave (sen) as checked by every scheme's wages: whole, not negative, and never more
 * than the basic pay it is taken from (rules.ts UNPAID_LEAVE_REDUCES_BASIC).
 */
function unpaidLeaveOf(payItems: Readonly<Record<string, number | undefined>>, unpaidLeaveSen: number): number {
  if (!Number.isSafeInteger(unpaidLeaveSen) || unpaidLeaveSen < 0) {
    throw new StatutoryError('VALIDATION', 'statutory.error.payItem.amount', { name: 'unpaid_leave' }, 'deductions.unpaid_leave');
  }
  if (unpaidLeaveSen > (payItems.basic ?? 0)) {
    throw new StatutoryError('VALIDATION', 'statutory.error.unpaidLeave.moreThanBasic', {}, 'deductions.unpaid_leave');
  }
  return unpaidLeaveSen;
}

/**
 * Wages for SOCSO, EIS and LINDUNG (sen): the items marked wages, less unpaid leave. Throws a
 * StatutoryError on an unknown item name or an amount that is not a whole, non-negative sen.
 */
export function socsoWagesSen(payItems: Readonly<Record<string, number | undefined>>, unpaidLeaveSen = 0): number {
  let total = 0;
  eachItem(payItems, (d, amount) => {
    if (d.socso.treatment === 'wages') total += amount;
  });
  total -= unpaidLeaveOf(payItems, unpaidLeaveSen);
  assertSen(total);
  return total;
}

/** The SOCSO screens' name for socsoWagesSen. */
export const liableWagesSen = socsoWagesSen;

export interface EpfWages {
  /** The month's EPF wages other than bonus, less unpaid leave (calculateEpf's wagesSen). */
  wagesSen: number;
  /** The items marked bonus (calculateEpf's bonusSen, for rule E5). */
  bonusSen: number;
}

/** Wages for EPF: the items marked wages (less unpaid leave) and, apart, the items marked bonus. */
export function epfWagesSen(payItems: Readonly<Record<string, number | undefined>>, unpaidLeaveSen = 0): EpfWages {
  let wagesSen = 0;
  let bonusSen = 0;
  eachItem(payItems, (d, amount) => {
    if (d.epf.treatment === 'wages') wagesSen += amount;
    else if (d.epf.treatment === 'bonus') bonusSen += amount;
  });
  wagesSen -= unpaidLeaveOf(payItems, unpaidLeaveSen);
  assertSen(wagesSen);
  assertSen(bonusSen);
  return { wagesSen, bonusSen };
}

export interface PcbRemuneration {
  /** Normal remuneration (Y1), less unpaid leave. */
  normalSen: number;
  /** Additional remuneration (Yt). */
  additionalSen: number;
  /** Tax-exempt items: on Form EA Part F only, never in the formula. */
  exemptSen: number;
}

/** The month's remuneration for PCB, split as LHDN's formula takes it. */
export function pcbRemuneration(payItems: Readonly<Record<string, number | undefined>>, unpaidLeaveSen = 0): PcbRemuneration {
  let normalSen = 0;
  let additionalSen = 0;
  let exemptSen = 0;
  eachItem(payItems, (d, amount) => {
    if (d.pcb.treatment === 'normal') normalSen += amount;
    else if (d.pcb.treatment === 'additional') additionalSen += amount;
    else if (d.pcb.treatment === 'exempt') exemptSen += amount;
  });
  normalSen -= unpaidLeaveOf(payItems, unpaidLeaveSen);
  assertSen(normalSen);
  assertSen(additionalSen);
  assertSen(exemptSen);
  return { normalSen, additionalSen, exemptSen };
}
