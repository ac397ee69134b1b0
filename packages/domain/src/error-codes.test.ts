import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorCatalog } from './error-codes';

describe('the error catalog', () => {
  it('has a zh-CN and an en message for every code', () => {
    const catalog = errorCatalog();
    expect(catalog.map((entry) => entry.code)).toEqual([...ERROR_CODES]);
    for (const entry of catalog) {
      expect(entry.zhCN, entry.code).toMatch(/\S/);
      expect(entry.en, entry.code).toMatch(/\S/);
      expect(entry.zhCN).not.toBe(entry.en);
    }
  });
});
