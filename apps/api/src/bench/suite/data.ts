import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../../modules/complaint/national-categories';
import { newId } from '../../shared/ids';

/** The suite's one clock: every server and the generator see this instant as "now". */
export const BENCH_NOW = new Date('2026-11-25T02:00:00Z');
export const BENCH_USER = 'bench_manager';
export const BENCH_PASSWORD = 'bench-password-1';
/** The complaint with 200 timeline entries (the detail workload). */
export const DETAIL_NUMBER = 'BENCH-DETAIL';
const ROWS_PER_INSERT = 2000;

export interface Volume {
  complaints: number;
  customers: number;
  interactions: number;
  /**
   * The report benchmark's shape (decision 0046): rows follow a month and weekday curve over the two
   * years (working hours only), complaints the national category mix, a severity mix, resolution
   * times from hours to weeks and a few open; interactions mixed channels, directions and outcomes.
   * Without it the suite's even spread, as its figures were measured on.
   */
  realistic?: boolean;
}

/** The proportions (1,000,500 complaints, 100,200 customers, 301,000 interactions), scaled by `complaints`. */
export function volumeOf(complaints: number): Volume {
  const customers = Math.max(1000, Math.round(complaints / 10));
  return { complaints, customers, interactions: customers * 3 };
}

/** The report benchmark's volume: the suite's customers for `complaints`, with its own number of interactions. */
export function reportVolumeOf(complaints: number, interactions: number): Volume {
  return { ...volumeOf(complaints), interactions, realistic: true };
}

const DAY_MS = 86_400_000;
const SPAN_DAYS = 730;
// Busier in summer and around 双十一, quieter at 春节 (February) and 国庆 (October); index 0 = January.
const MONTH_WEIGHT = [0.9, 0.65, 1, 1, 1.05, 1.1, 1.25, 1.2, 1.05, 0.85, 1.2, 1];
let curve: { starts: number[]; cumulative: number[] } | null = null;

/** The 730 business days before BENCH_NOW's (Asia/Shanghai), each weighted by month, weekday and a slow growth. */
function dayCurve(): { starts: number[]; cumulative: number[] } {
  if (curve) return curve;
  const todayStart = Date.UTC(BENCH_NOW.getUTCFullYear(), BENCH_NOW.getUTCMonth(), BENCH_NOW.getUTCDate()) - 8 * 3_600_000;
  const starts: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let d = 0; d < SPAN_DAYS; d += 1) {
    const start = todayStart - (SPAN_DAYS - d) * DAY_MS;
    const local = new Date(start + 8 * 3_600_000);
    const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
    total += MONTH_WEIGHT[local.getUTCMonth()] * (weekend ? 0.55 : 1) * (1 + (0.3 * d) / SPAN_DAYS);
    starts.push(start);
    cumulative.push(total);
  }
  curve = { starts, cumulative };
  return curve;
}

/**
 * When row `n` of `total` happened: evenly over the two years before BENCH_NOW, or (realistic) along
 * the day curve, between 08:00 and 20:00 Beijing time. Ascending in `n` either way.
 */
export function benchInstant(n: number, total: number, realistic = false): Date {
  if (!realistic) return new Date(BENCH_NOW.getTime() - Math.floor(((total - n) * 730 * DAY_MS) / total));
  const { starts, cumulative } = dayCurve();
  const target = ((n + 0.5) / total) * cumulative[cumulative.length - 1];
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid] < target) low = mid + 1;
    else high = mid;
  }
  const before = low === 0 ? 0 : cumulative[low - 1];
  const within = (target - before) / (cumulative[low] - before);
  return new Date(starts[low] + 8 * 3_600_000 + Math.floor(within * 12 * 3_600_000));
}

/** A deterministic spread of `n` over [0, 1). */
const spread = (n: number, prime: number) => ((n * prime) % 1000) / 1000;
const pick = <T>(u: number, table: ReadonlyArray<readonly [number, T]>): T => (table.find(([upTo]) => u < upTo) ?? table[table.length - 1])[1];
const SEVERITY = [[0.3, 'LOW'], [0.8, 'MEDIUM'], [0.95, 'HIGH'], [1, 'CRITICAL']] as const;
const DUE_HOURS: Record<string, number> = { LOW: 120, MEDIUM: 72, HIGH: 48, CRITICAL: 24 };
const CHANNEL = [[0.7, 'PHONE'], [0.8, 'ONLINE'], [0.88, 'MESSAGE'], [0.93, 'EMAIL'], [0.98, 'VISIT'], [1, 'LETTER']] as const;
const INBOUND_OUTCOME = [[0.4, 'INFO_GIVEN'], [0.7, 'RESOLVED'], [0.75, 'COMPLAINT_REGISTERED'], [0.9, 'FOLLOW_UP_NEEDED'], [0.95, 'OPPORTUNITY'], [1, 'NO_ANSWER']] as const;
const OUTBOUND_OUTCOME = [[0.5, 'RESOLVED'], [0.7, 'NO_ANSWER'], [0.8, 'OPPORTUNITY'], [1, 'FOLLOW_UP_NEEDED']] as const;

