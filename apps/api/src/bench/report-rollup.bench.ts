import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addDays, homeItemsFor, localDate, QUALITY_DIMENSIONS, type Role } from '@sanxin/domain';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { type RequestStats, runWithStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { insertEvaluationRows } from '../modules/quality-summary/evaluation-rows';
import { rebuildRollups, refreshDay } from '../modules/report';
import { HOME_ITEMS, homeMoment } from '../modules/report/home-screen.items';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';
import { BENCH_NOW, BENCH_PASSWORD, BENCH_USER, benchInstant, fillBenchData, reportVolumeOf } from './suite/data';

/**
 * The reports at volume (issue 14; decisions 0035, 0042, 0046): the suite's generator in its realistic
 * shape (suite/data.ts: BENCH_COMPLAINTS complaints and BENCH_INTERACTIONS interactions along a month
 * and weekday curve over two years), plus BENCH_FOLLOW_UPS follow-ups with their calls, escalations and
 * urges matching the complaints, four teams of ten agents, a QA inspector and five evaluations per
 * agent and month, and the daily roll-ups of every day. Filled once per database and reused.
 * Measures (median of BENCH_RUNS, with the load average and the SQL statements of each):
 *  - the roll-up of one day (target: under 2 s);
 *  - `homeScreen` over HTTP as an agent, a shift leader, the department manager and QA (under 150 ms);
 *  - `generateMonthlyReport` for last month, the department and one team (under 3 s; regenerated
 *    for the further runs, which gathers the same figures).
 * Usage: pnpm --filter @sanxin/api build && pnpm --filter @sanxin/api bench:report
 * (`bench:monthly-report` times the monthly report only; BENCH_ITEMS=1 times each home item alone;
 * BENCH_REBUILD=1 times a full rebuild; BENCH_ROLLUP=months, when a migration cleared the roll-ups, rebuilds
 * only the three months the monthly report reads; BENCH_FRESH=1 drops the database first).
 */
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 2 * COMPLAINTS);
const FOLLOW_UPS = Number(process.env.BENCH_FOLLOW_UPS ?? COMPLAINTS / 2);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/sanxin_bench_report_${COMPLAINTS}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ONLY = process.env.BENCH_ONLY ?? 'all';
const ZONE = 'Asia/Shanghai';
const HOME = 'query { homeScreen { items { key count } } }';
const LEADER = 'bench_leader';
const QA = 'bench_qa';

const load = () => `load ${loadavg()[0].toFixed(1)}`;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: process.env.BENCH_FRESH === '1' });
  const dataSource = await createDataSource(loadConfig({ DATABASE_URL }).database).initialize();
  await migrate(dataSource);
  await fillBenchData(dataSource, reportVolumeOf(COMPLAINTS, INTERACTIONS));
  await fillReportExtras(dataSource);
  const [state] = await dataSource.query('SELECT name FROM report_rollup_state');
  if (!state && process.env.BENCH_ROLLUP === 'months') {
    // A migration asked for a rebuild: only the three months the monthly report reads (minutes, not the 731 days).
    const start = performance.now();
    const last = previousMonth(localDate(BENCH_NOW, ZONE).slice(0, 7));
    const months = [last, previousMonth(last), `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`];
    for (const month of months)
      for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) await refreshDay(dataSource, day, ZONE, BENCH_NOW);
    // The other days keep their rows until a full rebuild (BENCH_REBUILD=1); a watermark stops the next run rebuilding.
    await dataSource.query("INSERT INTO report_rollup_state (name, watermark) VALUES ('daily', ?)", [BENCH_NOW]);
    console.log(`roll-ups of ${months.join(', ')} rebuilt in ${((performance.now() - start) / 1000).toFixed(1)} s (${load()})`);
  } else if (!state || process.env.BENCH_REBUILD === '1') {
    const start = performance.now();
    const days = await rebuildRollups(dataSource, BENCH_NOW, ZONE);
    console.log(`full rebuild: ${days.length} days in ${((performance.now() - start) / 1000).toFixed(1)} s (${load()})`);
  }
  const stats: RequestStats[] = [];
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const app = await createApp({ dataSource, clock: new FixedClock(BENCH_NOW), config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  if (ONLY === 'all') {
    await benchRollupDay(dataSource);
    await benchHomeScreens(url, dataSource, stats);
  }
  await benchMonthlyReport(url, dataSource, stats);
  await app.close();
  await dataSource.destroy();
}

async function benchRollupDay(dataSource: DataSource): Promise<void> {
  const day = localDate(new Date(BENCH_NOW.getTime() - 86_400_000), ZONE);
  const times: number[] = [];
  const counted: RequestStats = { statements: 0 };
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    await runWithStats(counted, () => refreshDay(dataSource, day, ZONE, BENCH_NOW));
    times.push(performance.now() - start);
  }
  const [{ rows }] = await dataSource.query('SELECT COUNT(*) AS `rows` FROM report_daily_rollup WHERE day = ?', [day]);
  console.log(
    `roll-up of one day (${day}, ${rows} roll-up rows): median ${percentile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} runs, ${counted.statements / times.length} statements (${load()})`,
  );
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** `samples` requests after 3 warm-ups: the median and p95 in ms, the statements of the last one. */
async function timeRequests(stats: RequestStats[], send: () => Promise<unknown>, samples = RUNS): Promise<{ median: number; p95: number; statements: number }> {
  const times: number[] = [];
  for (let i = 0; i < 3 + samples; i += 1) {
    const start = performance.now();
    await send();
    if (i >= 3) times.push(performance.now() - start);
  }
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), statements: stats[stats.length - 1]?.statements ?? 0 };
}

