// Employment Act helpers and the minimum wage (issue 17). Every expected amount is worked by hand
// in the comment beside it.
import { describe, expect, it } from 'vitest';
import { daysEmployedInMonth, hourlyRateSen, ordinaryRateSen, overtimeSen, proratedPay, unpaidLeaveSen } from '../../../shared/payroll/employment-act';
import { checkMinimumWage, employerSize, minimumWageFor } from '../../../shared/payroll/minimum-wage';

describe('ordinary and hourly rates', () => {
  it('divides the monthly rate by 26, then by the normal hours', () => {
    expect(ordinaryRateSen(260_000)).toBe(10_000); // RM2,600 ÷ 26 = RM100.00
    expect(hourlyRateSen(260_000)).toBe(1_250); // RM100 ÷ 8 = RM12.50
    expect(hourlyRateSen(260_000, 600)).toBe(1_000); // RM100 ÷ 10 h = RM10.00
    expect(ordinaryRateSen(170_000)).toBe(6_538); // RM1,700 ÷ 26 = 65.3846… → RM65.38
  });
  it('refuses impossible normal hours', () => {
    expect(() => hourlyRateSen(260_000, 0)).toThrow(RangeError);
    expect(() => hourlyRateSen(260_000, 25 * 60)).toThrow(RangeError);
    expect(() => hourlyRateSen(260_000, 7.5)).toThrow(RangeError); // minutes, not hours
  });
  it('takes normal hours as minutes, so 7 h 20 min is exact', () => {
    // RM2,600 ÷ 26 = RM100 a day ÷ 7⅓ h = 13.636363… → RM13.64; 3 h normal overtime: 3 × 1.5 × 13.6363… = 61.3636… → RM61.36.
    expect(hourlyRateSen(260_000, 440)).toBe(1_364);
    expect(overtimeSen(260_000, { normal: 180 }, 440)).toBe(6_136);
  });
});

describe('overtime from hours', () => {
  it('pays 1.5× on a normal day, 2× on a rest day, 3× on a public holiday', () => {
    // Hourly RM12.50: 2 h × 12.50 × 1.5 = 37.50; 1 h × 12.50 × 2 = 25.00; 0.5 h × 12.50 × 3 = 18.75.
    expect(overtimeSen(260_000, { normal: 120 })).toBe(3_750);
    expect(overtimeSen(260_000, { restDay: 60 })).toBe(2_500);
    expect(overtimeSen(260_000, { publicHoliday: 30 })).toBe(1_875);
    expect(overtimeSen(260_000, { normal: 120, restDay: 60, publicHoliday: 30 })).toBe(8_125);
    expect(overtimeSen(260_000, {})).toBe(0);
  });
  it('works from the monthly rate exactly and rounds once (CHOSEN)', () => {
    // RM1,700: hourly 1700 ÷ 26 ÷ 8 = 8.173076…; 1.5 h × 1.5 = 2.25 × 8.173076… = 18.3894… → RM18.39.
    // Rounding the hourly rate first (8.17 × 2.25 = 18.38) would lose a sen.
    expect(overtimeSen(170_000, { normal: 90 })).toBe(1_839);
  });
  it('refuses fractional or negative minutes', () => {
    expect(() => overtimeSen(260_000, { normal: 1.5 })).toThrow(RangeError);
    expect(() => overtimeSen(260_000, { normal: -60 })).toThrow(RangeError);
  });
});

describe('unpaid leave days', () => {
  it('deducts the monthly rate ÷ days in the calendar month × days (CHOSEN)', () => {
    // RM2,600 in November (30 days): 2600 ÷ 30 × 3 = RM260.00.
    expect(unpaidLeaveSen(260_000, '2026-11', 3)).toBe(26_000);
    // RM2,600 in December (31 days): 2600 ÷ 31 × 3 = 251.6129… → RM251.61.
    expect(unpaidLeaveSen(260_000, '2026-12', 3)).toBe(25_161);
    expect(unpaidLeaveSen(260_000, '2026-12', 0)).toBe(0);
    expect(unpaidLeaveSen(260_000, '2026-12', 31)).toBe(260_000);
  });
  it('refuses more days than the month has, or part days', () => {
    expect(() => unpaidLeaveSen(260_000, '2026-11', 31)).toThrow(RangeError);
    expect(() => unpaidLeaveSen(260_000, '2026-11', 1.5)).toThrow(RangeError);
  });
});

