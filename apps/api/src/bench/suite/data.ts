import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password';
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
}

/** The proportions (1,000,500 complaints, 100,200 customers, 301,000 interactions), scaled by `complaints`. */
export function volumeOf(complaints: number): Volume {
  const customers = Math.max(1000, Math.round(complaints / 10));
  return { complaints, customers, interactions: customers * 3 };
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
      const occurredAt = new Date(at.getTime() - Math.floor(((volume.interactions - n) * 730 * 86_400_000) / volume.interactions));
      return [newId(occurredAt.getTime()), occurredAt, occurredAt, customerIds[n % customerIds.length], agents[n % agents.length].id, `回访第${n}次：客户反馈产品使用正常`, occurredAt];
    });
    await insertRows(dataSource, 'interaction (id, version, created_at, updated_at, customer_id, staff_id, channel, direction, summary, occurred_at)', "(?, 1, ?, ?, ?, ?, 'PHONE', 'OUTBOUND', ?, ?)", rows);
  });
  const [category] = (await dataSource.query('SELECT id FROM complaint_category ORDER BY sort_order LIMIT 1')) as Array<{ id: string }>;
  let detailId = '';
  await insertInChunks(volume.complaints, async (start, size) => {
    const rows = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const receivedAt = new Date(at.getTime() - Math.floor(((volume.complaints - n) * 730 * 86_400_000) / volume.complaints));
      const open = n % 10 === 0;
      const dueAt = new Date(receivedAt.getTime() + 2 * 86_400_000);
      const owner = agents[n % agents.length].id;
      const id = newId(receivedAt.getTime());
      const number = n === volume.complaints - 1 ? DETAIL_NUMBER : `BENCH-${n}`;
      if (n === volume.complaints - 1) detailId = id;
      return [id, receivedAt, receivedAt, number, customerIds[n % customerIds.length], receivedAt, owner, owner, category.id, open ? 'INVESTIGATING' : 'CLOSED', receivedAt, dueAt, open ? null : dueAt];
    });
    await insertRows(
      dataSource,
      `complaint (id, version, created_at, updated_at, number, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level, closed_at)`,
      "(?, 1, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, 'MEDIUM', 'CALM', '产品质量问题，要求换货', '换新', ?, 'NORMAL', 0, '[]', ?, 0, ?, 0, ?)",
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
