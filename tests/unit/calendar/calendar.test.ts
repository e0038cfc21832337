import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  currentMonth,
  dateInMalaysia,
  daysBetween,
  daysInMonth,
  daysInMonthOf,
  formatLongDate,
  formatMalaysianDate,
  formatMonthName,
  formatShortMonthName,
  isMonth,
  isoDateMonthIndex,
  monthNumberOf,
  monthRange,
  monthToPayNow,
  monthsBetween,
  nextMonth,
  parseTypedDate,
  previousMonth,
  todayInMalaysia,
  yearOfMonth,
} from '../../../shared/calendar';

describe('months', () => {
  it('steps across year ends both ways', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(yearOfMonth('2026-12')).toBe(2026);
    expect(monthNumberOf('2026-12')).toBe(12);
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });
  it('accepts only YYYY-MM with a real month', () => {
    expect(isMonth('2026-12')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-12', '2026/12', 202612, null]) expect(isMonth(bad)).toBe(false);
  });
});

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonthOf('2026-04')).toBe(30);
    expect(daysInMonthOf('2026-12')).toBe(31);
  });
  it('counts days', () => {
    expect(daysBetween('2026-11-15', '2026-12-15')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
  it('reads dates the Malaysian way first, and ISO', () => {
    expect(parseTypedDate('01/12/2026')).toBe('2026-12-01');
    expect(parseTypedDate('1/2/2026')).toBe('2026-02-01');
    expect(parseTypedDate(' 31.12.2025 ')).toBe('2025-12-31');
    expect(parseTypedDate('29-02-2024')).toBe('2024-02-29');
    expect(parseTypedDate('2026-12-01')).toBe('2026-12-01');
    for (const bad of ['31/02/2026', '29/02/2026', '01/13/2026', '01/12/26', '12/2026', '', 'x']) expect(parseTypedDate(bad)).toBeNull();
  });
  it('gives a real day’s month index (year × 12 + month − 1), −1 for anything that is not one', () => {
    expect(isoDateMonthIndex('1990-03-14')).toBe(1990 * 12 + 2);
    expect(isoDateMonthIndex('2024-02-29')).toBe(2024 * 12 + 1);
    expect(isoDateMonthIndex('2000-12-31')).toBe(2000 * 12 + 11);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '1990-3-14', '1990/03/14', '14/03/1990', '', 'x']) expect(isoDateMonthIndex(bad), bad).toBe(-1);
  });
  it('writes dates as DD/MM/YYYY', () => {
    expect(formatMalaysianDate('2026-02-05')).toBe('05/02/2026');
  });
});

describe('month names', () => {
  it('names months in Malay and English without the computer locale', () => {
    expect(formatMonthName('2026-12', 'ms')).toBe('Disember 2026');
    expect(formatMonthName('2026-12', 'en')).toBe('December 2026');
    expect(formatMonthName('2026-08', 'ms')).toBe('Ogos 2026');
    expect(formatMonthName('2026-03', 'ms')).toBe('Mac 2026');
    expect(formatShortMonthName('2026-07', 'ms')).toBe('Jul 2026');
    expect(formatLongDate('2026-12-01', 'ms')).toBe('1 Disember 2026');
    expect(formatLongDate('2026-08-15', 'en')).toBe('15 August 2026');
    expect(formatMonthName('not a month', 'en')).toBe('not a month');
  });
});

describe('today in Malaysia', () => {
  it('uses UTC+8 whatever the computer time zone', () => {
    // 2026-11-30 16:30 UTC is already 1 December, 00:30, in Kuala Lumpur.
    const clock = () => new Date(Date.UTC(2026, 10, 30, 16, 30));
    expect(todayInMalaysia(clock)).toBe('2026-12-01');
    expect(currentMonth(clock)).toBe('2026-12');
    // The month a bookkeeper pays in December is November's.
    expect(monthToPayNow(clock)).toBe('2026-11');
    // 15:59 UTC is still 30 November in Malaysia.
    expect(todayInMalaysia(() => new Date(Date.UTC(2026, 10, 30, 15, 59)))).toBe('2026-11-30');
    expect(dateInMalaysia('2026-11-30T16:30:00.000Z')).toBe('2026-12-01');
    expect(dateInMalaysia('not a time')).toBe('not a time');
  });
});
