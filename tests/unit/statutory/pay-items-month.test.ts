import { describe, expect, it } from 'vitest';
import { addMonths, compareMonths, isIsoDate, isMonth, monthOfDate } from '../../../shared/calendar';
import { liableWagesSen, PAY_ITEMS, StatutoryError } from '../../../shared/statutory';
import { translate } from '../../../shared/i18n/catalog';

describe('pay items (§1.4)', () => {
  it('declares which items are wages', () => {
    const liable = PAY_ITEMS.filter((p) => p.liable).map((p) => p.name);
    const notLiable = PAY_ITEMS.filter((p) => !p.liable).map((p) => p.name);
    // STATUTORY.md §1.4; service charge is wages there too (PAYROLL_RECORDS.md added it as an item).
    expect(liable).toEqual(['basic', 'overtime', 'commission', 'allowance', 'leave_pay', 'arrears', 'service_charge']);
    expect(notLiable).toEqual(['bonus', 'travel_allowance', 'reimbursement', 'gratuity', 'gift', 'payment_in_lieu_of_notice', 'directors_fee']);
    for (const item of PAY_ITEMS) {
      expect(translate('en', item.label)).not.toBe(item.label);
      expect(translate('ms', item.label)).not.toBe(translate('en', item.label));
    }
  });
  it('adds the liable items only', () => {
    expect(
      liableWagesSen({ basic: 180_000, overtime: 12_050, commission: 5_000, allowance: 20_000, leave_pay: 3_000, arrears: 1_000, bonus: 500_000, travel_allowance: 30_000, reimbursement: 4_500, gratuity: 100_000, gift: 10_000 }),
    ).toBe(221_050);
    expect(liableWagesSen({})).toBe(0);
    expect(liableWagesSen({ bonus: 100 })).toBe(0);
  });
  it('refuses unknown items and bad amounts, naming the item', () => {
    expect(() => liableWagesSen({ salary: 100 })).toThrow(expect.objectContaining({ key: 'statutory.error.payItem.unknown', field: 'payItems.salary' }));
    expect(() => liableWagesSen({ basic: -1 })).toThrow(StatutoryError);
    expect(() => liableWagesSen({ basic: 10.5 })).toThrow(expect.objectContaining({ field: 'payItems.basic' }));
  });
});

describe('months and dates', () => {
  it('validates YYYY-MM and YYYY-MM-DD', () => {
    expect([isMonth('2024-10'), isMonth('2024-13'), isMonth('2024-1'), isMonth(202410)]).toEqual([true, false, false, false]);
    expect([isIsoDate('2024-02-29'), isIsoDate('2023-02-29'), isIsoDate('1900-02-29'), isIsoDate('2024-04-31')]).toEqual([true, false, false, false]);
  });
  it('steps and compares months across years', () => {
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2016-06', 120)).toBe('2026-06');
    expect(Math.sign(compareMonths('2024-09', '2024-10'))).toBe(-1);
    expect(monthOfDate('1980-05-17')).toBe('1980-05');
  });
});
