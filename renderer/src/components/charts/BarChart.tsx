// An accessible bar chart drawn by hand in SVG: role="img" named by its <title> and described by
// its <desc>; each bar also carries a <title> for mouse users. Pair it with a data table.
import { ChartAxes } from './ChartAxes';
import { DEFAULT_FRAME, labelEvery, niceTicks, type ChartFrame, type ChartPoint } from './scale';

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  points: readonly ChartPoint[];
  formatTick: (value: number) => string;
  /** Smallest tick step (100 for money in sen: whole ringgit). */
  minStep?: number;
  frame?: ChartFrame;
}

export function BarChart({ id, title, desc, points, formatTick, minStep = 1, frame = DEFAULT_FRAME }: BarChartProps) {
  const max = points.reduce((most, point) => Math.max(most, point.value), 0);
  const ticks = niceTicks(max, minStep);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(2, slot * 0.7);
  const every = labelEvery(points.length);
  const baseline = frame.top + plotHeight;

  return (
    <svg
      className="chart chart-bars"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid={`${id}`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <ChartAxes frame={frame} ticks={ticks} top={top} formatTick={formatTick} />
      {points.map((point, index) => {
        const height = top === 0 ? 0 : (point.value / top) * plotHeight;
        const x = frame.left + index * slot + (slot - barWidth) / 2;
        return (
          <g key={point.key}>
            <rect
              className="chart-bar"
              data-testid="chart-bar"
              data-value={point.value}
              x={x}
              y={baseline - height}
              width={barWidth}
              height={Math.max(0, height)}
            >
              <title>{`${point.longLabel}: ${point.valueText}`}</title>
            </rect>
            {(points.length - 1 - index) % every === 0 ? (
              <text className="chart-label" x={x + barWidth / 2} y={baseline + 16} textAnchor="middle">
                {point.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
