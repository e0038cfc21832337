// Small helpers for the hand-written SVG charts: "nice" axis ticks and which labels to show.

/** Ticks from 0 to a round number at or above `max`: 0, step, 2·step … (steps of 1, 2 or 5 × 10^n). */
export function niceTicks(max: number, minStep = 1, wanted = 4): number[] {
  const top = Math.max(max, minStep);
  const raw = top / wanted;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  const step = Math.max(minStep, factor * magnitude);
  const count = Math.max(1, Math.ceil(top / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** Every how many categories a label is written so that at most `most` labels show. */
export function labelEvery(count: number, most = 7): number {
  return Math.max(1, Math.ceil(count / most));
}

export interface ChartPoint {
  /** Unique key (e.g. "2026-10"). */
  key: string;
  /** Short axis label (e.g. "Oct 26"). */
  label: string;
  /** Full label for the tooltip (e.g. "October 2026"). */
  longLabel: string;
  value: number;
  /** The value as people read it ("RM1,234.56", "12"). */
  valueText: string;
  /** Nothing is known for this point (a month without wages): a line chart leaves a gap, not a zero. */
  missing?: boolean;
}

export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_FRAME: ChartFrame = { width: 520, height: 240, left: 72, right: 12, top: 14, bottom: 34 };

/** The layout both chart kinds share: ticks, the top of the y scale, one slot per point, the baseline. */
export function chartLayout(points: readonly ChartPoint[], minStep: number, frame: ChartFrame) {
  const max = points.reduce((most, point) => Math.max(most, point.value), 0);
  const ticks = niceTicks(max, minStep);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const slot = (frame.width - frame.left - frame.right) / Math.max(1, points.length);
  return {
    ticks,
    top,
    plotHeight,
    slot,
    every: labelEvery(points.length),
    baseline: frame.top + plotHeight,
    /** Height in SVG units of a value on this scale. */
    heightOf: (value: number) => (top === 0 ? 0 : (value / top) * plotHeight),
  };
}
