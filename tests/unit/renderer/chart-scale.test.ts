// The charts' scale (renderer/src/components/charts/scale.ts): round ticks from zero, how many
// labels to write, and the layout both chart kinds share. Expected values worked by hand.
import { describe, expect, it } from 'vitest';
import { chartLayout, labelEvery, niceTicks, type ChartFrame, type ChartPoint } from '../../../renderer/src/components/charts/scale';

describe('niceTicks', () => {
  it('steps of 1, 2 or 5 × 10^n from zero to a round number at or above the largest value', () => {
    // 1,234.56 ringgit in sen: 123456 / 4 = 30864 → 5 × 10^4 = 50000.
    expect(niceTicks(123_456)).toEqual([0, 50_000, 100_000, 150_000]);
    // 800 / 4 = 200 → 2 × 10^2.
    expect(niceTicks(800)).toEqual([0, 200, 400, 600, 800]);
    // 9 / 4 = 2.25 → 5.
    expect(niceTicks(9)).toEqual([0, 5, 10]);
    // 4 / 4 = 1 → 1.
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
  });

  it('never steps below the smallest step (whole people, whole ringgit), even for nothing at all', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(2, 1)).toEqual([0, 1, 2]);
    expect(niceTicks(150, 100)).toEqual([0, 100, 200]);
    expect(niceTicks(0, 100)).toEqual([0, 100]);
  });
});

describe('labelEvery', () => {
  it('writes every label up to seven, then every second, third …', () => {
    expect(labelEvery(0)).toBe(1);
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(8)).toBe(2);
    expect(labelEvery(12)).toBe(2);
    expect(labelEvery(24)).toBe(4);
    expect(labelEvery(24, 12)).toBe(2);
  });
});

describe('chartLayout', () => {
  const frame: ChartFrame = { width: 500, height: 250, left: 60, right: 40, top: 10, bottom: 40 };
  const point = (key: string, value: number): ChartPoint => ({ key, label: key, longLabel: key, value, valueText: String(value) });

  it('shares the plot among the points and scales heights to the top tick', () => {
    const layout = chartLayout([point('2026-01', 300), point('2026-02', 800)], 1, frame);
    expect(layout.ticks).toEqual([0, 200, 400, 600, 800]);
    expect(layout.top).toBe(800);
    expect(layout.plotHeight).toBe(200); // 250 − 10 − 40
    expect(layout.slot).toBe(200); // (500 − 60 − 40) / 2
    expect(layout.baseline).toBe(210); // 10 + 200
    expect(layout.heightOf(800)).toBe(200);
    expect(layout.heightOf(300)).toBe(75);
    expect(layout.every).toBe(1);
  });

  it('draws an empty chart without dividing by zero', () => {
    const layout = chartLayout([], 1, frame);
    expect(layout.slot).toBe(400);
    expect(layout.ticks).toEqual([0, 1]);
    expect(layout.heightOf(0)).toBe(0);
  });
});
