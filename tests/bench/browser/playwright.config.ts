// Browser benchmarks: the same Chromium, harness and settings as the end-to-end tests, but run by
// `npm run bench` only (they time things; they assert little).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import e2e from '../../e2e/playwright.config';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  ...e2e,
  testDir: here,
  testMatch: '**/*.bench.spec.ts',
  outputDir: path.resolve(here, '..', '..', '..', 'test-results', 'bench'),
  // No trace or screenshots: Playwright's tracing snapshots the page's DOM around every action, on
  // the page's own main thread, which would be timed as if the app were slow.
  use: { ...e2e.use, trace: 'off', screenshot: 'off' },
  workers: 1,
  timeout: 180_000,
  reporter: [['list', { printSteps: false }]],
});
