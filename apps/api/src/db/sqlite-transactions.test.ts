import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Team } from '../modules/team/team.entity';
import { newRecord } from '../shared/new-record';
import { createDataSource } from './data-source';
import { migrate } from './migrate';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const team = (name: string) => ({ ...newRecord(new Date()), name });

describe('transactions on the embedded SQLite (one connection per process)', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createDataSource({ type: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'sanxin-')), 'tx.sqlite') }).initialize();
    await migrate(dataSource);
  });
  afterAll(() => dataSource.destroy());

  it('keeps concurrent transactions apart: a rollback takes only its own writes, and nobody reads them meanwhile', async () => {
    let seenDuringFailing: string[] = [];
    const failing = dataSource.transaction(async (tx) => {
      await tx.insert(Team, team('回滚的班组'));
      await pause(30);
      throw new Error('rolled back on purpose');
    });
    const committing = dataSource.transaction(async (tx) => {
      await tx.insert(Team, team('提交的班组'));
    });
    const reading = (async () => {
      await pause(5);
      seenDuringFailing = (await dataSource.getRepository(Team).find()).map((t) => t.name);
    })();
    await expect(failing).rejects.toThrow('rolled back on purpose');
    await Promise.all([committing, reading]);
    expect((await dataSource.getRepository(Team).find()).map((t) => t.name)).toEqual(['提交的班组']);
    expect(seenDuringFailing).not.toContain('回滚的班组');
  });

  it('still lets a transaction nest and read its own writes', async () => {
    await dataSource.transaction(async (tx) => {
      await tx.insert(Team, team('外层'));
      await dataSource.transaction(async (inner) => inner.insert(Team, team('内层')));
      expect(await tx.getRepository(Team).countBy([{ name: '外层' }, { name: '内层' }])).toBe(2);
    });
  });
});
