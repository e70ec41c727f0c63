import { defineConfig } from 'vitest/config';

// Unit, engine, policy and route tests. Browser journeys (e2e/) have their own config.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'policies/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'web/src/**/*.test.ts',
    ],
    exclude: ['node_modules', 'dist', 'e2e'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
