// The pay items per scheme (PAYROLL_RECORDS.md "One set of pay items"): the table is copied here
// by hand from the design, and each scheme's wages are worked by hand from it.
import { describe, expect, it } from 'vitest';
import {
  DEDUCTIONS,
  PAY_ITEMS,
  PAY_ITEM_NAMES,
  RECURRING_DEDUCTIONS,
  epfWagesSen,
  payRules,
  pcbRemuneration,
  socsoWagesSen,
  liableWagesSen,
} from '../../../shared/pay';
import { StatutoryError } from '../../../shared/statutory';
import { translate } from '../../../shared/i18n/catalog';

// item → [SOCSO/EIS/LINDUNG, EPF, PCB], as PAYROLL_RECORDS.md's table says.
const TABLE: Record<string, [string, string, string]> = {
  basic: ['wages', 'wages', 'normal'],
  overtime: ['wages', 'excluded', 'normal'],
  commission: ['wages', 'wages', 'normal'],
  allowance: ['wages', 'wages', 'normal'],
  leave_pay: ['wages', 'wages', 'normal'],
  arrears: ['wages', 'wages', 'additional'],
  bonus: ['excluded', 'bonus', 'additional'],
  travel_allowance: ['excluded', 'excluded', 'exempt'],
  reimbursement: ['excluded', 'excluded', 'none'],
  gratuity: ['excluded', 'excluded', 'additional'],
  gift: ['excluded', 'excluded', 'exempt'],
  service_charge: ['wages', 'excluded', 'normal'],
  payment_in_lieu_of_notice: ['excluded', 'excluded', 'additional'],
  directors_fee: ['excluded', 'excluded', 'additional'],
};

// One month with a different amount in every item (sen), so each sum below names its items.
const MONTH = {
  basic: 300_000,
  overtime: 12_050,
  commission: 5_000,
  allowance: 20_000,
  leave_pay: 3_000,
  arrears: 1_000,
  bonus: 500_000,
  travel_allowance: 30_000,
  reimbursement: 4_500,
  gratuity: 100_000,
  gift: 10_000,
  service_charge: 7_000,
  payment_in_lieu_of_notice: 250_000,
  directors_fee: 80_000,
};

