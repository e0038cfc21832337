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
  workers: 1,
  timeout: 180_000,
  reporter: [['list', { printSteps: false }]],
});