/** A realistic complaint's varying columns: category (national mix), severity, time limit, and when (if) it closed. */
function realisticComplaint(n: number, receivedAt: Date, categoryOf: (n: number) => string) {
  const severity = pick(spread(n, 104_729), SEVERITY);
  const dueAt = new Date(receivedAt.getTime() + DUE_HOURS[severity] * 3_600_000);
  const u = spread(n, 7_919);
  const closedAt = new Date(receivedAt.getTime() + (1 + u * u * u * 240) * 3_600_000 + (n % 60) * 60_000);
  const open = closedAt >= BENCH_NOW || n % 250 === 0;
  // Urged and escalated now and then; the report bench adds the matching timeline and escalation rows.
  const urges = n % 45 === 0 ? 2 : n % 15 === 0 ? 1 : 0;
  const level = n % 100 === 0 ? 2 : n % 20 === 0 ? 1 : 0;
  return { category: categoryOf(n), severity, dueAt, closedAt: open ? null : closedAt, urges, level };
}

/** The category ids in the national mix, chosen deterministically per row. */
async function nationalMix(dataSource: DataSource): Promise<(n: number) => string> {
  const categoryRows: Array<{ id: string; code: string }> = await dataSource.query('SELECT id, code FROM complaint_category');
  const ids = new Map(categoryRows.map((c) => [c.code, c.id]));
  const mix: Array<[number, string]> = [];
  let cumulative = 0;
  for (const c of NATIONAL_COMPLAINT_CATEGORIES) mix.push([(cumulative += c.share * 10), ids.get(c.code) as string]);
  return (n) => (mix.find(([upTo]) => (n * 7919) % 1000 < upTo) ?? mix[mix.length - 1])[1];
}

/**
 * Once per database: 40 agents and the bench's department manager (who sees every phone unmasked, so
 * the three servers answer the same bytes), `customers` companies with two contacts each and an owner,
 * three interactions per customer, `complaints` complaints over the two years before BENCH_NOW, and
 * one complaint with 200 timeline entries. Deterministic but for the ids; skipped when filled.
 */
