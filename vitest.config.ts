import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Two cores: two forks keep native SQLite work isolated per file without oversubscribing.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // A stray .only would silently skip every other test: refused everywhere, not only in CI.
    allowOnly: false,
  },
});
