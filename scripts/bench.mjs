#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.ts one after another, each in its own Node
// process (through tsx, so they run the TypeScript sources), then the browser benchmarks, prints
// their reports, and writes bench-results.json at the repository root: one flat object, a figure
// (median) per name. Benchmarks hand over figures with reportFigure() (tests/bench/figures.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingChromium } from './chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, 'tests', 'bench');
const RESULTS_FILE = path.join(repoRoot, 'bench-results.json');

/** Every figure and its goal (issue 14). `at_least` for rates, `at_most` for times. */
export const GOALS = {
  statutory_calcs_per_s: { at_least: 5_000_000, unit: '/s' },
  epf_calcs_per_s: { at_least: 5_000_000, unit: '/s' },
  pcb_calcs_per_s: { at_least: 1_000_000, unit: '/s' },
  bulk_50x200_ms: { at_most: 500, unit: 'ms' },
  import_employees_10k_ms: { at_most: 300, unit: 'ms' },
  import_wages_10k_ms: { at_most: 300, unit: 'ms' },
  grid_open_2000_ms: { at_most: 300, unit: 'ms' },
  grid_keystroke_total_2000_ms: { at_most: 16, unit: 'ms' },
  grid_save_2000_ms: { at_most: 300, unit: 'ms' },
  assist_export_500_ms: { at_most: 50, unit: 'ms' },
  dashboard_50_ms: { at_most: 100, unit: 'ms' },
  payroll_run_200_ms: { at_most: 100, unit: 'ms' },
  payslips_200_ms: { at_most: 3_000, unit: 'ms' },
  cli_cold_start_ms: { at_most: null, unit: 'ms' },
  node_cold_start_ms: { at_most: null, unit: 'ms' },
};

const FIGURE_LINE = /^BENCH_FIGURE (\{.*\})\s*$/;

/** Runs a command, echoing its output, and returns the figures it reported. */
function runAndCollect(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const figures = {};
  for (const line of (result.stdout ?? '').split('\n')) {
    const match = FIGURE_LINE.exec(line.trim());
    if (!match) {
      if (line.trim() !== '') process.stdout.write(`${line}\n`);
      continue;
    }
    const { name, value } = JSON.parse(match[1]);
    figures[name] = value;
  }
  return { ok: result.status === 0, figures, status: result.status ?? result.signal };
}

function verdict(name, value) {
  const goal = GOALS[name];
  if (!goal) return { goal: '', ok: true };
  if (goal.at_least !== undefined) return { goal: `≥ ${goal.at_least.toLocaleString('en-US')}`, ok: value >= goal.at_least };
  if (goal.at_most === null) return { goal: '', ok: true };
  return { goal: `≤ ${goal.at_most.toLocaleString('en-US')}`, ok: value <= goal.at_most };
}

const figures = {};
let failed = 0;
// The CLI's cold start is measured on the bundle bin/caruman.mjs runs: build it from the sources now.
const { buildCli } = await import('./build.mjs');
await buildCli();
const files = fs.existsSync(benchDir) ? fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort() : [];
for (const file of files) {
  const run = runAndCollect(process.execPath, ['--import', 'tsx', path.join(benchDir, file)]);
  Object.assign(figures, run.figures);
  if (!run.ok) {
    failed++;
    console.error(`bench ${file} failed (exit ${run.status})`);
  }
}
// Browser benchmarks (tests/bench/browser): the built renderer in Debian's Chromium, timed by a
// Playwright spec from the input event to what is painted.
const browserConfig = path.join(benchDir, 'browser', 'playwright.config.ts');
const noChromium = missingChromium();
if (fs.existsSync(browserConfig) && noChromium) {
  failed++;
  console.error(`browser benchmarks not run. ${noChromium}`);
} else if (fs.existsSync(browserConfig)) {
  const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  const run = build.status === 0 ? runAndCollect(bin('playwright'), ['test', '-c', browserConfig]) : { ok: false, figures: {}, status: build.status };
  Object.assign(figures, run.figures);
  if (!run.ok) {
    failed++;
    console.error('browser benchmarks failed');
  }
}

const ordered = Object.fromEntries(Object.keys(figures).sort((a, b) => (a in GOALS ? Object.keys(GOALS).indexOf(a) : 999) - (b in GOALS ? Object.keys(GOALS).indexOf(b) : 999) || a.localeCompare(b)).map((k) => [k, figures[k]]));
fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(ordered, null, 2)}\n`);
const rows = Object.entries(ordered).map(([name, value]) => {
  const { goal, ok } = verdict(name, value);
  return [name, value.toLocaleString('en-US'), goal, goal ? (ok ? 'ok' : 'MISSED') : ''];
});
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'median', 'goal', ''][i].length));
const line = (r) => r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`\n${line(['figure', 'median', 'goal', ''])}\n${rows.map(line).join('\n')}`);
console.log(`\nwrote ${path.relative(repoRoot, RESULTS_FILE)}`);
process.exit(failed === 0 ? 0 : 1);
