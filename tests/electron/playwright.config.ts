// Electron end-to-end tests: the real app (dist/main/main.cjs) in a real Electron runtime.
// They skip themselves, with the reason printed, where no Electron binary is installed.
// Run: npx playwright test -c tests/electron/playwright.config.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: here,
  testMatch: '*.electron.spec.ts',
  outputDir: path.join(here, '..', '..', 'test-results', 'electron'),
  workers: 1,
  fullyParallel: false,
  // A stray test.only would silently skip every other test: refused everywhere, not only in CI.
  forbidOnly: true,
  reporter: 'list',
  // The first run builds the app and better-sqlite3 for Electron (scripts/start.mjs --prepare-only).
  timeout: 120_000,
  use: { trace: 'retain-on-failure' },
});
