// How a benchmark hands its figure to `npm run bench`: one line on stdout that scripts/bench.mjs
// picks up and writes to bench-results.json (the names and goals are listed in scripts/bench.mjs).
// Report a median, never a single run.

/** Prints `BENCH_FIGURE {"name":…,"value":…}` for scripts/bench.mjs to collect. */
export function reportFigure(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`bench figure ${name} is not a finite number: ${value}`);
  console.log(`BENCH_FIGURE ${JSON.stringify({ name, value: Math.round(value * 10) / 10 })}`);
}

/** The median of some measurements (the middle one; the lower middle for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
