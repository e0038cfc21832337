// Form EA's declarations (shared/tax/ea/fields.ts): every pay item has one place on the form, and
// the PCB treatment of shared/pay decides between Part B, Part F and nowhere.
import { describe, expect, it } from 'vitest';
import { EA_AMOUNT_CODES, EA_AMOUNT_FIELDS, eaCodeOfPayItem } from '../../../shared/tax/ea';
import { PAY_ITEM_NAMES } from '../../../shared/pay/pay-items';
import { eaFileName, combinedEaFileName } from '../../../main/services/ea';

describe('Form EA fields', () => {
  it('puts each pay item where ea_form_fields.csv says, exempt items in Part F and a reimbursement nowhere', () => {
    const places = Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, eaCodeOfPayItem(name)]));
    expect(places).toEqual({
      basic: 'B1a',
      overtime: 'B1a',
      leave_pay: 'B1a',
      arrears: 'B1a',
      commission: 'B1b',
      bonus: 'B1b',
      directors_fee: 'B1b',
      allowance: 'B1c',
      service_charge: 'B1c',
      // shared/pay/rules.ts TRAVEL_ALLOWANCE_TAX_EXEMPT and GIFTS_TAX_EXEMPT are true.
      travel_allowance: 'F',
      gift: 'F',
      reimbursement: null,
      gratuity: 'B1f',
      payment_in_lieu_of_notice: 'B6',
    });
  });

  it('lists every part and item of the form once, in order', () => {
    expect(EA_AMOUNT_FIELDS.map((f) => `${f.part}${f.item}`)).toEqual([
      'B1(a)', 'B1(b)', 'B1(c)', 'B1(d)', 'B1(e)', 'B1(f)', 'B2', 'B3', 'B4', 'B5', 'B6', 'B',
      'C1', 'C2', 'C',
      'D1', 'D2', 'D3', 'D4(a)', 'D4(b)', 'D5',
      'E1', 'E2', 'E2',
      'F',
    ]);
    expect(new Set(EA_AMOUNT_CODES).size).toBe(EA_AMOUNT_CODES.length);
  });

  it('names files from the ID number and the plain words of the name, never a path', () => {
    expect(eaFileName(2026, '960115-14-5673', 'Ali bin Abu')).toBe('EA-2026-960115145673-Ali-bin-Abu.pdf');
    expect(eaFileName(2026, '800101-14-5679', '../x')).toBe('EA-2026-800101145679-x.pdf');
    expect(eaFileName(2026, 'A1234567', '..\\..\\CON')).toBe('EA-2026-A1234567-CON.pdf');
    expect(eaFileName(2026, '880808-08-5688', '陈美玲')).toBe('EA-2026-880808085688.pdf');
    expect(eaFileName(2026, '880808-08-5688', 'Siti Nur’aini binti Abdul Rahman Al-Haj Mohd Zain')).toBe('EA-2026-880808085688-Siti-Nur-aini-binti-Abdul-Rahman-Al-Haj.pdf');
    expect(combinedEaFileName(2026, 'A37/00..12')).toBe('Forms-EA-2026-A370012.pdf');
  });
});
