import { describe, expect, it } from 'vitest';
import { parseTypedMonth } from '../../../shared/calendar';

describe('parseTypedMonth', () => {
  it('reads a month typed by number, either way round', () => {
    expect(parseTypedMonth('12/2026')).toBe('2026-12');
    expect(parseTypedMonth(' 1-2027 ')).toBe('2027-01');
    expect(parseTypedMonth('05.2025')).toBe('2025-05');
    expect(parseTypedMonth('2026-12')).toBe('2026-12');
  });

  it('reads a month by name in Malay or English, full or short, any case', () => {
    expect(parseTypedMonth('Disember 2026')).toBe('2026-12');
    expect(parseTypedMonth('december  2026')).toBe('2026-12');
    expect(parseTypedMonth('Ogos 2025')).toBe('2025-08');
    expect(parseTypedMonth('Mac 2025')).toBe('2025-03');
    expect(parseTypedMonth('Sep 2025')).toBe('2025-09');
    expect(parseTypedMonth('dis. 2026')).toBe('2026-12');
  });

  it('refuses what is not a whole month', () => {
    for (const text of ['', '13/2026', '0/2026', '12/26', '2026-1', '2026-13', 'Disem 2026', 'Disember', '2026', '1/2/2026']) {
      expect(parseTypedMonth(text), text).toBeNull();
    }
  });
});
