import { createServer, type IncomingMessage } from 'node:http';
import { complaintNumber, complaintNumberDay } from '@sanxin/domain';
import { createPool, type Pool, type PoolConnection, type RowDataPacket } from 'mysql2/promise';
import { newId } from '../../shared/ids';
import { BENCH_NOW, BENCH_USER } from './data';
import type { ServerTotals } from './servers';
import { decodeListCursor, type WorkloadName } from './workloads';

/**
 * The floor (issue 15): hand-written mysql2 queries behind a bare node:http server, answering the
 * workloads' GraphQL bodies byte for byte (`POST /<workload>` with the GraphQL variables as its body).
 * No authentication, no validation beyond the reads a create needs, no GraphQL: the least any server
 * could do for these answers. Not part of the product.
 */
export async function startFloor(databaseUrl: string, totals: ServerTotals): Promise<number> {
  const pool = createPool({ uri: databaseUrl, timezone: 'Z', connectionLimit: 10, charset: 'utf8mb4' });
  const query = async <T = RowDataPacket[]>(db: Pool | PoolConnection, sql: string, params: unknown[] = []): Promise<T> => {
    totals.statements += 1;
    const [rows] = await db.query(sql, params);
    return rows as T;
  };
  // The signed-in person of the other two servers: the floor records complaints in their name.
  const [[viewer]] = (await pool.query('SELECT id FROM staff WHERE username = ?', [BENCH_USER])) as unknown as [Array<{ id: string }>];
  const handlers: Record<WorkloadName, (variables: Record<string, any>) => Promise<unknown>> = {
    list: (v) => listComplaints(query, pool, v.page),
    keyset: (v) => listComplaints(query, pool, v.page),
    offset: (v) => listComplaints(query, pool, v.page),
    detail: (v) => complaintDetail(query, pool, v.id),
    nested: (v) => interactions(query, pool, v.page),
    create: (v) => createComplaint(query, pool, viewer.id, v.input),
  };
  const server = createServer(async (req, res) => {
    try {
      const name = (req.url ?? '').slice(1) as WorkloadName;
      const variables = JSON.parse(await body(req));
      const data = await handlers[name](variables);
      totals.requests += 1;
      // Apollo ends its answers with a newline: so does the floor, byte for byte.
      const json = `${JSON.stringify({ data })}\n`;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

type Query = <T = RowDataPacket[]>(db: Pool | PoolConnection, sql: string, params?: unknown[]) => Promise<T>;

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const named = (name: string | null) => (name == null ? null : { name });

/** One statement: the page's ids from the (received_at, id) index (a deferred join for an offset), then the rows with customer and owner. */
async function listComplaints(query: Query, pool: Pool, page: { limit: number; offset?: number; after?: string }) {
  const params: unknown[] = [];
  let where = '';
  if (page.after) {
    const { receivedAt, id } = decodeListCursor(page.after);
    where = 'WHERE received_at < ? OR (received_at = ? AND id < ?)';
    params.push(receivedAt, receivedAt, id);
  }
  params.push(page.limit, page.offset ?? 0);
  const rows = await query(
    pool,
    `SELECT c.id, c.number, c.status, c.received_at, cu.name AS customer_name, s.name AS owner_name
       FROM (SELECT id FROM complaint ${where} ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?) page_ids
       JOIN complaint c ON c.id = page_ids.id
       JOIN customer cu ON cu.id = c.customer_id
       LEFT JOIN staff s ON s.id = c.owner_id
      ORDER BY c.received_at DESC, c.id DESC`,
    params,
  );
  return {
    complaints: {
      items: rows.map((r) => ({ id: r.id, number: r.number, status: r.status, receivedAt: iso(r.received_at), customer: named(r.customer_name), owner: named(r.owner_name) })),
    },
  };
}

/** Two statements: the complaint with customer and owner, then its timeline with each actor. */
async function complaintDetail(query: Query, pool: Pool, id: string) {
  const [[c], timeline] = await Promise.all([
    query(
      pool,
      `SELECT c.id, c.number, c.status, c.description, c.received_at, cu.name AS customer_name, s.name AS owner_name
         FROM complaint c JOIN customer cu ON cu.id = c.customer_id LEFT JOIN staff s ON s.id = c.owner_id WHERE c.id = ?`,
      [id],
    ),
    query(pool, 'SELECT t.id, t.step, t.at, t.note, s.name AS actor_name FROM complaint_timeline_entry t LEFT JOIN staff s ON s.id = t.actor_id WHERE t.complaint_id = ? ORDER BY t.at, t.id', [id]),
  ]);
  if (!c) return { complaint: null };
  return {
    complaint: {
      id: c.id,
      number: c.number,
      status: c.status,
      description: c.description,
      receivedAt: iso(c.received_at),
      customer: named(c.customer_name),
      owner: named(c.owner_name),
      timeline: timeline.map((t) => ({ id: t.id, step: t.step, at: iso(t.at), note: t.note, actor: named(t.actor_name) })),
    },
  };
}

/** Two statements: the page of interactions with customer and owner, then the page's customers' contacts. */
async function interactions(query: Query, pool: Pool, page: { limit: number }) {
  const rows = await query(
    pool,
    `SELECT i.id, i.summary, i.occurred_at, i.customer_id, cu.name AS customer_name, s.name AS owner_name
       FROM interaction i JOIN customer cu ON cu.id = i.customer_id LEFT JOIN staff s ON s.id = cu.owner_id
      WHERE i.archived_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?`,
    [page.limit],
  );
  const customerIds = [...new Set(rows.map((r) => r.customer_id as string))];
  const contacts = customerIds.length
    ? await query(pool, 'SELECT customer_id, name, phone FROM contact WHERE customer_id IN (?) AND archived_at IS NULL ORDER BY is_primary DESC, name ASC', [customerIds])
    : [];
  const byCustomer = new Map<string, Array<{ name: string; phone: string | null }>>();
  for (const c of contacts) {
    const list = byCustomer.get(c.customer_id) ?? [];
    list.push({ name: c.name, phone: c.phone });
    byCustomer.set(c.customer_id, list);
  }
  return {
    interactions: {
      items: rows.map((r) => ({
        id: r.id,
        summary: r.summary,
        occurredAt: iso(r.occurred_at),
        customer: { name: r.customer_name, contacts: byCustomer.get(r.customer_id) ?? [], owner: named(r.owner_name) },
      })),
    },
  };
}

/**
 * The customer and category read in one statement, then a transaction: the day's number (one upsert,
 * its value through LAST_INSERT_ID), the row, its timeline entry and its audit row. The due date is
 * the category's hours (no business calendar): the floor's shortcut, not the product's rule.
 */
async function createComplaint(query: Query, pool: Pool, viewerId: string, input: Record<string, string>) {
  const now = BENCH_NOW;
  const [ref] = await query(
    pool,
    'SELECT cu.id, cat.due_hours FROM customer cu JOIN complaint_category cat ON cat.id = ? AND cat.active = 1 WHERE cu.id = ? AND cu.archived_at IS NULL',
    [input.categoryId, input.customerId],
  );
  if (!ref) throw new Error('notFound');
  const id = newId(now.getTime());
  const day = complaintNumberDay(now, 'Asia/Shanghai');
  const dueAt = new Date(now.getTime() + Number(ref.due_hours ?? 48) * 3_600_000);
  const connection = await pool.getConnection();
  try {
    await query(connection, 'BEGIN');
    const counter = await query<{ insertId: number }>(
      connection,
      'INSERT INTO complaint_number_counter (day, last_sequence) VALUES (?, 1) ON DUPLICATE KEY UPDATE last_sequence = LAST_INSERT_ID(last_sequence + 1)',
      [day],
    );
    const number = complaintNumber(day, counter.insertId || 1);
    await query(
      connection,
      `INSERT INTO complaint (id, version, created_at, updated_at, number, customer_id, channel, received_at, recorded_by_id, owner_id, category_id, severity, emotion,
         description, customer_request, status, priority, urge_count, departments, sla_start_at, sla_cycle, due_at, escalation_level)
       VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', 'NORMAL', 0, '[]', ?, 0, ?, 0)`,
      [id, now, now, number, input.customerId, input.channel, now, viewerId, viewerId, input.categoryId, input.severity, input.emotion, input.description, input.customerRequest, now, dueAt],
    );
    await query(connection, "INSERT INTO complaint_timeline_entry (id, complaint_id, at, actor_id, step, note) VALUES (?, ?, ?, ?, 'register', ?)", [newId(now.getTime()), id, now, viewerId, input.description.slice(0, 200)]);
    await query(connection, "INSERT INTO audit_log (id, entity, entity_id, action, new_value, actor_id, at) VALUES (?, 'complaint', ?, 'CREATE', ?, ?, ?)", [newId(now.getTime()), id, input.description.slice(0, 200), viewerId, now]);
    await query(connection, 'COMMIT');
    return { createComplaint: { id, number, status: 'RECEIVED' } };
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  } finally {
    connection.release();
  }
}
