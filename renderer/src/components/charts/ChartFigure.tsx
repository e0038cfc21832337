// A chart in a <figure> with its title shown above it as the caption (the same title names the
// chart's <svg> for screen readers).
import type { ComponentType } from 'react';
import type { ChartProps } from './ChartSvg';

export function ChartFigure({ Chart, ...chart }: ChartProps & { Chart: ComponentType<ChartProps> }) {
  return (
    <figure className="chart-figure">
      <figcaption className="chart-caption">{chart.title}</figcaption>
      <Chart {...chart} />
    </figure>
  );
}
