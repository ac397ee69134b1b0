import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { ApiProcess } from './api-process';

export interface TwoApiProcesses {
  readonly apis: ApiProcess[];
  readonly database: TestDatabase;
}

/**
 * Two built API processes sharing one fresh MariaDB database, started before the calling describe
 * block's tests and stopped after them: what several processes behind a load balancer share.
 */
export function twoApiProcesses(name: string): TwoApiProcesses {
  const dir = mkdtempSync(join(tmpdir(), `sanxin-${name}-`));
  const pair = { apis: [] as ApiProcess[], database: undefined as unknown as TestDatabase };

  beforeAll(async () => {
    pair.database = await createTestDatabase(`sanxin_${name}`);
    const env = { ...pair.database.env, SANXIN_DEMO: '0', ADMIN_DIST: dir };
    pair.apis = ['api-1', 'api-2'].map((process) => new ApiProcess({ name: process, env, logFile: join(dir, `${process}.log`) }));
    // The first migrates; the second then finds the schema current.
    await pair.apis[0].start();
    await pair.apis[1].start();
  });

  afterAll(async () => {
    for (const api of pair.apis) await api.dispose();
    await pair.database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  return pair;
}
