import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The console's folders (CONTRIBUTING.md): a folder under resources/ holds one resource or one feature
 * (its views, pages, queries and messages) and reaches another such folder only through that
 * folder's index.ts, so moving or splitting a folder's insides never breaks its neighbours.
 * Tests are harnesses, not layers: they are not checked.
 */
const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [relative(SRC, path)] : [];
  });
}

/** Every relative import of a file (`import`, `import type`, `export … from`, `import()`), resolved to a file under src/. */
function importsOf(file: string, text: string): string[] {
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName).filter((name) => name.startsWith('.'));
  return specifiers.map((specifier) => {
    const base = resolve(SRC, dirname(file), specifier);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
    if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
    return relative(SRC, target);
  });
}

const folderOf = (file: string): string | null => /^resources\/([^/]+)\//.exec(file)?.[1] ?? null;
const isIndex = (file: string) => /^resources\/[^/]+\/index\.tsx?$/.test(file);

function forbiddenImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const broken: string[] = [];
  for (const [from, targets] of graph) {
    const folder = folderOf(from);
    if (folder === null || /\.test\.tsx?$/.test(from)) continue;
    for (const to of targets) {
      const other = folderOf(to);
      if (other !== null && other !== folder && !isIndex(to)) broken.push(`${from} → ${to}: another folder's insides; export it from resources/${other}/index.ts`);
    }
  }
  return broken;
}

describe('console folders', () => {
  it('a resources/ folder reaches another only through its index.ts', () => {
    const graph = new Map(sourceFiles(join(SRC, 'resources')).map((file) => [file, importsOf(file, readFileSync(join(SRC, file), 'utf8'))]));
    expect(forbiddenImports(graph)).toEqual([]);
  });

  it('the rule itself: an arrow into another folder’s insides is reported, its index.ts and its own insides are not', () => {
    const graph = new Map([
      ['resources/customers/CustomerMerge.tsx', ['resources/scheduling/rosterModel.ts', 'resources/scheduling/index.ts', 'resources/customers/messages.ts']],
      ['resources/customers/CustomerMerge.test.tsx', ['resources/scheduling/rosterModel.ts']],
    ]);
    expect(forbiddenImports(graph)).toEqual([
      "resources/customers/CustomerMerge.tsx → resources/scheduling/rosterModel.ts: another folder's insides; export it from resources/scheduling/index.ts",
    ]);
  });
});
