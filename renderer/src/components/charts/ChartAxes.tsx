import type { ChartFrame } from './scale';

/** The y axis (ticks, labels, grid lines) and the x axis line. Decorative: the svg's title says it all. */
export function ChartAxes({ frame, ticks, top, formatTick }: { frame: ChartFrame; ticks: number[]; top: number; formatTick: (value: number) => string }) {
  const plotHeight = frame.height - frame.top - frame.bottom;
  const y = (value: number) => frame.top + plotHeight - (value / top) * plotHeight;
  return (
    <g className="chart-axes">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={frame.left} x2={frame.width - frame.right} y1={y(tick)} y2={y(tick)} />
          <text className="chart-tick" x={frame.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <line className="chart-axis-line" x1={frame.left} x2={frame.width - frame.right} y1={y(0)} y2={y(0)} />
      <line className="chart-axis-line" x1={frame.left} x2={frame.left} y1={frame.top} y2={y(0)} />
    </g>
  );
}
