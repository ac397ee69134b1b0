import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { type App, createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../modules/complaint/national-categories';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, signIn } from './bench-support';

const BENCH_PASSWORD = 'bench-password-1';
const ROWS_PER_INSERT = 2000;

export interface ComplaintBench {
  dataSource: DataSource;
  app: App;
  /** The GraphQL endpoint, and the token of `bench_agent`. */
  url: string;
  token: string;
  /** Each request's statements, appended as requests finish. */
  stats: RequestStats[];
}

/** The API in production mode over `total` complaints in the database at `databaseUrl` (filled once), its clock at `now`, signed in. */
export async function startComplaintBench(databaseUrl: string, total: number, now: Date): Promise<ComplaintBench> {
  await ensureDatabase(databaseUrl);
  const config = loadConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await fillComplaints(dataSource, total, now);
  const stats: RequestStats[] = [];
  const app = await createApp({ dataSource, clock: new FixedClock(now), config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  return { dataSource, app, url, token: await signIn(url, 'bench_agent', BENCH_PASSWORD), stats };
}

/** Once per database: 40 agents, 2,000 customers and `total` complaints over the two years before `now`, in the national category mix (10 % open). */
async function fillComplaints(dataSource: DataSource, total: number, now: Date): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM complaint');
  if (Number(count) >= total) return;
  const started = performance.now();
  const at = now;
  const agents = Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: i === 0 ? 'bench_agent' : `agent${i}` }));
  const hash = await hashPassword(BENCH_PASSWORD);
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
  let cumulative = 0;
  for (const c of NATIONAL_COMPLAINT_CATEGORIES) mix.push([(cumulative += c.share * 10), ids.get(c.code) as string]);
  const categoryOf = (n: number) => (mix.find(([upTo]) => (n * 7919) % 1000 < upTo) ?? mix[mix.length - 1])[1];
  for (let start = 0; start < total; start += ROWS_PER_INSERT) {
    const rows = Array.from({ length: Math.min(ROWS_PER_INSERT, total - start) }, (_, i) => {
      const n = start + i;
      const receivedAt = new Date(now.getTime() - Math.floor(((total - n) * 730 * 86_400_000) / total));
      const open = n % 10 === 0 || n > total - 20_000;
      const dueAt = new Date(receivedAt.getTime() + 2 * 86_400_000);
      const owner = agents[n % agents.length].id;
      return [newId(receivedAt.getTime()), receivedAt, receivedAt, `BENCH-${n}`, customers[n % customers.length][0], receivedAt, owner, owner, categoryOf(n), open ? 'INVESTIGATING' : 'CLOSED', receivedAt, dueAt, open ? null : dueAt];
    });
    await dataSource.query(
      `INSERT INTO complaint (id, version, created_at, updated_at, number, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level, closed_at)
       VALUES ${rows.map(() => "(?, 1, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, 'MEDIUM', 'CALM', '产品质量问题，要求换货', '换新', ?, 'NORMAL', 0, '[]', ?, 0, ?, 0, ?)").join(', ')}`,
      rows.flat(),
    );
  }
  console.log(`filled ${total} complaints in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
