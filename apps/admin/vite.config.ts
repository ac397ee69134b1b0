import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const API = 'http://127.0.0.1:4000';

/**
 * `virtual:committed-introspection`: the introspection of apps/api/schema.graphql, computed here at
 * build time instead of in the browser (decision 0048). The browser used to parse the 360 kB SDL and
 * run graphql-js's introspection over it before the first request could leave. Without the file the
 * build fails: a console without it would fail only against a production API (introspection off).
 */
function committedIntrospection(): Plugin {
  const id = 'virtual:committed-introspection';
  const schemaFile = fileURLToPath(new URL('../api/schema.graphql', import.meta.url));
  return {
    name: 'sanxin-committed-introspection',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loadId) {
      if (loadId !== `\0${id}`) return undefined;
      if (!existsSync(schemaFile)) this.error('apps/api/schema.graphql is missing: the console bundles the committed schema (pnpm --filter @sanxin/api schema:emit writes it)');
      this.addWatchFile(schemaFile);
      // Descriptions are documentation only; nothing in the console reads them.
      const schema = introspectionFromSchema(buildSchema(readFileSync(schemaFile, 'utf8')), { descriptions: false }).__schema;
      // JSON.parse of a string literal is faster to load than the same object as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(schema))});`;
    },
  };
}

export default defineConfig({
  plugins: [react(), committedIntrospection()],
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
