import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { hashPassword } from '../modules/auth/password';
import { insertEvaluationRows } from '../modules/quality-summary/evaluation-rows';
import { FixedClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * 质检汇总 and 月考核 (issue 13): 200 agents in 10 teams, 12 months × 5 evaluations × 5 dimensions each
 * (12,000 evaluations, 60,000 scores), plus each agent's November follow-ups (8, 6 answered), complaints
 * (2) and attendance violations (0–2). Measures over HTTP: the monthly QA summary of November (everyone,
 * per team and agent, lowest items, common comments, against October) as a QA inspector, target under
 * 200 ms; and computeMonthlyAssessments for November's 200 agents, target under 1 s, both fresh (200
 * created: the rows are deleted before each run) and again (nothing changed). Usage:
 * pnpm --filter @sanxin/api build && pnpm --filter @sanxin/api bench:quality (BENCH_DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/sanxin_bench_quality, is filled once; BENCH_RUNS runs per scenario).
 */
const AGENTS = 200;
const MONTHS = 12;
const PER_MONTH = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_quality';
/** 10 December 2026, 10:00 in Shanghai: November is the last whole month. */
const NOW = new Date('2026-12-10T02:00:00Z');
const PASSWORD = 'bench-password-1';
const DIMENSIONS = ['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY'];
const COMMENTS = ['语速过快', '未使用标准开场白', '未确认客户需求', '结束语不规范', '态度生硬', '未复述客户问题', null];

const SUMMARY = `query { qualitySummary(period: MONTH, date: "2026-11-15") {
  overall { evaluations average change dimensions { dimension average change } }
  teams { teamId evaluations average previousAverage change dimensions { dimension average change } }
  agents { agentId teamId evaluations average previousAverage change dimensions { dimension average change } }
  lowestItems { evaluationId agentId dimension score maxScore comment } commonComments { phrase count } } }`;