describe('pay items per scheme', () => {
  it('declares each item’s treatment for SOCSO, EPF and PCB as the design’s table does, with a confidence and a source', () => {
    expect([...PAY_ITEM_NAMES]).toEqual(Object.keys(TABLE));
    for (const item of PAY_ITEMS) {
      expect([item.socso.treatment, item.epf.treatment, item.pcb.treatment], item.name).toEqual(TABLE[item.name]);
      for (const t of [item.socso, item.epf, item.pcb]) {
        expect(['OFFICIAL', 'CORROBORATED', 'SINGLE', 'CHOSEN']).toContain(t.confidence);
        expect(t.source.length).toBeGreaterThan(3);
      }
      expect(item.liable).toBe(item.socso.treatment === 'wages');
      expect(translate('en', item.label)).not.toBe(item.label);
      expect(translate('ms', item.label)).not.toBe(translate('en', item.label));
    }
  });

  it('names each CHOSEN cell by its constant', () => {
    const chosen = PAY_ITEMS.flatMap((p) => [p.socso, p.epf, p.pcb].filter((t) => t.confidence === 'CHOSEN' && t.source.includes('rules.ts')).map((t) => `${p.name}:${t.source.split(' ').pop()}`));
    expect(chosen.sort()).toEqual(
      [
        'allowance:ALLOWANCES_PAID_MONTHLY',
        'commission:COMMISSION_PAID_MONTHLY',
        'directors_fee:DIRECTORS_FEE_ADDITIONAL',
        'gift:GIFTS_TAX_EXEMPT',
        'travel_allowance:TRAVEL_ALLOWANCE_TAX_EXEMPT',
      ].sort(),
    );
    expect(payRules.COMMISSION_PAID_MONTHLY && payRules.TRAVEL_ALLOWANCE_TAX_EXEMPT && payRules.GIFTS_TAX_EXEMPT).toBe(true);
  });

  it('SOCSO wages: basic + overtime + commission + allowance + leave pay + arrears + service charge', () => {
    expect(socsoWagesSen(MONTH)).toBe(300_000 + 12_050 + 5_000 + 20_000 + 3_000 + 1_000 + 7_000);
    // The SOCSO screens' name gives the same.
    expect(liableWagesSen(MONTH)).toBe(348_050);
    expect(socsoWagesSen({})).toBe(0);
  });

  it('EPF wages: basic + commission + allowance + leave pay + arrears; bonus apart; no overtime or service charge', () => {
    expect(epfWagesSen(MONTH)).toEqual({ wagesSen: 300_000 + 5_000 + 20_000 + 3_000 + 1_000, bonusSen: 500_000 });
    expect(epfWagesSen({ overtime: 50_000, service_charge: 9_000, gratuity: 1, travel_allowance: 2, directors_fee: 3, payment_in_lieu_of_notice: 4 })).toEqual({ wagesSen: 0, bonusSen: 0 });
  });

  it('PCB: normal (Y1), additional (Yt) and exempt (EA Part F); reimbursements are none of them', () => {
    expect(pcbRemuneration(MONTH)).toEqual({
      normalSen: 300_000 + 12_050 + 5_000 + 20_000 + 3_000 + 7_000,
      additionalSen: 1_000 + 500_000 + 100_000 + 250_000 + 80_000,
      exemptSen: 30_000 + 10_000,
    });
    expect(pcbRemuneration({ reimbursement: 4_500 })).toEqual({ normalSen: 0, additionalSen: 0, exemptSen: 0 });
  });

  it('unpaid leave comes off the wages of every scheme and PCB’s normal remuneration, never off bonus or additional pay', () => {
    const month = { basic: 300_000, overtime: 10_000, bonus: 50_000 };
    expect(socsoWagesSen(month, 30_000)).toBe(280_000);
    expect(epfWagesSen(month, 30_000)).toEqual({ wagesSen: 270_000, bonusSen: 50_000 });
    expect(pcbRemuneration(month, 30_000)).toEqual({ normalSen: 280_000, additionalSen: 50_000, exemptSen: 0 });
    // All of the basic pay is the most it can be.
    expect(epfWagesSen(month, 300_000)).toEqual({ wagesSen: 0, bonusSen: 50_000 });
  });

  it('refuses unpaid leave above the basic pay, unknown items and bad amounts, naming the field', () => {
    for (const run of [() => socsoWagesSen({ basic: 100, overtime: 500 }, 101), () => epfWagesSen({ basic: 100 }, 101), () => pcbRemuneration({}, 1)]) {
      expect(run).toThrow(expect.objectContaining({ key: 'statutory.error.unpaidLeave.moreThanBasic', field: 'deductions.unpaid_leave' }));
    }
    expect(() => epfWagesSen({ salary: 1 })).toThrow(expect.objectContaining({ key: 'statutory.error.payItem.unknown', field: 'payItems.salary' }));
    expect(() => pcbRemuneration({ bonus: 0.5 })).toThrow(expect.objectContaining({ field: 'payItems.bonus' }));
    expect(() => socsoWagesSen({ basic: 100 }, -1)).toThrow(StatutoryError);
  });
});

describe('deductions', () => {
  it('are the design’s list; only unpaid leave reduces wages; zakat is PCB’s; loan and zakat recur', () => {
    expect(DEDUCTIONS.map((d) => d.name)).toEqual(['unpaid_leave', 'salary_advance', 'loan_repayment', 'other_deduction', 'zakat']);
    expect(DEDUCTIONS.filter((d) => d.reducesWages).map((d) => d.name)).toEqual(['unpaid_leave']);
    expect(DEDUCTIONS.filter((d) => d.pcbZakat).map((d) => d.name)).toEqual(['zakat']);
    expect(RECURRING_DEDUCTIONS).toEqual(['loan_repayment', 'zakat']);
    for (const d of DEDUCTIONS) expect(translate('ms', d.label)).not.toBe(translate('en', d.label));
  });
});