async function benchHomeScreens(url: string, dataSource: DataSource, stats: RequestStats[]): Promise<void> {
  console.log('home screen | items | median ms | p95 ms | statements | load');
  for (const [label, username] of [
    ['agent', 'bench_agent0'],
    ['shift leader', LEADER],
    ['department manager', BENCH_USER],
    ['QA inspector', QA],
  ] as const) {
    const token = await signIn(url, username, BENCH_PASSWORD);
    let items = 0;
    const figure = await timeRequests(stats, async () => {
      items = (await gql(url, token, HOME)).homeScreen.items.length;
    });
    console.log(`${label} | ${items} | ${figure.median.toFixed(1)} | ${figure.p95.toFixed(1)} | ${figure.statements} | ${load()}`);
    if (process.env.BENCH_ITEMS === '1') await timeEachItem(url, token, dataSource, username, stats);
  }
}

/** Each of the viewer's items alone (BENCH_ITEMS=1): which list query makes the home screen slow. */
async function timeEachItem(url: string, token: string, dataSource: DataSource, username: string, stats: RequestStats[]): Promise<void> {
  const [viewer]: Array<{ id: string; role: Role; teamId: string | null }> = await dataSource.query(
    'SELECT id, role, team_id AS teamId FROM staff WHERE username = ?',
    [username],
  );
  const moment = homeMoment(BENCH_NOW, ZONE, viewer.id, viewer.teamId);
  for (const key of homeItemsFor(viewer.role)) {
    const spec = HOME_ITEMS[key];
    const figure = await timeRequests(stats, () => gql(url, token, spec.query, spec.variables(moment)));
    console.log(`  ${key} | ${figure.median.toFixed(1)} ms | ${figure.statements} statements`);
  }
}

const GENERATE = 'mutation($month: String!, $teamId: ID) { generateMonthlyReport(month: $month, teamId: $teamId) { id version } }';
const REGENERATE = 'mutation($id: ID!, $version: Int!) { regenerateMonthlyReport(id: $id, version: $version) { id version } }';