const COMPUTE = 'mutation { computeMonthlyAssessments(input: { month: "2026-11" }) { created updated unchanged } }';

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await fill(dataSource);
  const stats: RequestStats[] = [];
  const app = await createApp({ dataSource, clock: new FixedClock(NOW), config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  const token = await signIn(url, 'bench_qa', PASSWORD);
  const post = async (query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const measure = async (name: string, query: string, before?: () => Promise<void>, describe?: (data: Record<string, unknown>) => string) => {
    for (let i = 0; i < 3; i += 1) {
      await before?.();
      await post(query);
    }
    stats.length = 0;
    const times: number[] = [];
    let last: Record<string, unknown> = {};
    for (let i = 0; i < RUNS; i += 1) {
      await before?.();
      const start = performance.now();
      last = await post(query);
      times.push(performance.now() - start);
    }
    console.log(`${name} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${[...new Set(stats.map((s) => s.statements))].join('/')} | ${describe?.(last) ?? ''}`);
  };
  console.log(`agents: ${AGENTS}, months: ${MONTHS}, evaluations per agent and month: ${PER_MONTH}, runs per scenario: ${RUNS}`);
  console.log('scenario | median ms | p95 ms | SQL statements per request | result');
  await measure('qualitySummary, month, everyone', SUMMARY, undefined, (data) => {
    const s = data.qualitySummary as { overall: { evaluations: number }; agents: unknown[]; teams: unknown[] };
    return `${s.overall.evaluations} evaluations, ${s.teams.length} teams, ${s.agents.length} agents`;
  });
  const clear = async () => {
    await dataSource.query("DELETE FROM monthly_assessment WHERE month = '2026-11'");
  };
  const computed = (data: Record<string, unknown>) => JSON.stringify(data.computeMonthlyAssessments);
  await measure('computeMonthlyAssessments, 200 agents, fresh', COMPUTE, clear, computed);
  await measure('computeMonthlyAssessments, 200 agents, again (nothing changed)', COMPUTE, undefined, computed);
  const [plan] = await dataSource.query("EXPLAIN SELECT e.agent_id, COUNT(*) FROM quality_evaluation e WHERE e.month IN ('2026-11', '2026-10') AND e.status IN ('SUBMITTED', 'ACKNOWLEDGED') GROUP BY e.agent_id");
  console.log(`the totals' plan: key ${plan.key}, rows ${plan.rows}, ${plan.Extra}`);
  await app.close();
  await dataSource.destroy();
}

/** Once per database: the staff, the evaluations of twelve months, November's follow-ups, complaints and violations. */
async function fill(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM quality_evaluation');
  if (Number(count) >= AGENTS * MONTHS * PER_MONTH) return;
  const started = performance.now();
  const hash = await hashPassword(PASSWORD);
  const teams = Array.from({ length: 10 }, (_, i) => ({ id: newId(), name: `质检基准${i + 1}组` }));
  await dataSource.query(`INSERT INTO team (id, version, created_at, updated_at, name) VALUES ${teams.map(() => '(?, 1, ?, ?, ?)').join(', ')}`, teams.flatMap((t) => [t.id, NOW, NOW, t.name]));
  const agents = Array.from({ length: AGENTS }, (_, i) => ({ id: newId(), username: `qa_agent${i}`, teamId: teams[i % teams.length].id, role: 'AGENT' }));
  const staff = [...agents, { id: newId(), username: 'bench_qa', teamId: null, role: 'QA_INSPECTOR' }, { id: newId(), username: 'bench_manager', teamId: null, role: 'DEPT_MANAGER' }];
  await dataSource.query(
    `INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active, team_id) VALUES ${staff.map(() => '(?, 1, ?, ?, ?, ?, ?, ?, 3, 1, ?)').join(', ')}`,
    staff.flatMap((s) => [s.id, NOW, NOW, s.username, hash, `坐席${s.username}`, s.role, s.teamId]),
  );
  const inspectorId = staff[AGENTS].id;
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let m = 0; m < MONTHS; m += 1) {
    const month = `${m === 0 ? 2025 : 2026}-${String(m === 0 ? 12 : m).padStart(2, '0')}`;
    const rows = agents.flatMap((agent) =>
      Array.from({ length: PER_MONTH }, (_, k) => {
        const scores = DIMENSIONS.map((dimension) => {
          const score = Math.min(10, 5 + Math.floor(random() * 6));
          return { dimension, score, maxScore: 10, comment: score < 10 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : null };
        });
        return { agentId: agent.id, teamId: agent.teamId, inspectorId, month, status: k === 0 ? 'ACKNOWLEDGED' : 'SUBMITTED', total: scores.reduce((sum, s) => sum + s.score * 2, 0), submittedAt: new Date(`${month}-${String(3 + k * 5).padStart(2, '0')}T03:00:00Z`), scores };
      }),
    );
    await dataSource.transaction((manager) => insertEvaluationRows(manager, rows));
  }
  const customerId = newId();
  const followUps: unknown[][] = [];
  const violations: unknown[][] = [];
  for (const [i, agent] of agents.entries()) {
    for (let k = 0; k < 8; k += 1) {
      const dueAt = new Date(Date.UTC(2026, 10, 2 + k * 3, 2));
      const completedAt = new Date(dueAt.getTime() + (k % 4 === 0 ? 86_400_000 : -3_600_000));
      followUps.push([newId(), NOW, NOW, customerId, 'MANUAL', agent.id, agent.teamId, dueAt, 'DONE', completedAt, k < 6 ? (k === 2 ? 'UNSATISFIED' : 'SATISFIED') : null]);
    }
    for (let k = 0; k < i % 3; k += 1) violations.push([newId(), agent.id, agent.teamId, 'LATE', new Date(Date.UTC(2026, 10, 5 + k, 1)), '2026-11', 25, NOW]);
  }
  await dataSource.query(
    `INSERT INTO follow_up (id, version, created_at, updated_at, customer_id, \`trigger\`, assignee_id, team_id, due_at, status, attempt_count, completed_at, satisfaction, serious) VALUES ${followUps.map(() => '(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)').join(', ')}`,
    followUps.flat(),
  );
  await dataSource.query(`INSERT INTO attendance_violation (id, staff_id, team_id, kind, occurred_at, month, minutes, created_at) VALUES ${violations.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, violations.flat());
  const [{ id: categoryId }] = await dataSource.query('SELECT id FROM complaint_category LIMIT 1');
  const complaints = agents.flatMap((agent, i) =>
    [0, 1].map((k) => {
      const receivedAt = new Date(Date.UTC(2026, 10, 3 + k * 10, 2));
      const dueAt = new Date(receivedAt.getTime() + 5 * 86_400_000);
      return [newId(), NOW, NOW, `Q${String(i * 2 + k).padStart(7, '0')}`, customerId, receivedAt, agent.id, agent.id, categoryId, '服务态度差', '道歉', receivedAt, dueAt, new Date(dueAt.getTime() + (k === 1 && i % 4 === 0 ? 86_400_000 : -86_400_000))];
    }),
  );
  await dataSource.query(
    `INSERT INTO complaint (id, version, created_at, updated_at, number, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion, description, customer_request, status, departments, sla_start_at, due_at, closed_at) VALUES ${complaints.map(() => "(?, 1, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, 'LOW', 'CALM', ?, ?, 'CLOSED', '[]', ?, ?, ?)").join(', ')}`,
    complaints.flat(),
  );
  console.log(`filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
