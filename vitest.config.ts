import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    // a caselint server the developer started must not answer the tests' commands (test/server starts its own)
    env: { CASELINT_NO_SERVER: '1' },
    testTimeout: 60_000,
    pool: 'threads',
  },
});
