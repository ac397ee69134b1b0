import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The codes the API writes: `new AppError('X'` (shared/errors.ts and any use case) and `code: 'X'` in format-error.ts. */
function codesWritten(): string[] {
  const read = (file: string) => readFileSync(join(__dirname, '../..', file), 'utf8');
  const built = ['shared/errors.ts', 'modules/auth/auth.service.ts'].flatMap((file) => [...read(file).matchAll(/new AppError\('([A-Z_]+)'/g)].map((m) => m[1]));
  const formatted = [...read('graphql/format-error.ts').matchAll(/code: '([A-Z_]+)'/g)].map((m) => m[1]);
  return [...new Set([...built, ...formatted])];
}

describe('errorCatalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('publishes every error code with its zh-CN and en message, without signing in', async () => {
    const r = await t.gql<{ errorCatalog: Array<{ code: string; zhCN: string; en: string }> }>('{ errorCatalog { code zhCN en } }');
    expect(r.errors).toBeUndefined();
    const catalog = r.data?.errorCatalog ?? [];
    expect(catalog.map((entry) => entry.code)).toEqual([...ERROR_CODES]);
    for (const entry of catalog) {
      expect(entry.zhCN, entry.code).toMatch(/\S/);
      expect(entry.en, entry.code).toMatch(/\S/);
    }
    expect(catalog.find((entry) => entry.code === 'CONFLICT')?.zhCN).toContain('已被他人修改');
  });

  it('lists every code the API writes (shared/errors.ts, format-error.ts)', () => {
    const written = codesWritten();
    expect(written).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']));
    expect(written.filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });
});
