import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { homeItemsFor, localDate, type Role } from '@sanxin/domain';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { hashPassword } from '../modules/auth/password';
import { rebuildRollups, refreshDay } from '../modules/report';
import { HOME_ITEMS, homeMoment } from '../modules/report/home-screen.items';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';
import { BENCH_NOW, BENCH_PASSWORD, BENCH_USER, fillBenchData, volumeOf } from './suite/data';

/**
 * The daily roll-up (日汇总) and the home screens at volume: the bench suite's generator (suite/data.ts:
 * BENCH_COMPLAINTS complaints over two years, a tenth as many customers, three interactions each),
 * plus BENCH_FOLLOW_UPS follow-ups spread over the same two years. Measures the roll-up of one day
 * (the target: under 2 s), the full rebuild, and `homeScreen` over HTTP as an agent, a shift leader and
 * the department manager (the target: under 150 ms median each).
 * Usage: pnpm --filter @sanxin/api build && node apps/api/dist/bench/report-rollup.bench.js
 * (BENCH_DATABASE_URL, default mysql://root@127.0.0.1:3306/sanxin_bench_report; BENCH_FRESH=1 drops it first).
 */
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const FOLLOW_UPS = Number(process.env.BENCH_FOLLOW_UPS ?? 500_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_report';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ZONE = 'Asia/Shanghai';
const HOME = 'query { homeScreen { items { key count } } }';

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: process.env.BENCH_FRESH === '1' });
  const dataSource = await createDataSource(loadConfig({ DATABASE_URL }).database).initialize();
  await migrate(dataSource);
  await fillBenchData(dataSource, volumeOf(COMPLAINTS));
  await fillFollowUps(dataSource);
  const leader = await ensureLeader(dataSource);

  const day = localDate(new Date(BENCH_NOW.getTime() - 86_400_000), ZONE);
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    await refreshDay(dataSource, day, ZONE, BENCH_NOW);
    times.push(performance.now() - start);
  }
  const [{ rows }] = await dataSource.query('SELECT COUNT(*) AS `rows` FROM report_daily_rollup WHERE day = ?', [day]);
  console.log(
    `roll-up of one day (${day}, ${rows} roll-up rows): median ${percentile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} runs`,
  );
  if (process.env.BENCH_REBUILD === '1') {
    const start = performance.now();
    const days = await rebuildRollups(dataSource, BENCH_NOW, ZONE);
    console.log(`full rebuild: ${days.length} days in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }

  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const app = await createApp({ dataSource, clock: new FixedClock(BENCH_NOW), config });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  console.log('home screen | items | median ms | p95 ms');
  for (const [label, username] of [
    ['agent', 'bench_agent0'],
    ['shift leader', leader],
    ['department manager', BENCH_USER],
  ] as const) {
    const token = await signIn(url, username, BENCH_PASSWORD);
    const samples: number[] = [];
    let items = 0;
    for (let i = 0; i < 5 + RUNS; i += 1) {
      const start = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: HOME }),
      });
      const body = (await response.json()) as { data?: { homeScreen: { items: unknown[] } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      if (i >= 5) samples.push(performance.now() - start);
      items = body.data.homeScreen.items.length;
    }
    console.log(`${label} | ${items} | ${percentile(samples, 0.5).toFixed(1)} | ${percentile(samples, 0.95).toFixed(1)}`);
    if (process.env.BENCH_ITEMS === '1') await timeEachItem(url, token, dataSource, username);
  }
  await app.close();
  await dataSource.destroy();
}

/** Each of the viewer's items alone (BENCH_ITEMS=1): which list query makes the home screen slow. */
async function timeEachItem(url: string, token: string, dataSource: DataSource, username: string): Promise<void> {
  const [viewer]: Array<{ id: string; role: Role; teamId: string | null }> = await dataSource.query(
    'SELECT id, role, team_id AS teamId FROM staff WHERE username = ?',
    [username],
  );
  const moment = homeMoment(BENCH_NOW, ZONE, viewer.id, viewer.teamId);
  for (const key of homeItemsFor(viewer.role)) {
    const spec = HOME_ITEMS[key];
    const samples: number[] = [];
    for (let i = 0; i < 3 + RUNS; i += 1) {
      const start = performance.now();
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: spec.query, variables: spec.variables(moment) }),
      });
      if (i >= 3) samples.push(performance.now() - start);
    }
    console.log(`  ${key} | ${percentile(samples, 0.5).toFixed(1)} ms`);
  }
}

/** FOLLOW_UPS follow-ups due over the two years before BENCH_NOW, four in five done (once per database). */
async function fillFollowUps(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM follow_up');
  if (Number(count) >= FOLLOW_UPS) return;
  const customers: Array<{ id: string; ownerId: string }> = await dataSource.query('SELECT id, owner_id AS ownerId FROM customer LIMIT 20000');
  const started = performance.now();
  for (let start = 0; start < FOLLOW_UPS; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, FOLLOW_UPS - start) }, (_, i) => {
      const n = start + i;
      const customer = customers[n % customers.length];
      const dueAt = new Date(BENCH_NOW.getTime() - Math.floor(((FOLLOW_UPS - n) * 730 * 86_400_000) / FOLLOW_UPS));
      const done = n % 5 !== 0;
      return [
        newId(),
        dueAt,
        dueAt,
        customer.id,
        customer.ownerId,
        dueAt,
        done ? 'DONE' : 'OPEN',
        done ? new Date(dueAt.getTime() - 3_600_000) : null,
        done ? 'SATISFIED' : null,
      ];
    });
    await dataSource.query(
      `INSERT INTO follow_up (id, version, created_at, updated_at, customer_id, \`trigger\`, assignee_id, due_at, status, completed_at, satisfaction, attempt_count, serious) VALUES ${rows.map(() => "(?, 1, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, 0, 0)").join(', ')}`,
      rows.flat(),
    );
  }
  console.error(`filled ${FOLLOW_UPS} follow-ups in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A shift leader and a team holding the first ten agents (the generator's staff have none). */
async function ensureLeader(dataSource: DataSource): Promise<string> {
  const username = 'bench_leader';
  const [existing] = await dataSource.query('SELECT id FROM staff WHERE username = ?', [username]);
  if (existing) return username;
  const teamId = newId();
  await dataSource.query("INSERT INTO team (id, version, created_at, updated_at, name) VALUES (?, 1, ?, ?, '基准一组')", [teamId, BENCH_NOW, BENCH_NOW]);
  await dataSource.query(
    "INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active, team_id) VALUES (?, 1, ?, ?, ?, ?, '基准班长', 'SHIFT_LEADER', 3, 1, ?)",
    [newId(), BENCH_NOW, BENCH_NOW, username, await hashPassword(BENCH_PASSWORD), teamId],
  );
  await dataSource.query(
    "UPDATE staff SET team_id = ? WHERE username IN ('bench_agent0','bench_agent1','bench_agent2','bench_agent3','bench_agent4','bench_agent5','bench_agent6','bench_agent7','bench_agent8','bench_agent9')",
    [teamId],
  );
  return username;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
