import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { migrate } from '../../db/migrate';
import { makeCustomer, makeStaff, storeNewYearHolidays } from '../../test/factories';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database';
import { Staff } from '../staff';
import { Team } from '../team';
import { createCareFollowUps, runCareJob } from './follow-up-care.job';
import { FollowUp } from './follow-up.entity';

const ZONE = 'Asia/Shanghai';
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** 定期关怀: tier A monthly, tier B quarterly, tier C never (the default settings), from the period's first working day. */
describe('the periodic care job', () => {
  let database: TestDatabase;
  let first: DataSource;
  let second: DataSource;
  const customers: Record<string, string[]> = { A: [], B: [], C: [] };
  let owner: Staff;
  let leader: Staff;
  let orphanId: string;
  let leftId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sanxin_care');
    const config = loadConfig(database.env);
    first = await createDataSource(config.database).initialize();
    // SQLite is one process on one file: its "two processes" share the connection, and take turns.
    second = testDialect === 'sqlite' ? first : await createDataSource(config.database).initialize();
    await migrate(first);
    const teamId = '01900000-0000-7000-8000-0000000000c1';
    const now = at('2026-11-01');
    await first.getRepository(Team).insert({ id: teamId, version: 1, createdAt: now, updatedAt: now, name: '大客户组' });
    owner = await makeStaff(first, { role: 'AGENT', teamId });
    leader = await makeStaff(first, { role: 'SHIFT_LEADER', teamId });
    const former = await makeStaff(first, { role: 'AGENT', teamId, active: false });
    for (const tier of ['A', 'B', 'C'] as const) {
      for (let i = 0; i < 30; i += 1) customers[tier].push((await makeCustomer(first, { tier, ownerId: owner.id, name: `${tier}级客户${i}` })).id);
    }
    orphanId = (await makeCustomer(first, { tier: 'A', ownerId: null })).id;
    leftId = (await makeCustomer(first, { tier: 'A', ownerId: former.id })).id;
    await storeNewYearHolidays(first, [2027]);
  }, 120_000);

  afterAll(async () => {
    await first?.destroy();
    if (second !== first) await second?.destroy();
    await database?.drop();
  });

  const care = (period: string) => first.getRepository(FollowUp).createQueryBuilder('f').where('f.triggerKey LIKE :key', { key: `PERIODIC_CARE:%:${period}` }).getMany();

  it('creates each customer’s follow-up exactly once when two API processes run it at the same moment, and none when run again', async () => {
    const now = at('2026-12-01');
    const runs = await Promise.all([runCareJob(first, now, ZONE), runCareJob(second, now, ZONE), createCareFollowUps(second, now, ZONE)]);
    const monthly = await care('2026-12');
    const quarterly = await care('2026-Q4');
    // Tier A: 30 owned, the one whose owner left (to the leader); the one with no owner is a coverage gap.
    expect(monthly).toHaveLength(31);
    expect(quarterly).toHaveLength(30);
    expect(new Set(monthly.map((f) => f.customerId))).toEqual(new Set([...customers.A, leftId]));
    expect(new Set(quarterly.map((f) => f.customerId))).toEqual(new Set(customers.B));
    const created = runs.map((run) => (typeof run === 'number' ? run : run.created));
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(61);
    expect(monthly.find((f) => f.customerId === leftId)).toMatchObject({ assigneeId: leader.id, status: 'OPEN', trigger: 'PERIODIC_CARE', sourceId: leftId });
    expect(monthly.find((f) => f.customerId === customers.A[0])).toMatchObject({ assigneeId: owner.id, dueAt: at('2026-12-04') });
    expect(monthly.some((f) => f.customerId === orphanId)).toBe(false);
    expect(await runCareJob(first, at('2026-12-15'), ZONE)).toEqual({ ran: true, created: 0 });
  });

  it('waits for the first working day of the period: not on New Year’s Day, then the month and the quarter at once', async () => {
    expect(await runCareJob(first, at('2027-01-01'), ZONE)).toEqual({ ran: true, created: 0 });
    expect(await runCareJob(first, at('2027-01-04'), ZONE)).toEqual({ ran: true, created: 61 });
    expect(await care('2027-01')).toHaveLength(31);
    expect(await care('2027-Q1')).toHaveLength(30);
  });
});
