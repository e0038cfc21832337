// An accessible line chart drawn by hand in SVG (see BarChart): a line through the points, a dot
// on each with a <title>, round y ticks. A point with nothing known (missing) gets no dot and
// breaks the line: a month without data is a gap, never drawn as zero.
import { ChartSvg, XLabel, type ChartProps } from './ChartSvg';
import { DEFAULT_FRAME, chartLayout } from './scale';

export type LineChartProps = ChartProps;

export function LineChart({ id, title, desc, points, formatTick, minStep = 1, frame = DEFAULT_FRAME }: LineChartProps) {
  const { ticks, top, slot, every, baseline, heightOf } = chartLayout(points, minStep, frame);
  const at = (index: number, value: number) => ({
    x: frame.left + index * slot + slot / 2,
    y: baseline - heightOf(value),
  });
  // The line's runs of consecutive known points.
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((point, index) => {
    if (point.missing) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const { x, y } = at(index, point.value);
    run.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run);

  return (
    <ChartSvg kind="line" id={id} title={title} desc={desc} frame={frame} ticks={ticks} top={top} formatTick={formatTick}>
      {runs.map((line) => (line.length > 1 ? <polyline key={line[0]} className="chart-line-path" points={line.join(' ')} /> : null))}
      {points.map((point, index) => {
        const { x, y } = at(index, point.value);
        return (
          <g key={point.key}>
            {point.missing ? null : (
              <circle className="chart-point" data-testid="chart-point" data-value={point.value} cx={x} cy={y} r={3.5}>
                <title>{`${point.longLabel}: ${point.valueText}`}</title>
              </circle>
            )}
            <XLabel index={index} count={points.length} every={every} x={x} y={baseline + 16}>
              {point.label}
            </XLabel>
          </g>
        );
      })}
    </ChartSvg>
  );
}
