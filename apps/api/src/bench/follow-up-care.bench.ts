import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { runCareJob } from '../modules/follow-up/follow-up-care.job';
import { newId } from '../shared/ids';
import { ensureDatabase } from './bench-support';

/**
 * The periodic care job (定期关怀) over 20,000 key customers (tier A, monthly) among 100,000: the
 * run on the first working day of the month (the target: under 10 s), then a second run that must
 * create none. Usage: pnpm --filter @sanxin/api build && node apps/api/dist/bench/follow-up-care.bench.js
 * (BENCH_DATABASE_URL, default mysql://root@127.0.0.1:3306/sanxin_bench_care, is dropped and filled afresh).
 */
const KEY = Number(process.env.BENCH_KEY_CUSTOMERS ?? 20_000);
const OTHERS = Number(process.env.BENCH_OTHER_CUSTOMERS ?? 80_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_care';
const ZONE = 'Asia/Shanghai';
/** Tuesday 1 December 2026, 09:00 in Shanghai: the month's first working day; the quarter's calls (tier B) are off. */
const NOW = new Date('2026-12-01T01:00:00Z');
const ROWS_PER_INSERT = 1000;

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
  await dataSource.destroy();
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
      return [newId(at.getTime() - n * 1000), at, at, `基准客户${n}`, tier, agents[n % agents.length].id];
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
