#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.ts one after another, each in its own Node
// process (through tsx, so they run the TypeScript sources), and prints their reports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, 'tests', 'bench');
const files = fs.existsSync(benchDir) ? fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort() : [];
if (files.length === 0) {
  console.log('no benchmarks found in tests/bench');
  process.exit(0);
}

let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${file} failed (exit ${result.status ?? result.signal})`);
  }
}
// Browser benchmarks (tests/bench/browser): the built renderer in Debian's Chromium, timed by a
// Playwright spec that prints its figures.
const browserConfig = path.join(benchDir, 'browser', 'playwright.config.ts');
if (fs.existsSync(browserConfig)) {
  const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  const run = build.status === 0 ? spawnSync(bin('playwright'), ['test', '-c', browserConfig], { cwd: repoRoot, stdio: 'inherit' }) : build;
  if (run.status !== 0) {
    failed++;
    console.error('browser benchmarks failed');
  }
}
process.exit(failed === 0 ? 0 : 1);
