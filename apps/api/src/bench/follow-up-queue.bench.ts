import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * 我的回访, the console's work queue, over 1,000,000 follow-ups of 40 agents over two years (5 % still
 * open, every one called at least once, the open ones of the last weeks): 25 rows, `mine`, open ones,
 * due first, with the customer, the last attempt and the calling window, over HTTP as an agent. The
 * target: under 50 ms median, the same statements on every page. Usage: pnpm --filter @sanxin/api build
 * && node apps/api/dist/bench/follow-up-queue.bench.js (BENCH_DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/sanxin_bench_follow_ups, is filled once with multi-row INSERTs).
 */
const COUNT = Number(process.env.BENCH_FOLLOW_UPS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_follow_ups';
/** Wednesday 9 December 2026, 10:00 in Shanghai: inside the morning calling window. */
const NOW = new Date('2026-12-09T02:00:00Z');
const PASSWORD = 'bench-password-1';
const ROWS_PER_INSERT = 2000;

const QUERY = `query($filter: FollowUpFilter, $page: PageInput) {
  followUps(filter: $filter, page: $page) {
    items { id version status trigger dueAt overdue attemptCount nextAttemptAt appointmentAt callWindow { callable nextAt } customer { name phone tier } lastAttempt { outcome at note } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await fill(dataSource);
  const stats: RequestStats[] = [];
  const app = await createApp({ dataSource, clock: new FixedClock(NOW), config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  const token = await signIn(url, 'bench_agent', PASSWORD);
  const post = async (variables: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables }) });
    const body = (await response.json()) as { data?: { followUps: { items: unknown[]; pageInfo: { endCursor: string } } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.followUps;
  };
  const queue = { filter: { mine: true, status: ['OPEN', 'IN_PROGRESS'] }, page: { limit: 25 } };
  const first = await post(queue);
  const scenarios: Array<[string, Record<string, unknown>]> = [
    ['my queue: open, due first, 25 rows', queue],
    ['my queue, next page by cursor', { ...queue, page: { limit: 25, after: first.pageInfo.endCursor } }],
    ['my overdue ones', { filter: { mine: true, overdue: true }, page: { limit: 25 } }],
  ];
  console.log(`follow-ups: ${COUNT}, runs per scenario: ${RUNS}`);
  console.log('scenario | rows | median ms | p95 ms | SQL statements per request');
  for (const [name, variables] of scenarios) {
    for (let i = 0; i < 20; i += 1) await post(variables);
    stats.length = 0;
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      rows = (await post(variables)).items.length;
      times.push(performance.now() - start);
    }
    console.log(`${name} | ${rows} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${[...new Set(stats.map((s) => s.statements))].join('/')}`);
  }
  const [plan] = await dataSource.query(
    "EXPLAIN SELECT id FROM follow_up fu WHERE fu.archived_at IS NULL AND fu.assignee_id = ? AND fu.status IN ('OPEN', 'IN_PROGRESS') ORDER BY fu.due_at, fu.id LIMIT 26",
    [(await dataSource.query("SELECT id FROM staff WHERE username = 'bench_agent'"))[0].id],
  );
  console.log(`the queue's plan: key ${plan.key}, rows ${plan.rows}, ${plan.Extra}`);
  await app.close();
  await dataSource.destroy();
}

/** Once per database: 40 agents, 5,000 customers, `COUNT` follow-ups over the two years before NOW and one attempt each. */
async function fill(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM follow_up');
  if (Number(count) >= COUNT) return;
  const started = performance.now();
  const at = NOW;
  const agents = Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: i === 0 ? 'bench_agent' : `agent${i}` }));
  const hash = await hashPassword(PASSWORD);
  await dataSource.query(
    `INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active) VALUES ${agents.map(() => "(?, 1, ?, ?, ?, ?, ?, 'AGENT', 3, 1)").join(', ')}`,
    agents.flatMap((a) => [a.id, at, at, a.username, hash, `坐席${a.username}`]),
  );
  const customers = Array.from({ length: 5000 }, (_, i) => [newId(), at, at, `基准客户${i}`, `1380000${String(i).padStart(4, '0')}`, agents[i % agents.length].id]);
  for (let start = 0; start < customers.length; start += 1000) {
    const rows = customers.slice(start, start + 1000);
    await dataSource.query(
      `INSERT INTO customer (id, version, created_at, updated_at, kind, name, phone, tier, lifecycle, tags, owner_id) VALUES ${rows.map(() => "(?, 1, ?, ?, 'COMPANY', ?, ?, 'A', 'ACTIVE', '[]', ?)").join(', ')}`,
      rows.flat(),
    );
  }
  const outcomes = ['REACHED', 'NO_ANSWER', 'BUSY', 'APPOINTMENT'];
  for (let start = 0; start < COUNT; start += ROWS_PER_INSERT) {
    const followUps: unknown[][] = [];
    const attempts: unknown[][] = [];
    for (let n = start; n < Math.min(COUNT, start + ROWS_PER_INSERT); n += 1) {
      const createdAt = new Date(NOW.getTime() - Math.floor(((COUNT - n) * 730 * 86_400_000) / COUNT));
      const dueAt = new Date(createdAt.getTime() + 3 * 86_400_000);
      // Row n is customer n % 5000's, whose owner is agent n % 40: the open ones are spread over every agent.
      const open = Math.floor(n / 40) % 20 === 0 || n > COUNT - 10_000;
      const customer = customers[n % customers.length];
      const id = newId(createdAt.getTime());
      const calledAt = new Date(createdAt.getTime() + 3_600_000);
      const outcome = open ? outcomes[1 + (n % 3)] : 'REACHED';
      followUps.push([id, createdAt, calledAt, customer[0], 'PERIODIC_CARE', customer[0], customer[5], dueAt, open ? 'IN_PROGRESS' : 'DONE', open ? null : calledAt, open ? null : 'SATISFIED', open ? null : 5]);
      attempts.push([newId(calledAt.getTime()), id, calledAt, outcome, outcome === 'REACHED' ? '客户表示设备运行正常' : '响铃无人接', customer[5]]);
    }
    await dataSource.query(
      `INSERT INTO follow_up (id, version, created_at, updated_at, customer_id, \`trigger\`, source_id, assignee_id, due_at, status, attempt_count, completed_at, satisfaction, score, serious)
       VALUES ${followUps.map(() => '(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 0)').join(', ')}`,
      followUps.flat(),
    );
    await dataSource.query(
      `INSERT INTO follow_up_attempt (id, follow_up_id, at, outcome, identity_verified, note, actor_id) VALUES ${attempts.map(() => '(?, ?, ?, ?, 1, ?, ?)').join(', ')}`,
      attempts.flat(),
    );
  }
  console.log(`filled ${COUNT} follow-ups and their attempts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
