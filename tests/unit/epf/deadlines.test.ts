// E8 and EPF.md §5: contribution month, deadline and the late-payment charge estimate, worked by hand.
import { describe, expect, it } from 'vitest';
import {
  contributionMonthOf,
  daysToEpfDeadline,
  epfDueDate,
  estimateEpfLateCharge,
  knownDividendRateBp,
  wageMonthOf,
} from '../../../shared/epf';

describe('E8: contribution month = wage month + 1, due the 15th of it', () => {
  it('across a year end, both ways', () => {
    expect([contributionMonthOf('2024-01'), contributionMonthOf('2025-12')]).toEqual(['2024-02', '2026-01']);
    expect([wageMonthOf('2024-02'), wageMonthOf('2026-01')]).toEqual(['2024-01', '2025-12']);
    // KWSP's own example [K2]: January 2024 wages → contribution month February 2024, paid by 15 February 2024.
    expect(epfDueDate('2024-01')).toBe('2024-02-15');
    expect(epfDueDate('2025-12')).toBe('2026-01-15');
  });
  it('counts the days to the deadline: positive before, 0 on it, negative after', () => {
    expect(daysToEpfDeadline('2026-07', '2026-08-01')).toBe(14);
    expect(daysToEpfDeadline('2026-07', '2026-08-15')).toBe(0);
    expect(daysToEpfDeadline('2026-07', '2026-08-25')).toBe(-10);
    expect(daysToEpfDeadline('2024-01', '2024-03-01')).toBe(-15); // February 2024 has 29 days
  });
});

describe('late-payment charge estimate: (dividend + 1 %) a year by the day, rounded up to the ringgit, at least RM10', () => {
  it('nothing when paid by the 15th', () => {
    expect(estimateEpfLateCharge('2026-07', 1_000_000, '2026-08-15', 550)).toEqual({
      daysLate: 0,
      chargeRateBp: 650,
      chargeSen: 0,
      minimumApplied: false,
    });
  });
  it('RM10 at least', () => {
    // RM1,000 one day late at 6.5 %: 1,000 × 0.065 / 365 = RM0.178 → RM1, below the minimum.
    expect(estimateEpfLateCharge('2026-07', 100_000, '2026-08-16', 550)).toEqual({
      daysLate: 1,
      chargeRateBp: 650,
      chargeSen: 1_000,
      minimumApplied: true,
    });
  });
  it('rounded up to the ringgit over several months', () => {
    // RM20,000 paid 2026-11-15, 92 days late (16 Aug … 15 Nov), at 5.75 % + 1 % = 6.75 %:
    // 20,000 × 0.0675 × 92 / 365 = 340.27… → RM341.
    expect(estimateEpfLateCharge('2026-07', 2_000_000, '2026-11-15', 575)).toEqual({
      daysLate: 92,
      chargeRateBp: 675,
      chargeSen: 34_100,
      minimumApplied: false,
    });
    // Exactly whole: RM36,500 for 100 days at 4 % + 1 % = 5 %: 36,500 × 0.05 × 100 / 365 = 500.00 → RM500.
    expect(estimateEpfLateCharge('2026-07', 3_650_000, '2026-11-23', 400).chargeSen).toBe(50_000);
  });
  it('knows the OFFICIAL dividend rates it was given (the lower of the two), by the contribution month’s year', () => {
    // Wages of 2021-11 are due in 2021-12 (2021: 5.65 %); wages of 2021-12 in 2022-01 (2022: 4.75 %).
    expect([
      knownDividendRateBp('2017-06'),
      knownDividendRateBp('2021-11'),
      knownDividendRateBp('2021-12'),
      knownDividendRateBp('2022-12'),
    ]).toEqual([640, 565, 475, null]);
  });
  it('refuses a rate that is not basis points', () => {
    expect(() => estimateEpfLateCharge('2026-07', 100_000, '2026-09-01', 5.5)).toThrow(RangeError);
  });
});
