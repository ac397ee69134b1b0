import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases: on a busy 2-core machine one can take more than vitest's 5 s default.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 } });
