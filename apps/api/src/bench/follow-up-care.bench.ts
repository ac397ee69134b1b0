import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { runCareJob } from '../modules/follow-up/follow-up-care.job';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * The periodic care job (定期关怀) over 20,000 key customers (tier A, monthly) among 100,000: the
 * run on the first working day of the month (the target: under 10 s), then a second run that must
 * create none. Then key-customer coverage: 70 % of those calls done, `followUpCoverage` for the month
 * over HTTP as the manager, the whole department and one team (the target: under 500 ms median).
 * Usage: pnpm --filter @sanxin/api build && node apps/api/dist/bench/follow-up-care.bench.js
 * (BENCH_DATABASE_URL, default mysql://root@127.0.0.1:3306/sanxin_bench_care, is dropped and filled afresh).
 */
const KEY = Number(process.env.BENCH_KEY_CUSTOMERS ?? 20_000);
const OTHERS = Number(process.env.BENCH_OTHER_CUSTOMERS ?? 80_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_care';
const ZONE = 'Asia/Shanghai';
/** Tuesday 1 December 2026, 09:00 in Shanghai: the month's first working day; the quarter's calls (tier B) are off. */
const NOW = new Date('2026-12-01T01:00:00Z');
const ROWS_PER_INSERT = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PASSWORD = 'bench-password-1';

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: true });
  const dataSource = await createDataSource(loadConfig({ DATABASE_URL }).database).initialize();
  await migrate(dataSource);
  // Tier B is quarterly by default: switched off, so the run measures the 20,000 key customers alone.
  await dataSource.query("INSERT INTO setting (`key`, value, version, updated_at) VALUES ('followUp.careCadence.B', 0, 1, ?)", [NOW]);
  const started = performance.now();
  await fill(dataSource);
  console.log(`filled ${KEY} key customers and ${OTHERS} others in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const label of ['first run (the month’s care calls)', 'second run (must create none)']) {
    const start = performance.now();
    const result = await runCareJob(dataSource, NOW, ZONE);
    console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s, created ${result.created}`);
  }
  await measureCoverage(dataSource);
  await dataSource.destroy();
}

const COVERAGE = `query($teamId: ID) { followUpCoverage(period: "2026-12", teamId: $teamId, page: { limit: 25 }) {
  total covered percent gapCount gaps { customer { id name tier owner { name } } openFollowUp { id status dueAt assignee { name } } }
} }`;

/** 70 % of the month's care calls done, then the coverage screen's query, as the manager sees it. */
async function measureCoverage(dataSource: DataSource): Promise<void> {
  const done = new Date(NOW.getTime() + 86_400_000);
  await dataSource.query("UPDATE follow_up SET status = 'DONE', completed_at = ?, satisfaction = 'SATISFIED', score = 5 WHERE `trigger` = 'PERIODIC_CARE' AND MOD(CRC32(id), 10) < 7", [done]);
  await dataSource.query(
    "INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active) VALUES (?, 1, ?, ?, 'bench_manager', ?, '林慧敏', 'DEPT_MANAGER', 5, 1)",
    [newId(), NOW, NOW, await hashPassword(PASSWORD)],
  );
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const stats: RequestStats[] = [];
  const app = await createApp({ dataSource, clock: new FixedClock(new Date(done.getTime() + 86_400_000)), config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  const token = await signIn(url, 'bench_manager', PASSWORD);
  const [{ id: teamId }] = await dataSource.query("SELECT id FROM team ORDER BY name LIMIT 1");
  console.log('coverage | key customers | covered % | median ms | p95 ms | SQL statements per request');
  for (const [label, variables] of [['the department', {}], ['one team', { teamId }]] as const) {
    const times: number[] = [];
    let answer: { total: number; percent: number } | undefined;
    for (let i = 0; i < 5 + RUNS; i += 1) {
      if (i === 5) stats.length = 0;
      const start = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: COVERAGE, variables }) });
      const body = (await response.json()) as { data?: { followUpCoverage: { total: number; percent: number } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      if (i >= 5) times.push(performance.now() - start);
      answer = body.data.followUpCoverage;
    }
    console.log(`${label} | ${answer?.total} | ${answer?.percent} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${[...new Set(stats.map((s) => s.statements))].join('/')}`);
  }
  await app.close();
}

async function fill(dataSource: DataSource): Promise<void> {
  const at = NOW;
  const teams = Array.from({ length: 5 }, (_, i) => ({ id: newId(), name: `${i + 1}班` }));
  await dataSource.query(`INSERT INTO team (id, version, created_at, updated_at, name) VALUES ${teams.map(() => '(?, 1, ?, ?, ?)').join(', ')}`, teams.flatMap((t) => [t.id, at, at, t.name]));
  const staff = [
    ...teams.map((team, i) => ({ id: newId(), username: `leader${i}`, role: 'SHIFT_LEADER', teamId: team.id, active: 1 })),
    // One agent in ten has left: their customers go to their team's leader.
    ...Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: `agent${i}`, role: 'AGENT', teamId: teams[i % teams.length].id, active: i % 10 === 9 ? 0 : 1 })),
  ];
  await dataSource.query(
    `INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active, team_id) VALUES ${staff.map(() => "(?, 1, ?, ?, ?, 'x', ?, ?, 3, ?, ?)").join(', ')}`,
    staff.flatMap((s) => [s.id, at, at, s.username, s.username, s.role, s.active, s.teamId]),
  );
  const agents = staff.filter((s) => s.role === 'AGENT');
  const total = KEY + OTHERS;
  for (let start = 0; start < total; start += ROWS_PER_INSERT) {
    const rows = Array.from({ length: Math.min(ROWS_PER_INSERT, total - start) }, (_, i) => {
      const n = start + i;
      const tier = n % 5 === 0 && n / 5 < KEY ? 'A' : n % 2 === 0 ? 'B' : 'C';
      // Every fifth customer is a key one; its owner cycles through the agents, so each team has its share.
      return [newId(at.getTime() - n * 1000), at, at, `基准客户${n}`, tier, agents[Math.floor(n / 5) % agents.length].id];
    });
    await dataSource.query(
      `INSERT INTO customer (id, version, created_at, updated_at, kind, name, tier, lifecycle, tags, owner_id) VALUES ${rows.map(() => "(?, 1, ?, ?, 'COMPANY', ?, ?, 'ACTIVE', '[]', ?)").join(', ')}`,
      rows.flat(),
    );
  }
  const [{ count }] = await dataSource.query("SELECT COUNT(*) AS count FROM customer WHERE tier = 'A'");
  if (Number(count) !== KEY) throw new Error(`expected ${KEY} key customers, filled ${count}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
