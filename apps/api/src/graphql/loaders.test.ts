import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { systemClock } from '../shared/clock';
import { defineLoaders, loaderFactory } from './loaders';

describe('request loaders', () => {
  const scope = { dataSource: {} as DataSource, clock: systemClock, config: loadConfig({}) };
  let created = 0;
  const listed = defineLoaders(() => ({ serial: ++created }));
  const unlisted = defineLoaders(() => ({ serial: 0 }));
  const createLoaders = loaderFactory([{ loaders: [listed] }]);

  it('creates a module’s loaders once per request, on first use', () => {
    const request = { loaders: createLoaders(scope) };
    expect(created).toBe(0);
    expect(listed(request)).toBe(listed(request));
    const next = { loaders: createLoaders(scope) };
    expect(listed(next)).not.toBe(listed(request));
    expect(created).toBe(2);
  });

  it('refuses loaders that no module lists', () => {
    expect(() => unlisted({ loaders: createLoaders(scope) })).toThrow(/listed by no module/);
  });
});
