// What every chart shares: its props, and its frame, an <svg> with role="img" named by its
// <title> and described by its <desc>, the axes, then the chart's own marks (bars, a line).
import type { ReactNode } from 'react';
import { ChartAxes } from './ChartAxes';
import type { ChartFrame, ChartPoint } from './scale';

export interface ChartProps {
  id: string;
  title: string;
  desc: string;
  points: readonly ChartPoint[];
  formatTick: (value: number) => string;
  /** Smallest tick step (100 for money in sen: whole ringgit). */
  minStep?: number;
  frame?: ChartFrame;
}

export function ChartSvg({
  kind,
  id,
  title,
  desc,
  frame,
  ticks,
  top,
  formatTick,
  children,
}: Pick<ChartProps, 'id' | 'title' | 'desc' | 'formatTick'> & { kind: 'bars' | 'line'; frame: ChartFrame; ticks: number[]; top: number; children: ReactNode }) {
  return (
    <svg
      className={`chart chart-${kind}`}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid={`${id}`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <ChartAxes frame={frame} ticks={ticks} top={top} formatTick={formatTick} />
      {children}
    </svg>
  );
}

/** A point's label under the x axis: only every `every`-th one, counted from the newest, so they never overlap. */
export function XLabel({ index, count, every, x, y, children }: { index: number; count: number; every: number; x: number; y: number; children: ReactNode }) {
  if ((count - 1 - index) % every !== 0) return null;
  return (
    <text className="chart-label" x={x} y={y} textAnchor="middle">
      {children}
    </text>
  );
}
