import { defineConfig } from 'vitest/config';

/**
 * Browser journeys (e2e/**\/*.e2e.ts): the real server on a fresh seeded in-memory PGlite per
 * file, driven through Debian's Chromium by playwright-core. One file at a time — each starts a
 * server and a browser, and the machine has two cores shared by everyone.
 *   npx vitest run --config vitest.e2e.config.ts [e2e/foundation/role-menus.e2e.ts]
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    env: { NODE_ENV: 'test' },
  },
});
