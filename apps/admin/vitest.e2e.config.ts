import { defineConfig } from 'vitest/config';

/** Drives the real built API and console in headless Chromium; see e2e/server.ts. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
