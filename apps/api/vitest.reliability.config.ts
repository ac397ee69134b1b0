import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The reliability suite: the BUILT API (`dist/main.js`) started as a separate process and hurt on purpose
 * (signals, kill -9, a frozen database, bad requests). `pnpm test:reliability` builds first; CI runs it
 * after `npm test`. One file at a time: these tests start servers and databases and measure time.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/reliability/**/*.reliability.test.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
