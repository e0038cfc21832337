// An accessible bar chart drawn by hand in SVG: role="img" named by its <title> and described by
// its <desc>; each bar also carries a <title> for mouse users. Pair it with a data table.
import { ChartSvg, XLabel, type ChartProps } from './ChartSvg';
import { DEFAULT_FRAME, chartLayout } from './scale';

export type BarChartProps = ChartProps;

export function BarChart({ id, title, desc, points, formatTick, minStep = 1, frame = DEFAULT_FRAME }: BarChartProps) {
  const { ticks, top, slot, every, baseline, heightOf } = chartLayout(points, minStep, frame);
  const barWidth = Math.max(2, slot * 0.7);

  return (
    <ChartSvg kind="bars" id={id} title={title} desc={desc} frame={frame} ticks={ticks} top={top} formatTick={formatTick}>
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
            <XLabel index={index} count={points.length} every={every} x={x + barWidth / 2} y={baseline + 16}>
              {point.label}
            </XLabel>
          </g>
        );
      })}
    </ChartSvg>
  );
}
