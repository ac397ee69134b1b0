import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { systemClock } from '../shared/clock';
import { ByIdLoader, defineLoaders, loaderFactory } from './loaders';

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

describe('rows primed from a joined read', () => {
  type Row = { id: string; name: string; phone?: string };
  const reads: string[][] = [];
  const dataSource = {
    getRepository: () => ({
      find: async ({ select }: { select?: Record<string, boolean> }) => {
        reads.push(Object.keys(select ?? {}));
        return [{ id: 'a', name: '张伟', phone: '13800000000' }];
      },
    }),
  } as unknown as DataSource;

  it('come back as the row itself for the same or a narrower projection, without a read', async () => {
    const loader = new ByIdLoader<Row>(dataSource, 'staff');
    const row = { id: 'a', name: '张伟' };
    loader.primeSelected('a', ['id', 'name'], row);
    expect(loader.loadSelected('a', ['id', 'name'])).toBe(row);
    expect(loader.loadSelected('a', ['name'])).toBe(row);
    loader.primeSelected('b', ['id', 'name'], null);
    expect(loader.loadSelected('b', ['name'])).toBeNull();
    expect(reads).toEqual([]);
  });

  it('are read when the projection is wider, and forgotten when cleared', async () => {
    const loader = new ByIdLoader<Row>(dataSource, 'staff');
    loader.primeSelected('a', ['id', 'name'], { id: 'a', name: '张伟' });
    const wider = loader.loadSelected('a', ['id', 'name', 'phone']);
    expect(wider).toBeInstanceOf(Promise);
    expect((await wider)?.phone).toBe('13800000000');
    loader.clearAll();
    expect(loader.loadSelected('a', ['name'])).toBeInstanceOf(Promise);
  });
});
