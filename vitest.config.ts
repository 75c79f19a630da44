import { defineConfig } from 'vitest/config';

/**
 * One run for every workspace. Storage and API suites pick their dialects from TEST_DATABASE_URL
 * (PostgreSQL leg) — see packages/testkit/src/dialects.ts.
 */
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/web/src/**/*.test.tsx', 'apps/web/test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
