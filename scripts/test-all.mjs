#!/usr/bin/env node
// `npm test`: every check and every suite, one after another, then one closing line
// `N passed, N failed[, N skipped]` counted over all of them. Each typecheck, the lint, the build
// and the security scan count as one check; the test runners count their own tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingChromium } from './chromium.mjs';
import { countPlaywright, countVitest } from './test-counts.mjs';
import { TSCONFIGS } from './typecheck.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.test-output');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

// Said first, in one line, rather than as one failure per browser test at the end.
const noChromium = missingChromium();
if (noChromium) process.stdout.write(`\n${noChromium}\n`);

function run(label, command, args, env = {}) {
  process.stdout.write(`\n━━ ${label} ━━\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds, status: result.status };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds}s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function suite(label, command, args, jsonFile, count, env = {}) {
  const { ok, seconds } = run(label, command, args, env);
  const report = readJson(jsonFile);
  const counted = report ? count(report) : { passed: 0, failed: 0, skipped: 0 };
  // A runner that crashed or failed outside any test still fails the run.
  if (!ok && counted.failed === 0) counted.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  lines.push(
    `${counted.failed ? 'FAIL' : 'ok  '} ${label}: ${counted.passed} passed, ${counted.failed} failed, ${counted.skipped} skipped (${seconds}s)`,
  );
}

for (const config of TSCONFIGS) {
  check(`typecheck ${config}`, bin('tsc'), ['--noEmit', '-p', config]);
}
check('lint (eslint, with import boundaries)', bin('eslint'), ['.', '--max-warnings=0']);

const vitestJson = path.join(outDir, 'vitest.json');
suite('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], vitestJson, countVitest);

const built = check('build (renderer, main, preload, CLI)', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);

const screenshotDir = process.env.CARUMAN_SCREENSHOT_DIR ?? path.join(root, 'test-results', 'screenshots');
for (const [label, config, name] of [
  ['end-to-end tests in Chromium (playwright)', 'tests/e2e/playwright.config.ts', 'e2e'],
  ['Electron end-to-end tests (playwright _electron)', 'tests/electron/playwright.config.ts', 'electron'],
]) {
  if (!fs.existsSync(path.join(root, config))) continue;
  if (!built) {
    totals.failed += 1;
    lines.push(`FAIL ${label}: not run because the build failed`);
    continue;
  }
  if (name === 'e2e' && noChromium) {
    totals.failed += 1;
    lines.push(`FAIL ${label}: not run. ${noChromium}`);
    continue;
  }
  const json = path.join(outDir, `${name}.json`);
  suite(label, bin('playwright'), ['test', '-c', config, '--reporter=list,json'], json, countPlaywright, {
    PLAYWRIGHT_JSON_OUTPUT_FILE: json,
    CARUMAN_SCREENSHOT_DIR: screenshotDir,
  });
}

const securityScan = path.join(root, 'scripts', 'security-scan.mjs');
if (fs.existsSync(securityScan)) check('security scan (electronegativity)', process.execPath, [securityScan]);

process.stdout.write(`\n━━ summary ━━\n${lines.join('\n')}\n`);
if (fs.existsSync(screenshotDir)) process.stdout.write(`screenshots: ${screenshotDir}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
