import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../modules/complaint/national-categories';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * The complaints list filtered by overdue + category over 1,000,000 complaints (10 % open), over
 * HTTP with the fields the overdue board shows. Usage: pnpm --filter @sanxin/api build &&
 * node apps/api/dist/bench/complaint-list.bench.js. BENCH_DATABASE_URL (default
 * mysql://root@127.0.0.1:3306/sanxin_bench_complaints) is filled once with multi-row INSERTs.
 */
const COUNT = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_complaints';
const NOW = new Date('2026-11-25T02:00:00Z');
const ROWS_PER_INSERT = 2000;
const PASSWORD = 'bench-password-1';

const QUERY = `query($filter: ComplaintFilter, $page: PageInput) {
  complaints(filter: $filter, page: $page) {
    items { id status severity priority dueAt slaState remainingBusinessMinutes escalationLevel receivedAt customer { name } category { nameZh } owner { name } }
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
    const body = (await response.json()) as { data?: { complaints: { items: unknown[]; pageInfo: { endCursor: string } } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.complaints;
  };
  const categoryId = async (code: string) => (await dataSource.query('SELECT id FROM complaint_category WHERE code = ?', [code]))[0].id;
  const quality = await categoryId('QUALITY');
  const second = await post({ filter: { overdue: true, categoryId: quality } });
  const scenarios: Array<[string, Record<string, unknown>]> = [
    ['overdue + category 质量 (most overdue first)', { filter: { overdue: true, categoryId: quality } }],
    ['overdue + category 安全 (rare)', { filter: { overdue: true, categoryId: await categoryId('SAFETY') } }],
    ['overdue + category 质量, next page by cursor', { filter: { overdue: true, categoryId: quality }, page: { after: second.pageInfo.endCursor } }],
    ['all complaints, newest first', {}],
  ];
  console.log(`complaints: ${COUNT}, runs per scenario: ${RUNS}`);
  console.log('scenario | median ms | p95 ms | SQL statements per request');
  for (const [name, variables] of scenarios) {
    for (let i = 0; i < 20; i += 1) await post(variables);
    stats.length = 0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await post(variables);
      times.push(performance.now() - start);
    }
    console.log(`${name} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${[...new Set(stats.map((s) => s.statements))].join('/')}`);
  }
  await app.close();
  await dataSource.destroy();
}

/** Once per database: staff, 2,000 customers and COUNT complaints in the national category mix. */
async function fill(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM complaint');
  if (Number(count) >= COUNT) return;
  const started = performance.now();
  const at = NOW;
  const agents = Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: i === 0 ? 'bench_agent' : `agent${i}` }));
  const hash = await hashPassword(PASSWORD);
  await dataSource.query(
    `INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active) VALUES ${agents.map(() => "(?, 1, ?, ?, ?, ?, ?, 'AGENT', 3, 1)").join(', ')}`,
    agents.flatMap((a) => [a.id, at, at, a.username, hash, a.username]),
  );
  const customers = Array.from({ length: 2000 }, (_, i) => [newId(), at, at, `基准客户${i}`]);
  await dataSource.query(`INSERT INTO customer (id, version, created_at, updated_at, kind, name, tier, lifecycle, tags) VALUES ${customers.map(() => "(?, 1, ?, ?, 'COMPANY', ?, 'B', 'ACTIVE', '[]')").join(', ')}`, customers.flat());
  const categoryRows: Array<{ id: string; code: string }> = await dataSource.query('SELECT id, code FROM complaint_category');
  const ids = new Map(categoryRows.map((c) => [c.code, c.id]));
  // A cumulative table in permille, so row n's category follows the national mix deterministically.
  const mix: Array<[number, string]> = [];
  let total = 0;
  for (const c of NATIONAL_COMPLAINT_CATEGORIES) mix.push([(total += c.share * 10), ids.get(c.code) as string]);
  const categoryOf = (n: number) => (mix.find(([upTo]) => (n * 7919) % 1000 < upTo) ?? mix[mix.length - 1])[1];
  for (let start = 0; start < COUNT; start += ROWS_PER_INSERT) {
    const rows = Array.from({ length: Math.min(ROWS_PER_INSERT, COUNT - start) }, (_, i) => {
      const n = start + i;
      const receivedAt = new Date(NOW.getTime() - Math.floor(((COUNT - n) * 730 * 86_400_000) / COUNT));
      const open = n % 10 === 0 || n > COUNT - 20_000;
      const dueAt = new Date(receivedAt.getTime() + 2 * 86_400_000);
      const owner = agents[n % agents.length].id;
      return [newId(receivedAt.getTime()), receivedAt, receivedAt, customers[n % customers.length][0], receivedAt, owner, owner, categoryOf(n), open ? 'INVESTIGATING' : 'CLOSED', receivedAt, dueAt, open ? null : dueAt];
    });
    await dataSource.query(
      `INSERT INTO complaint (id, version, created_at, updated_at, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level, closed_at)
       VALUES ${rows.map(() => "(?, 1, ?, ?, ?, 'PHONE', ?, ?, ?, ?, 'MEDIUM', 'CALM', '产品质量问题，要求换货', '换新', ?, 'NORMAL', 0, '[]', ?, 0, ?, 0, ?)").join(', ')}`,
      rows.flat(),
    );
  }
  console.log(`filled ${COUNT} complaints in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
