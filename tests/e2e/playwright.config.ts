// End-to-end tests: the BUILT renderer (dist/renderer) in Debian's Chromium, with window.api wired
// to the real router and services over a real SQLite file (see harness.ts). No web server: the
// harness answers http://caruman.test/ from the files with context.route.
// Run: npx vite build && npx playwright test -c tests/e2e/playwright.config.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: path.join(repoRoot, 'test-results', 'e2e'),
  workers: 2,
  fullyParallel: false,
  // A stray test.only would silently skip every other test: refused everywhere, not only in CI.
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    viewport: { width: 1280, height: 720 },
    locale: 'en-GB',
    timezoneId: 'Asia/Kuala_Lumpur',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
