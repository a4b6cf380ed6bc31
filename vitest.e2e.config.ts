import { defineConfig } from 'vitest/config';

/** End-to-end tests drive the built UI in Debian's Chromium; one file at a time, one browser each. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
