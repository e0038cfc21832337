// An accessible bar chart drawn by hand in SVG: role="img" named by its <title> and described by
// its <desc>; each bar also carries a <title> for mouse users. Pair it with a data table.
import { ChartAxes } from './ChartAxes';
import { DEFAULT_FRAME, chartLayout, type ChartFrame, type ChartPoint } from './scale';

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
  const { ticks, top, slot, every, baseline, heightOf } = chartLayout(points, minStep, frame);
  const barWidth = Math.max(2, slot * 0.7);

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
        const height = heightOf(point.value);
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
