import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../db/data-source';
import { migrate } from '../../db/migrate';
import { FixedClock } from '../../shared/clock';
import { makeCustomer } from '../../test/factories';
import { createTestDatabase, testDialect } from '../../test/test-database';
import { startTestApp, type TestApp } from '../../test/test-app';
import { readSlaRules } from './complaint-sla';
import { registerComplaint } from './complaint.service';

const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number } }`;
const SEARCH = `query($q: String) { complaints(filter: { q: $q }) { items { id number } } }`;

/** Issue 8 point 3: every complaint has a number people can read out; unique, per business day, from a counter row. */
describe('complaint numbers (投诉编号)', () => {
  let t: TestApp;
  let agent: { staff: { id: string; role: 'AGENT'; name: string }; token: string };
  let registration: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ TZ_BUSINESS: 'Asia/Shanghai' });
    agent = (await t.staffWithToken('AGENT')) as typeof agent;
    const [{ id: categoryId }] = await t.dataSource.query('SELECT id FROM complaint_category WHERE code = ?', ['QUALITY']);
    registration = { customerId: (await makeCustomer(t.dataSource)).id, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'CALM', description: '冷柜不制冷', customerRequest: '上门维修' };
  });
  afterAll(() => t.close());

  const register = async () => {
    const result = await t.gql(CREATE, { i: registration }, agent.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createComplaint as { id: string; number: string };
  };

  it('numbers by the business day in TZ_BUSINESS, from 1 each day', async () => {
    t.clock.set(new Date('2026-11-30T15:59:00Z')); // 23:59 on 30 November in Shanghai
    expect((await register()).number).toBe('TS-20261130-0001');
    t.clock.set(new Date('2026-11-30T16:00:00Z')); // midnight: 1 December in Shanghai, still 30 November in UTC
    expect((await register()).number).toBe('TS-20261201-0001');
    expect((await register()).number).toBe('TS-20261201-0002');
  });

  it('gives distinct consecutive numbers to complaints registered at once through two API processes', async () => {
    t.clock.set(new Date('2026-12-02T02:00:00Z'));
    // SQLite is one process on one file (a second connection in this process would wait on itself): its registrations share it.
    const other = testDialect === 'sqlite' ? t.dataSource : await createDataSource(t.config.database).initialize();
    try {
      const viewer = { id: agent.staff.id, role: 'AGENT' as const, name: '坐席', sessionId: 's' };
      const now = new Date('2026-12-02T02:00:00Z');
      const context = (dataSource: typeof other) => ({ viewer, dataSource, clock: new FixedClock(now), timeZone: 'Asia/Shanghai', slaRules: () => readSlaRules(dataSource.manager, 'Asia/Shanghai', now) });
      const created = await Promise.all(Array.from({ length: 16 }, (_, i) => registerComplaint(context(i % 2 ? other : t.dataSource), registration as never)));
      expect(created.map((c) => c.number).sort()).toEqual(Array.from({ length: 16 }, (_, i) => `TS-20261202-${String(i + 1).padStart(4, '0')}`));
    } finally {
      if (other !== t.dataSource) await other.destroy();
    }
  });

  it('is found by search: the whole number however typed, or a part of it', async () => {
    t.clock.set(new Date('2026-12-03T02:00:00Z'));
    agent.token = await t.signIn(agent.staff as never); // a new day, a new session
    const complaint = await register();
    const search = async (q: string) => ((await t.gql(SEARCH, { q }, agent.token)).data?.complaints.items as Array<{ id: string }>).map((c) => c.id);
    expect(await search('ts20261203-0001')).toEqual([complaint.id]);
    expect(await search(complaint.number)).toEqual([complaint.id]);
    expect(await search('20261203')).toEqual([complaint.id]);
  });
});

describe('the migration that introduced numbers', () => {
  it('numbers the complaints that were there, per business day in order, and the counters go on from there', async () => {
    const database = await createTestDatabase('sanxin_numbers');
    const config = database.env.SQLITE_PATH ? { type: 'sqlite' as const, path: database.env.SQLITE_PATH } : { type: 'mysql' as const, url: database.env.DATABASE_URL };
    const dataSource = await createDataSource(config).initialize();
    try {
      await migrate(dataSource);
      while ((await dataSource.query("SELECT name FROM migrations WHERE name LIKE 'ComplaintNumbers%'")).length) await dataSource.undoLastMigration();
      const [{ id: categoryId }] = await dataSource.query('SELECT id FROM complaint_category LIMIT 1');
      const insert = (id: string, at: string) =>
        dataSource.query(
          'INSERT INTO complaint (id, version, created_at, updated_at, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion, description, customer_request, status, departments, sla_start_at, due_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [id, at, at, 'cu', 'PHONE', at, 'st', 'st', categoryId, 'LOW', 'CALM', '旧投诉', '处理', 'CLOSED', '', at, at],
        );
      await insert('c', '2026-11-30 20:00:00.000'); // 1 December 04:00 in Shanghai
      await insert('a', '2026-11-30 01:00:00.000');
      await insert('b', '2026-11-30 03:00:00.000');
      await migrate(dataSource);
      const rows: Array<{ id: string; number: string }> = await dataSource.query('SELECT id, number FROM complaint ORDER BY id');
      expect(rows).toEqual([
        { id: 'a', number: 'TS-20261130-0001' },
        { id: 'b', number: 'TS-20261130-0002' },
        { id: 'c', number: 'TS-20261201-0001' },
      ]);
      const counters: Array<{ day: string; last: number | string }> = await dataSource.query('SELECT day, last_sequence AS last FROM complaint_number_counter ORDER BY day');
      expect(counters.map((c) => [c.day, Number(c.last)])).toEqual([['2026-11-30', 2], ['2026-12-01', 1]]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
