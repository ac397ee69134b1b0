import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { runEscalationSweep } from '../modules/complaint/complaint-escalation.job';
import { newId } from '../shared/ids';
import { ensureDatabase } from './bench-support';

/**
 * Escalation sweeps over 100,000 open complaints registered evenly over the last 30 days: a
 * catch-up sweep (as after a long outage: most of the backlog escalates at once), then the sweep
 * the job runs one minute later (the target: under 2 s), then one that finds nothing new. Usage: pnpm --filter @sanxin/api build &&
 * node apps/api/dist/bench/complaint-escalation.bench.js (BENCH_DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/sanxin_bench_escalation, is dropped and filled afresh).
 */
const COUNT = Number(process.env.BENCH_COMPLAINTS ?? 100_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_escalation';
const ZONE = 'Asia/Shanghai';
const NOW = new Date('2026-11-25T02:00:00Z');
const ROWS_PER_INSERT = 1000;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: true });
  const dataSource = await createDataSource(loadConfig({ DATABASE_URL }).database).initialize();
  await migrate(dataSource);
  const started = performance.now();
  await fill(dataSource);
  console.log(`filled ${COUNT} open complaints in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const sweeps: Array<[string, Date]> = [
    ['catch-up sweep (the whole backlog)', new Date(NOW.getTime() - 60_000)],
    ['the next minute\'s sweep', NOW],
    ['a sweep that finds nothing new', NOW],
  ];
  for (const [label, at] of sweeps) {
    const start = performance.now();
    const result = await runEscalationSweep(dataSource, at, ZONE);
    console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms, escalated to leaders ${result.escalated[1]}, to the manager ${result.escalated[2]}`);
  }
  await dataSource.destroy();
}

async function fill(dataSource: DataSource): Promise<void> {
  const at = NOW;
  const teams = Array.from({ length: 5 }, (_, i) => ({ id: newId(), name: `${i + 1}班` }));
  await dataSource.query(`INSERT INTO team (id, version, created_at, updated_at, name) VALUES ${teams.map(() => '(?, 1, ?, ?, ?)').join(', ')}`, teams.flatMap((t) => [t.id, at, at, t.name]));
  const staff = [
    ...teams.map((team, i) => ({ id: newId(), username: `leader${i}`, role: 'SHIFT_LEADER', teamId: team.id })),
    ...Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: `agent${i}`, role: 'AGENT', teamId: teams[i % teams.length].id })),
    { id: newId(), username: 'manager', role: 'DEPT_MANAGER', teamId: null },
  ];
  await dataSource.query(
    `INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active, team_id) VALUES ${staff.map(() => "(?, 1, ?, ?, ?, 'x', ?, ?, 3, 1, ?)").join(', ')}`,
    staff.flatMap((s) => [s.id, at, at, s.username, s.username, s.role, s.teamId]),
  );
  const agents = staff.filter((s) => s.role === 'AGENT');
  const [{ id: categoryId }] = await dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'");
  const customerId = newId();
  await dataSource.query("INSERT INTO customer (id, version, created_at, updated_at, kind, name, tier, lifecycle, tags) VALUES (?, 1, ?, ?, 'COMPANY', '基准客户', 'C', 'ACTIVE', '[]')", [customerId, at, at]);
  for (let start = 0; start < COUNT; start += ROWS_PER_INSERT) {
    const rows = Array.from({ length: Math.min(ROWS_PER_INSERT, COUNT - start) }, (_, i) => {
      const n = start + i;
      // Evenly over the last 30 days, one about every 26 seconds.
      const receivedAt = new Date(NOW.getTime() - Math.floor(((n + 1) * 30 * 86_400_000) / COUNT));
      const owner = agents[n % agents.length].id;
      return [newId(receivedAt.getTime()), receivedAt, receivedAt, customerId, receivedAt, owner, owner, categoryId, receivedAt, receivedAt];
    });
    await dataSource.query(
      `INSERT INTO complaint (id, version, created_at, updated_at, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level)
       VALUES ${rows.map(() => "(?, 1, ?, ?, ?, 'PHONE', ?, ?, ?, ?, 'LOW', 'CALM', '冷柜不制冷', '换新', 'INVESTIGATING', 'NORMAL', 0, '[]', ?, 0, ?, 0)").join(', ')}`,
      rows.flat(),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
