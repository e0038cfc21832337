// Hours as typed on the Payroll screen and in the wage file (shared/payroll/hours.ts): h:mm or
// decimal hours to whole minutes; each refusal names the fix.
import { describe, expect, it } from 'vitest';
import { formatHours, parseHours } from '../../../shared/payroll/hours';

describe('parseHours', () => {
  it('reads hours and minutes, and decimal hours that come to whole minutes', () => {
    expect(parseHours('2:30')).toEqual({ ok: true, minutes: 150 });
    expect(parseHours('2.5')).toEqual({ ok: true, minutes: 150 });
    expect(parseHours(' 4 ')).toEqual({ ok: true, minutes: 240 });
    expect(parseHours('0.25')).toEqual({ ok: true, minutes: 15 });
    expect(parseHours('.5')).toEqual({ ok: true, minutes: 30 });
    expect(parseHours('0.1')).toEqual({ ok: true, minutes: 6 });
    expect(parseHours('4 h')).toEqual({ ok: true, minutes: 240 });
    expect(parseHours('3 jam')).toEqual({ ok: true, minutes: 180 });
    expect(parseHours('')).toEqual({ ok: true, minutes: 0 });
    // A month's hours may pass a day's 24.
    expect(parseHours('25:00')).toEqual({ ok: true, minutes: 1_500 });
    expect(parseHours('744')).toEqual({ ok: true, minutes: 44_640 });
  });
  it('refuses, naming the fix', () => {
    expect(parseHours('2,5')).toEqual({ ok: false, key: 'hours.error.comma' });
    expect(parseHours('-1')).toEqual({ ok: false, key: 'hours.error.negative' });
    expect(parseHours('2:75')).toEqual({ ok: false, key: 'hours.error.minutes' });
    expect(parseHours('1.33')).toEqual({ ok: false, key: 'hours.error.partMinute' });
    expect(parseHours('744:01')).toEqual({ ok: false, key: 'hours.error.tooMany' });
    expect(parseHours('99999')).toEqual({ ok: false, key: 'hours.error.tooMany' });
    expect(parseHours('9999999')).toEqual({ ok: false, key: 'hours.error.format' });
    expect(parseHours('two')).toEqual({ ok: false, key: 'hours.error.format' });
    expect(parseHours('2:3')).toEqual({ ok: false, key: 'hours.error.format' });
    expect(parseHours('1,234.5')).toEqual({ ok: false, key: 'hours.error.format' });
    expect(parseHours('.')).toEqual({ ok: false, key: 'hours.error.format' });
  });
});

describe('formatHours', () => {
  it('writes h:mm', () => {
    expect(formatHours(150)).toBe('2:30');
    expect(formatHours(240)).toBe('4:00');
    expect(formatHours(0)).toBe('0:00');
    expect(formatHours(1_500)).toBe('25:00');
  });
});
