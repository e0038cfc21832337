// Due dates of PCB (15th of the next month), Form EA (last day of February) and Form E (31 March).
import { describe, expect, it } from 'vitest';
import { daysUntil, eaDueDate, formEDueDate, pcbDueDate } from '../../../shared/tax';

describe('PCB and year-end deadlines', () => {
  it('PCB deducted in a month is due on the 15th of the next, across the year end', () => {
    expect(pcbDueDate('2026-07')).toBe('2026-08-15');
    expect(pcbDueDate('2026-12')).toBe('2027-01-15');
    expect(() => pcbDueDate('2026-13')).toThrow(RangeError);
  });
  it('Form EA is due on the last day of February of the next year, in leap years too', () => {
    expect(eaDueDate(2026)).toBe('2027-02-28');
    expect(eaDueDate(2027)).toBe('2028-02-29');
    expect(eaDueDate(2099)).toBe('2100-02-28');
  });
  it('Form E is due on 31 March of the next year', () => {
    expect(formEDueDate(2026)).toBe('2027-03-31');
    expect(() => formEDueDate(2026.5)).toThrow(RangeError);
  });
  it('counts the days left', () => {
    expect(daysUntil(pcbDueDate('2026-07'), '2026-08-01')).toBe(14);
    expect(daysUntil(pcbDueDate('2026-07'), '2026-08-15')).toBe(0);
    expect(daysUntil(pcbDueDate('2026-07'), '2026-08-20')).toBe(-5);
  });
});
