// The JavaScript a browser must load before the sign-in page shows: the entry script of the built
// dist/index.html and every chunk it imports statically, gzipped. Pages load later, on demand
// (decision 0028). Fails above the budget. Run after `pnpm --filter @sanxin/admin build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = fileURLToPath(new URL('../dist', import.meta.url));

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const roots = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);

/** Static imports only (`import … from "./x.js"` and `import "./x.js"`); `import("./x.js")` is a lazy page. */
const staticImports = (code) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);

const seen = new Map();
const visit = (file) => {
  if (seen.has(file)) return;
  const code = readFileSync(join(dist, file));
  seen.set(file, gzipSync(code).length);
  for (const next of staticImports(code.toString('utf8'))) visit(next);
};
roots.forEach(visit);

// kB as Vite prints them (1 kB = 1,000 bytes), so the two reports agree.
const kb = (bytes) => (bytes / 1000).toFixed(1);
const total = [...seen.values()].reduce((sum, bytes) => sum + bytes, 0);
for (const [file, bytes] of seen) console.log(`${kb(bytes).padStart(8)} kB  ${file}`);
console.log(`initial JavaScript: ${kb(total)} kB gzip (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1000) {
  console.error('Over budget: load the new code lazily (lazyPage) or see `pnpm --filter @sanxin/admin analyze`.');
  process.exit(1);
}