export async function fillBenchData(dataSource: DataSource, volume: Volume): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM complaint');
  if (Number(count) >= volume.complaints) return;
  if (Number(count) > 0) throw new Error(`the bench database holds ${count} complaints, fewer than ${volume.complaints}: drop it (BENCH_FRESH=1)`);
  const started = performance.now();
  const at = BENCH_NOW;
  const hash = await hashPassword(BENCH_PASSWORD);
  const agents = Array.from({ length: 40 }, (_, i) => ({ id: newId(), username: `bench_agent${i}`, name: `坐席${String(i).padStart(2, '0')}` }));
  await insertRows(
    dataSource,
    'staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active)',
    "(?, 1, ?, ?, ?, ?, ?, 'AGENT', 3, 1)",
    agents.map((a) => [a.id, at, at, a.username, hash, a.name]),
  );
  await dataSource.query(
    "INSERT INTO staff (id, version, created_at, updated_at, username, password_hash, name, role, skill_level, active) VALUES (?, 1, ?, ?, ?, ?, '基准经理', 'DEPT_MANAGER', 3, 1)",
    [newId(), at, at, BENCH_USER, hash],
  );
  const customerIds: string[] = [];
  await insertInChunks(volume.customers, async (start, size) => {
    const rows = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const id = newId();
      customerIds.push(id);
      return [id, at, at, `基准客户${n}`, `1380000${String(n % 10_000).padStart(4, '0')}`, agents[n % agents.length].id];
    });
    await insertRows(dataSource, 'customer (id, version, created_at, updated_at, kind, name, phone, tier, lifecycle, tags, owner_id)', "(?, 1, ?, ?, 'COMPANY', ?, ?, 'B', 'ACTIVE', '[]', ?)", rows);
    const contacts = rows.flatMap(([customerId], i) => [
      [newId(), at, at, customerId, `联系人甲${start + i}`, `1390000${String((start + i) % 10_000).padStart(4, '0')}`, 1],
      [newId(), at, at, customerId, `联系人乙${start + i}`, `1370000${String((start + i) % 10_000).padStart(4, '0')}`, 0],
    ]);
    await insertRows(dataSource, 'contact (id, version, created_at, updated_at, customer_id, name, phone, is_primary)', '(?, 1, ?, ?, ?, ?, ?, ?)', contacts);
  });
  await insertInChunks(volume.interactions, async (start, size) => {
    const rows = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const occurredAt = benchInstant(n, volume.interactions, volume.realistic);
      return [newId(occurredAt.getTime()), occurredAt, occurredAt, customerIds[n % customerIds.length], agents[n % agents.length].id, `回访第${n}次：客户反馈产品使用正常`, occurredAt];
    });
    if (!volume.realistic) {
      await insertRows(dataSource, 'interaction (id, version, created_at, updated_at, customer_id, staff_id, channel, direction, summary, occurred_at)', "(?, 1, ?, ?, ?, ?, 'PHONE', 'OUTBOUND', ?, ?)", rows);
      return;
    }
    const mixed = rows.map((row, i) => {
      const n = start + i;
      const outbound = spread(n, 6_007) < 0.35;
      return [...row, pick(spread(n, 3_001), CHANNEL), outbound ? 'OUTBOUND' : 'INBOUND', pick(spread(n, 9_973), outbound ? OUTBOUND_OUTCOME : INBOUND_OUTCOME)];
    });
    await insertRows(dataSource, 'interaction (id, version, created_at, updated_at, customer_id, staff_id, summary, occurred_at, channel, direction, outcome)', '(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)', mixed);
  });
  const [category] = (await dataSource.query('SELECT id FROM complaint_category ORDER BY sort_order LIMIT 1')) as Array<{ id: string }>;
  const categoryOf = volume.realistic ? await nationalMix(dataSource) : () => category.id;
  let detailId = '';
  await insertInChunks(volume.complaints, async (start, size) => {
    const rows = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const receivedAt = benchInstant(n, volume.complaints, volume.realistic);
      const owner = agents[n % agents.length].id;
      const id = newId(receivedAt.getTime());
      const number = n === volume.complaints - 1 ? DETAIL_NUMBER : `BENCH-${n}`;
      if (n === volume.complaints - 1) detailId = id;
      const c = volume.realistic
        ? realisticComplaint(n, receivedAt, categoryOf)
        : { category: category.id, severity: 'MEDIUM', dueAt: new Date(receivedAt.getTime() + 2 * 86_400_000), closedAt: null as Date | null, urges: 0, level: 0 };
      if (!volume.realistic && n % 10 !== 0) c.closedAt = c.dueAt;
      const open = c.closedAt === null;
      return [id, receivedAt, receivedAt, number, customerIds[n % customerIds.length], receivedAt, owner, owner, c.category, c.severity, open ? 'INVESTIGATING' : 'CLOSED', c.urges, receivedAt, c.dueAt, c.level, c.closedAt];
    });
    await insertRows(
      dataSource,
      `complaint (id, version, created_at, updated_at, number, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level, closed_at)`,
      "(?, 1, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, ?, 'CALM', '产品质量问题，要求换货', '换新', ?, 'NORMAL', ?, '[]', ?, 0, ?, ?, ?)",
      rows,
    );
  });
  const timeline = Array.from({ length: 200 }, (_, i) => {
    const entryAt = new Date(at.getTime() - (200 - i) * 60_000);
    return [newId(entryAt.getTime()), detailId, entryAt, agents[i % agents.length].id, i === 0 ? 'register' : 'handlingOpinion', `处理意见第${i}条：已联系客户，等待质检结果`];
  });
  await insertRows(dataSource, 'complaint_timeline_entry (id, complaint_id, at, actor_id, step, note)', '(?, ?, ?, ?, ?, ?)', timeline);
  console.error(`filled ${volume.complaints} complaints, ${volume.customers} customers, ${volume.interactions} interactions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function insertInChunks(total: number, insert: (start: number, size: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < total; start += ROWS_PER_INSERT) await insert(start, Math.min(ROWS_PER_INSERT, total - start));
}

async function insertRows(dataSource: DataSource, into: string, row: string, rows: unknown[][]): Promise<void> {
  await dataSource.query(`INSERT INTO ${into} VALUES ${rows.map(() => row).join(', ')}`, rows.flat());
}