describe('an incomplete month', () => {
  it('counts the days employed, hire and leaving dates included', () => {
    expect(daysEmployedInMonth('2026-12', null, null)).toBe(31);
    expect(daysEmployedInMonth('2026-12', '2026-12-10', null)).toBe(22); // 10th to 31st
    expect(daysEmployedInMonth('2024-02', null, '2024-02-10')).toBe(10);
    expect(daysEmployedInMonth('2026-12', '2026-11-20', null)).toBe(31);
    expect(daysEmployedInMonth('2026-12', '2027-01-02', null)).toBe(0);
    expect(daysEmployedInMonth('2026-12', null, '2026-11-30')).toBe(0);
    expect(daysEmployedInMonth('2026-12', '2026-12-31', '2026-12-31')).toBe(1);
  });
  it('pays monthly rate ÷ days in the month × days worked', () => {
    // RM3,100 ÷ 31 × 22 = RM2,200.00
    expect(proratedPay(310_000, '2026-12', 22)).toEqual({ paySen: 220_000, daysInMonth: 31, daysWorked: 22, prorated: true });
    // February 2024 has 29 days: RM2,900 ÷ 29 × 10 = RM1,000.00
    expect(proratedPay(290_000, '2024-02', 10).paySen).toBe(100_000);
    // Two days of unpaid leave in a full December: RM3,100 ÷ 31 × 29 = RM2,900.00
    expect(proratedPay(310_000, '2026-12', 31, 2).paySen).toBe(290_000);
    // RM1,700 ÷ 30 × 7 = 396.666… → RM396.67
    expect(proratedPay(170_000, '2026-11', 7).paySen).toBe(39_667);
    // A whole month is the monthly rate, not a recomputed one.
    expect(proratedPay(170_000, '2026-11', 30)).toEqual({ paySen: 170_000, daysInMonth: 30, daysWorked: 30, prorated: false });
    expect(proratedPay(170_000, '2026-11', 3, 5).paySen).toBe(0);
  });
  it('refuses days that do not fit the month', () => {
    expect(() => proratedPay(170_000, '2026-11', 31)).toThrow(RangeError);
    expect(() => proratedPay(170_000, '2026-11', 10, -1)).toThrow(RangeError);
  });
});

describe('minimum wage (warning only)', () => {
  it('follows the Orders by month and employer size', () => {
    expect(minimumWageFor('2022-04', 'fiveOrMore')).toBeNull();
    expect(minimumWageFor('2022-05', 'fiveOrMore')?.monthlySen).toBe(150_000);
    expect(minimumWageFor('2022-12', 'fewerThanFive')).toBeNull();
    expect(minimumWageFor('2023-01', 'fewerThanFive')?.monthlySen).toBe(150_000);
    expect(minimumWageFor('2025-01', 'fiveOrMore')?.monthlySen).toBe(150_000);
    expect(minimumWageFor('2025-02', 'fiveOrMore')?.monthlySen).toBe(170_000);
    expect(minimumWageFor('2025-07', 'fewerThanFive')?.monthlySen).toBe(150_000);
    expect(minimumWageFor('2025-08', 'fewerThanFive')?.monthlySen).toBe(170_000);
    expect(employerSize(4)).toBe('fewerThanFive');
    expect(employerSize(5)).toBe('fiveOrMore');
  });
  it('warns below the minimum and is quiet at it', () => {
    expect(checkMinimumWage('2026-12', 'fiveOrMore', 169_999)?.params).toMatchObject({ minimum: 'RM1,700.00', basic: 'RM1,699.99' });
    expect(checkMinimumWage('2026-12', 'fiveOrMore', 170_000)).toBeNull();
    expect(checkMinimumWage('2022-04', 'fiveOrMore', 100_000)).toBeNull();
  });
});
