import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiProcess } from './api-process';

// The harness itself: the built server starts on SQLite, serves, and is stopped by a signal.
describe('ApiProcess (the reliability harness)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-harness-'));
  const api = new ApiProcess({ name: 'harness', env: { SQLITE_PATH: join(dir, 'sanxin.sqlite'), ADMIN_DIST: dir }, logFile: join(dir, 'api.log') });

  afterAll(async () => {
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the built server on a port of its own, reports healthy, and exits 0 on SIGTERM', async () => {
    await api.start();
    expect(api.port).toBeGreaterThan(0);
    await api.waitHealthy();
    const exit = await api.stop('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(api.lines.some((line) => line.startsWith('SIGTERM'))).toBe(true);
  });
});