/** Last month's report, for the department and for the leader's team: generated once, then regenerated (the same gathering). */
async function benchMonthlyReport(url: string, dataSource: DataSource, stats: RequestStats[]): Promise<void> {
  const last = previousMonth(localDate(BENCH_NOW, ZONE).slice(0, 7));
  const [team] = await dataSource.query('SELECT team_id AS teamId FROM staff WHERE username = ?', [LEADER]);
  const token = await signIn(url, BENCH_USER, BENCH_PASSWORD);
  console.log(`monthly report ${last} | median ms | p95 ms | statements | load`);
  for (const [label, teamId] of [
    ['department', null],
    ['one team', team.teamId as string],
  ] as const) {
    const scopeKey = teamId ?? 'DEPARTMENT';
    await dataSource.query('DELETE FROM monthly_report_section WHERE report_id IN (SELECT id FROM monthly_report WHERE month = ? AND scope_key = ?)', [last, scopeKey]);
    await dataSource.query('DELETE FROM monthly_report WHERE month = ? AND scope_key = ?', [last, scopeKey]);
    const start = performance.now();
    let report = (await gql(url, token, GENERATE, { month: last, teamId })).generateMonthlyReport as { id: string; version: number };
    const first = performance.now() - start;
    const generated = stats[stats.length - 1]?.statements ?? 0;
    const figure = await timeRequests(stats, async () => {
      report = (await gql(url, token, REGENERATE, { id: report.id, version: report.version })).regenerateMonthlyReport;
    });
    console.log(
      `${label} | ${figure.median.toFixed(0)} | ${figure.p95.toFixed(0)} | ${generated} (generate, ${first.toFixed(0)} ms), ${figure.statements} (regenerate) | ${load()}`,
    );
  }
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Once per database, after the generator: four teams of ten agents (bench_leader leads the first),
 * a QA inspector, FOLLOW_UPS follow-ups with one call each when done, the escalation and urge rows
 * that the complaints' escalation_level and urge_count say happened, and five QA evaluations per agent
 * and month. Big tables are filled with INSERT … SELECT in the database.
 */
async function fillReportExtras(dataSource: DataSource): Promise<void> {
  const [existing] = await dataSource.query('SELECT id FROM staff WHERE username = ?', [QA]);
  if (existing) return;
  const started = performance.now();
  const hash = await hashPassword(BENCH_PASSWORD);
  const agents: Array<{ id: string; username: string }> = await dataSource.query(
    "SELECT id, username FROM staff WHERE role = 'AGENT' AND username LIKE 'bench_agent%' ORDER BY CAST(SUBSTRING(username, 12) AS UNSIGNED)",
  );
  const teams = ['基准一组', '基准二组', '基准三组', '基准四组'].map((name) => ({ id: newId(), name }));
  for (const team of teams)
    await dataSource.query('INSERT INTO team (id, version, created_at, updated_at, name) VALUES (?, 1, ?, ?, ?)', [team.id, BENCH_NOW, BENCH_NOW, team.name]);
  for (const [i, team] of teams.entries())
    await dataSource.query(`UPDATE staff SET team_id = ? WHERE id IN (${agents.slice(i * 10, i * 10 + 10).map(() => '?').join(', ')})`, [
      team.id,
      ...agents.slice(i * 10, i * 10 + 10).map((a) => a.id),
    ]);
  const staff = (username: string, name: string, role: Role, teamId: string | null) =>
    dataSource.query(
      'INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active, team_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 3, 1, ?)',
      [newId(), BENCH_NOW, BENCH_NOW, username, hash, name, role, teamId],
    );
  await staff(LEADER, '基准班长', 'SHIFT_LEADER', teams[0].id);
  await staff(QA, '基准质检员', 'QA_INSPECTOR', null);
  await fillFollowUps(dataSource);
  // A call for each done follow-up, by its assignee, when it was completed.
  await dataSource.query(
    `INSERT INTO follow_up_attempt (id, follow_up_id, at, outcome, identity_verified, actor_id)
     SELECT UUID(), f.id, f.completed_at, 'REACHED', 1, f.assignee_id FROM follow_up f WHERE f.status = 'DONE'`,
  );
  // Escalated to the shift leader (level 1) at the time limit, and to the manager (level 2) a day later.
  for (const level of [1, 2])
    await dataSource.query(
      `INSERT INTO complaint_escalation (id, complaint_id, cycle, level, escalated_at, sweep_id)
       SELECT UUID(), c.id, 0, ?, DATE_ADD(c.due_at, INTERVAL ? HOUR), UUID() FROM complaint c
        WHERE c.escalation_level >= ? AND DATE_ADD(c.due_at, INTERVAL ? HOUR) < ?`,
      [level, (level - 1) * 24, level, (level - 1) * 24, BENCH_NOW],
    );
  // The customer's urges: 6 hours after receipt, and again 30 hours after.
  for (const [nth, hours] of [
    [1, 6],
    [2, 30],
  ])
    await dataSource.query(
      `INSERT INTO complaint_timeline_entry (id, complaint_id, at, actor_id, step, note)
       SELECT UUID(), c.id, DATE_ADD(c.received_at, INTERVAL ? HOUR), c.owner_id, 'urge', '客户来电催办' FROM complaint c
        WHERE c.urge_count >= ? AND DATE_ADD(c.received_at, INTERVAL ? HOUR) < ?`,
      [hours, nth, hours, BENCH_NOW],
    );
  await fillEvaluations(dataSource, agents, teams);
  console.error(`filled teams, follow-ups, calls, escalations, urges and evaluations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** FOLLOW_UPS follow-ups due along the generator's curve, nine in ten done (mostly satisfied), assigned to the customer's owner. */
async function fillFollowUps(dataSource: DataSource): Promise<void> {
  const customers: Array<{ id: string; ownerId: string }> = await dataSource.query('SELECT id, owner_id AS ownerId FROM customer LIMIT 20000');
  const satisfaction = (n: number) => (n % 20 === 0 ? 'UNSATISFIED' : n % 6 === 0 ? 'AVERAGE' : 'SATISFIED');
  for (let start = 0; start < FOLLOW_UPS; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, FOLLOW_UPS - start) }, (_, i) => {
      const n = start + i;
      const customer = customers[n % customers.length];
      const dueAt = benchInstant(n, FOLLOW_UPS, true);
      const completedAt = new Date(dueAt.getTime() + ((n % 7) - 4) * 3_600_000);
      const done = n % 10 !== 0 && completedAt < BENCH_NOW;
      return [newId(dueAt.getTime()), dueAt, dueAt, customer.id, customer.ownerId, dueAt, done ? 'DONE' : 'OPEN', done ? completedAt : null, done ? satisfaction(n) : null];
    });
    await dataSource.query(
      `INSERT INTO follow_up (id, version, created_at, updated_at, customer_id, \`trigger\`, assignee_id, due_at, status, completed_at, satisfaction, attempt_count, serious) VALUES ${rows.map(() => "(?, 1, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, 0, 0)").join(', ')}`,
      rows.flat(),
    );
  }
}

/** Five evaluations per agent and month over the two years; one in twenty disputed, one in forty upheld after a dispute. */
async function fillEvaluations(dataSource: DataSource, agents: Array<{ id: string }>, teams: Array<{ id: string }>): Promise<void> {
  const [inspector] = await dataSource.query('SELECT id FROM staff WHERE username = ?', [QA]);
  const dimensions = QUALITY_DIMENSIONS;
  const rows = [];
  let n = 0;
  for (let m = 0; m < 24; m += 1) {
    const submittedAt = new Date(BENCH_NOW.getTime() - (24 - m) * 30 * 86_400_000);
    const month = localDate(submittedAt, ZONE).slice(0, 7);
    for (const [a, agent] of agents.entries())
      for (let k = 0; k < 5; k += 1) {
        n += 1;
        const scores = dimensions.map((dimension, d) => ({ dimension, score: 20 - ((n + d) % 4), maxScore: 20, comment: (n + d) % 4 === 3 ? '开场白不规范' : null }));
        rows.push({
          agentId: agent.id,
          teamId: teams[Math.floor(a / 10)]?.id ?? null,
          inspectorId: inspector.id,
          month,
          status: n % 40 === 0 ? 'UPHELD' : n % 20 === 0 ? 'DISPUTED' : 'ACKNOWLEDGED',
          total: scores.reduce((sum, s) => sum + s.score, 0),
          submittedAt: new Date(submittedAt.getTime() + k * 86_400_000),
          scores,
        });
      }
  }
  await insertEvaluationRows(dataSource.manager, rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
