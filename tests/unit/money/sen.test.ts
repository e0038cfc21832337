import { describe, expect, it } from 'vitest';
import { formatAmount, formatRinggit, parseRinggit, senToDecimal } from '../../../shared/money/sen';

describe('parseRinggit', () => {
  it.each([
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['RM 12', 1200],
    [' 0.10 ', 10],
    ['.5', 50],
    ['0', 0],
    ['6000.01', 600001],
    ['0.07', 7],
  ])('reads %j as %i sen', (text, sen) => {
    expect(parseRinggit(text)).toEqual({ ok: true, sen });
  });

  it.each(['', 'abc', '12.345', '1,23.00', '12,34', '1.2.3', '１２', '1e3', '0x10', 'NaN'])('refuses %j as a format error', (text) => {
    expect(parseRinggit(text)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses negative amounts with their own reason', () => {
    expect(parseRinggit('-5.00')).toEqual({ ok: false, reason: 'negative' });
  });

  it('refuses amounts above RM10 million', () => {
    expect(parseRinggit('10000000.01')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseRinggit('123456789012')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('never goes through a float: every sen value from 0 to RM100 round-trips exactly', () => {
    for (let sen = 0; sen <= 10_000; sen++) {
      const text = `${Math.floor(sen / 100)}.${String(sen % 100).padStart(2, '0')}`;
      expect(parseRinggit(text)).toEqual({ ok: true, sen });
    }
  });
});

describe('senToDecimal and formatRinggit', () => {
  it('writes decimal strings with two places', () => {
    expect(senToDecimal(0)).toBe('0.00');
    expect(senToDecimal(5)).toBe('0.05');
    expect(senToDecimal(1835)).toBe('18.35');
    expect(senToDecimal(-250)).toBe('-2.50');
  });

  it('groups thousands for people', () => {
    expect(formatRinggit(100000001)).toBe('RM1,000,000.01');
    expect(formatRinggit(88880)).toBe('RM888.80');
    expect(formatRinggit(-100)).toBe('-RM1.00');
    expect(formatAmount(123456)).toBe('1,234.56');
    expect(formatAmount(5)).toBe('0.05');
    expect(formatAmount(-123456789)).toBe('-1,234,567.89');
  });

  it('refuses a non-integer number of sen', () => {
    expect(() => senToDecimal(1.5)).toThrow(/integer/);
  });
});
