import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      // A whole <Admin> renders in a few hundred ms alone, but several seconds on a busy 2-core machine.
      testTimeout: 30_000,
      // Let Vite, not Node, resolve these: the Chinese pack is CommonJS with `exports.default`, and
      // ra-data-graphql imports named exports that @apollo/client 3 only offers as ESM (`module`).
      server: { deps: { inline: ['@haxqer/ra-language-chinese', 'ra-data-graphql'] } },
    },
  }),
);
