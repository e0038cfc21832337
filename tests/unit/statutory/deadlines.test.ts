import { describe, expect, it } from 'vitest';
import { daysToDeadline, dueDate, estimateLateInterest } from '../../../shared/statutory/deadlines';

describe('deadline', () => {
  it('is the 15th of the next month, across a year end', () => {
    expect(dueDate('2026-07')).toBe('2026-08-15');
    expect(dueDate('2026-12')).toBe('2027-01-15');
  });

  it('counts days to it, zero on the day, negative after', () => {
    expect(daysToDeadline('2026-10', '2026-11-01')).toBe(14);
    expect(daysToDeadline('2026-10', '2026-11-15')).toBe(0);
    expect(daysToDeadline('2026-10', '2026-11-25')).toBe(-10);
    expect(daysToDeadline('2024-01', '2024-03-01')).toBe(-15); // 2024 is a leap year: Feb has 29 days
  });
});

describe('late interest estimate', () => {
  it('is nothing when paid by the 15th', () => {
    expect(estimateLateInterest('2026-10', 1_000_000, '2026-11-15')).toEqual({ daysLate: 0, interestSen: 0, minimumApplied: false });
  });

  it('is at least RM5', () => {
    // RM1,000 one day late: 100000 × 6% / 365 = 16.44 sen, so the minimum applies.
    expect(estimateLateInterest('2026-10', 100_000, '2026-11-16')).toEqual({ daysLate: 1, interestSen: 500, minimumApplied: true });
  });

  it('grows by the day at 6 % a year over several months', () => {
    // RM50,000 paid 2027-02-15, 92 days after 2026-11-15: 5,000,000 sen × 0.06 × 92 / 365 = 75,616.438… → 75,616 sen.
    expect(estimateLateInterest('2026-10', 5_000_000, '2027-02-15')).toEqual({ daysLate: 92, interestSen: 75_616, minimumApplied: false });
  });

  it('rounds half a sen up', () => {
    // 73 days late (2026-11-15 → 2027-01-27): 41,875 sen × 0.06 × 73 / 365 = 502.5 sen → 503 sen.
    expect(estimateLateInterest('2026-10', 41_875, '2027-01-27')).toEqual({ daysLate: 73, interestSen: 503, minimumApplied: false });
  });
});
