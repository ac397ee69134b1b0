import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // SWC keeps decorator metadata, which esbuild (vitest's default transform) drops: type-graphql needs it.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // One graphql instance: the CommonJS build that type-graphql and Apollo require, never the .mjs twin.
  // The domain package from source, so tests never run against a stale build of it.
  resolve: { alias: { graphql: require.resolve('graphql'), '@sanxin/domain': new URL('../../packages/domain/src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['src/**/*.test.ts'],
    // The reliability suite runs the built server on its own: vitest.reliability.config.ts.
    exclude: ['**/node_modules/**', 'src/reliability/**/*.reliability.test.ts'],
    pool: 'forks',
    // Each file builds its own app on its own database, and every module-level cache is keyed by the
    // DataSource, so the files of a worker can share one module graph: loading the schema, TypeORM and
    // the modules once per worker instead of once per file cuts the suite's time by more than half
    // (14 files: 226 s isolated, 82 s shared, on this 2-core machine). No test mocks modules.
    isolate: false,
    // Generous for a shared 2-core machine under load; a healthy run takes a fraction of it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
