import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The built domain package is CommonJS; the browser bundle compiles its TypeScript source instead.
    alias: { '@sanxin/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    // ws: the subscriptions (graphql-ws) share /graphql with queries.
    proxy: { '/graphql': { target: API, ws: true }, '/healthz': API },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
