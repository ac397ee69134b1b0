import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of src/ keeps the layout of docs/decisions/0009-module-layout.md:
 * - graphql/, shared/ and db/ (the infrastructure) never import a module;
 * - a module reaches another module only through that module's public file, modules/<name>/index.ts;
 * - only the composition root knows the list of modules (modules/index.ts), which holds each
 *   module's registration file, modules/<name>/<name>.module.ts.
 * Tests, benchmarks and the demo seed are harnesses around the code, not layers of it: they are not checked.
 */
const SRC = __dirname;
const COMPOSITION_ROOT = ['app.ts', 'main.ts', 'schema-file.ts', 'db/data-source.ts'];
const INFRASTRUCTURE = ['graphql/', 'shared/', 'db/', 'http/'];
const HARNESS = [/\.test\.ts$/, /^test\//, /^bench\//, /^db\/seed\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** Every relative import of a file (`import`, `import type`, `export … from`, `import()`), as TypeScript reads it, resolved to a file under src/. */
function importsOf(file: string, text: string): string[] {
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName).filter((name) => name.startsWith('.'));
  return specifiers.map((specifier) => {
    const base = resolve(SRC, dirname(file), specifier);
    const target = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
    if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
    return relative(SRC, target);
  });
}

const moduleOf = (file: string): string | null => (/^modules\/([^/]+)\//.exec(file)?.[1] ?? null);
const isPublicFile = (file: string) => /^modules\/[^/]+\/index\.ts$/.test(file);
const isRegistration = (file: string) => /^modules\/([^/]+)\/\1\.module\.ts$/.test(file);

/** The rules above, one message per forbidden arrow. */
function forbiddenImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const broken: string[] = [];
  for (const [from, targets] of graph) {
    if (HARNESS.some((pattern) => pattern.test(from))) continue;
    for (const to of targets) {
      if (!to.startsWith('modules/')) continue;
      const arrow = `${from} → ${to}`;
      if (from === 'modules/index.ts') {
        if (!isRegistration(to)) broken.push(`${arrow}: the list holds each module's <name>.module.ts, nothing else`);
      } else if (to === 'modules/index.ts') {
        if (!COMPOSITION_ROOT.includes(from)) broken.push(`${arrow}: only the composition root reads the list of modules`);
      } else if (moduleOf(from) === null) {
        if (INFRASTRUCTURE.some((dir) => from.startsWith(dir)) && !COMPOSITION_ROOT.includes(from)) broken.push(`${arrow}: infrastructure never imports a module`);
        else if (!isPublicFile(to)) broken.push(`${arrow}: outside the modules, only a module's index.ts`);
      } else if (moduleOf(from) !== moduleOf(to) && !isPublicFile(to)) {
        broken.push(`${arrow}: another module's internals; export it from modules/${moduleOf(to)}/index.ts`);
      }
    }
  }
  return broken;
}

describe('the import graph', () => {
  const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file, readFileSync(join(SRC, file), 'utf8'))]));

  it('is read whole: every module is reached from the list, and the list from the composition root', () => {
    const listed = graph.get('modules/index.ts') ?? [];
    const modules = readdirSync(join(SRC, 'modules')).filter((name) => statSync(join(SRC, 'modules', name)).isDirectory());
    expect(listed.filter(isRegistration).map(moduleOf).sort()).toEqual(modules.sort());
    expect(graph.get('app.ts')).toContain('modules/index.ts');
  });

  it('has no arrow from graphql/, shared/ or db/ into a module, nor into another module’s internals', () => {
    expect(forbiddenImports(graph)).toEqual([]);
  });

  it('would catch each kind of forbidden arrow', () => {
    const wrong = new Map([
      ['graphql/loaders.ts', ['modules/staff/index.ts']],
      ['shared/errors.ts', ['modules/index.ts']],
      ['modules/contract/contract.service.ts', ['modules/customer/customer.entity.ts', 'modules/customer/index.ts', 'modules/contract/contract.entity.ts']],
      ['app.ts', ['modules/auth/auth.service.ts', 'modules/index.ts']],
      ['modules/index.ts', ['modules/staff/staff.module.ts', 'modules/staff/staff.resolver.ts']],
      ['modules/customer/customer.test.ts', ['modules/staff/staff.entity.ts']],
    ]);
    expect(forbiddenImports(wrong)).toEqual([
      'graphql/loaders.ts → modules/staff/index.ts: infrastructure never imports a module',
      'shared/errors.ts → modules/index.ts: only the composition root reads the list of modules',
      "modules/contract/contract.service.ts → modules/customer/customer.entity.ts: another module's internals; export it from modules/customer/index.ts",
      "app.ts → modules/auth/auth.service.ts: outside the modules, only a module's index.ts",
      "modules/index.ts → modules/staff/staff.resolver.ts: the list holds each module's <name>.module.ts, nothing else",
    ]);
  });
});
