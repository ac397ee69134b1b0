import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, createConnection } from 'mysql2/promise';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { ApiProcess } from '../api-process';
import { GALERA_PROVIDER, GaleraCluster, type GaleraNode, sleep } from './galera-cluster';
import { gql, Tally } from './graphql-client';

/**
 * The Galera check (`pnpm galera:check`): a 3-node MariaDB Galera cluster on loopback, started here
 * in temporary directories, one API process per node, and the workloads of issue 17:
 * three processes starting at once on an empty database, 20 concurrent editors, 6 parallel requests
 * per token across nodes, 300 overdue complaints swept by all three processes, and kill -9 of a
 * node under load. It prints the figures and exits 1 unless they are all 0 (and all 3 started).
 */

const BASE_PORT = Number(process.env.GALERA_BASE_PORT ?? 33400);
const DATABASE = 'sanxin';
const EDITORS = 20;
const SAVES_PER_EDITOR = 15;
const SESSION_ROUNDS = 100;
const REQUESTS_PER_TOKEN = 6;
const TOUCHED_TOKENS = 30;
const COMPLAINTS = 300;
const LOAD_WRITERS = 12;
const KILL_AFTER_MS = 5_000;
const LOAD_MS = 20_000;

const ME = '{ me { id } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
const AGENTS = ['agent', 'agent2', 'agent3', 'agent4', 'agent5', 'agent6', 'agent7', 'agent8'];

interface Figures {
  started: number;
  startUpRepeated: number;
  lostUpdates: number;
  duplicateEscalations: number;
  notEscalated: number;
  acknowledgedWritesLost: number;
  staleSessionReads: number;
}

const tally = new Tally();
const log = (message: string) => console.log(`[galera] ${message}`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  ensureGalera();
  const baseDir = mkdtempSync(join(tmpdir(), 'sanxin-galera-'));
  const cluster = new GaleraCluster(baseDir, BASE_PORT, 3);
  const apis: ApiProcess[] = [];
  let passed = false;
  try {
    log(`starting 3 MariaDB Galera nodes on 127.0.0.1:${cluster.nodes.map((n) => n.port).join(', ')} (data in ${baseDir})`);
    await cluster.start();
    const [node1] = cluster.nodes;
    await withConnection(node1, null, (c) => c.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));

    const figures: Figures = { started: 0, startUpRepeated: 0, lostUpdates: 0, duplicateEscalations: 0, notEscalated: 0, acknowledgedWritesLost: 0, staleSessionReads: 0 };
    apis.push(...cluster.nodes.map((node, i) => apiProcess(`API ${i + 1}`, BASE_PORT + 41 + i, node, baseDir, {})));
    figures.started = await startTogether(apis);
    const details: string[] = [];
    if (figures.started === apis.length) {
      const startUp = await startUpRepeated(node1);
      figures.startUpRepeated = startUp.repeated;
      details.push(startUp.detail);
      const editing = await concurrentEditors(apis, node1);
      figures.lostUpdates = editing.lost;
      details.push(editing.detail);
      const sessions = await sessionReads(apis, tally);
      const touches = await touchesAcrossNodes(apis, node1);
      figures.staleSessionReads = sessions.stale + touches.refused;
      details.push(sessions.detail, touches.detail);
      details.push(await controlWithoutCausalReads(cluster.nodes, baseDir));
      const sweep = await overdueComplaints(apis, node1);
      figures.duplicateEscalations = sweep.duplicates;
      figures.notEscalated = sweep.missing;
      details.push(sweep.detail);
      const kill = await killANodeUnderLoad(apis, cluster.nodes);
      figures.acknowledgedWritesLost = kill.lost;
      details.push(...kill.details);
    }
    details.push(retriesSeen(apis));
    passed = report(figures, details, Date.now() - startedAt);
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await cluster.stop();
    if (passed && !process.env.GALERA_KEEP) rmSync(baseDir, { recursive: true, force: true });
    else log(`kept ${baseDir} (logs of the nodes and API processes)`);
  }
  process.exit(passed ? 0 : 1);
}

function ensureGalera(): void {
  if (existsSync(GALERA_PROVIDER)) return;
  if (process.getuid?.() !== 0) throw new Error(`No Galera provider at ${GALERA_PROVIDER}: apt-get install -y galera-4 (Debian), or set GALERA_PROVIDER`);
  log('galera-4 is missing: apt-get install -y galera-4');
  execFileSync('apt-get', ['install', '-y', 'galera-4'], { stdio: 'inherit' });
}

function apiProcess(name: string, port: number, node: GaleraNode, baseDir: string, env: Record<string, string>): ApiProcess {
  const database = node.url(DATABASE).replace(/^mysql:/, 'mariadb:');
  return new ApiProcess(name, port, { DATABASE_URL: database, SANXIN_DEMO: '1', ESCALATION_INTERVAL_SECONDS: '2', ADMIN_DIST: baseDir, ...env }, join(baseDir, `${name.replace(/\W+/g, '-')}.log`));
}

/** Three processes, one per node, started at the same moment on the empty database. */
async function startTogether(apis: ApiProcess[]): Promise<number> {
  log(`starting ${apis.length} API processes at once on the empty database`);
  const results = await Promise.allSettled(apis.map((api) => api.start()));
  for (const result of results) if (result.status === 'rejected') log(`  ${result.reason instanceof Error ? result.reason.message : result.reason}`);
  return results.filter((result) => result.status === 'fulfilled').length;
}

/** Start-up work done more than once: migrations recorded twice, demo data seeded twice. */
async function startUpRepeated(node: GaleraNode): Promise<{ repeated: number; detail: string }> {
  return withConnection(node, DATABASE, async (c) => {
    const [[{ admins }]] = (await c.query("SELECT COUNT(*) AS admins FROM staff WHERE username = 'admin'")) as any;
    const [[{ recorded, names }]] = (await c.query('SELECT COUNT(*) AS recorded, COUNT(DISTINCT name) AS names FROM migrations')) as any;
    return { repeated: Math.abs(Number(admins) - 1) + Number(recorded) - Number(names), detail: `start-up: ${names} migrations recorded ${recorded} times, demo data seeded ${admins} time(s)` };
  });
}

/** 20 editors saving 3 customers through all 3 processes; each stale save is re-read and tried again. */
async function concurrentEditors(apis: ApiProcess[], node: GaleraNode): Promise<{ lost: number; detail: string }> {
  log(`${EDITORS} editors × ${SAVES_PER_EDITOR} saves on 3 customers across the 3 processes`);
  const customers: Array<{ id: string; version: number }> = await withConnection(node, DATABASE, async (c) => (await c.query('SELECT id, version FROM customer WHERE archived_at IS NULL ORDER BY id LIMIT 3'))[0] as any);
  const acknowledged = new Map(customers.map((customer) => [customer.id, 0]));
  const before = tally.rejections.get('CONFLICT') ?? 0;
  // One session per process, shared by its editors: 20 sign-ins of one username from one address at
  // once would be refused by the sign-in lock (at most 10 checked at a time), as they should be.
  const tokens = await Promise.all(apis.map((api) => signIn(api, 'manager')));
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, editor) => {
      const api = apis[editor % apis.length];
      const token = tokens[editor % apis.length];
      for (let save = 0; save < SAVES_PER_EDITOR; save += 1) {
        const { id } = customers[(editor + save) % customers.length];
        for (let attempt = 0; attempt < 200; attempt += 1) {
          const read = await gql<{ customer: { version: number } }>(tally, api.url, 'query($id: ID!) { customer(id: $id) { version } }', { id }, token);
          if (!read.ok) continue;
          const saved = await gql(tally, api.url, 'mutation($id: ID!, $v: Int!, $n: String) { updateCustomer(id: $id, version: $v, input: { notes: $n }) { version } }', { id, v: read.data.customer.version, n: `编辑${editor}第${save}次保存` }, token);
          if (saved.ok) {
            acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
            break;
          }
          if (saved.code !== 'CONFLICT') break;
        }
      }
    }),
  );
  const after = await withConnection(node, DATABASE, async (c) => (await c.query('SELECT id, version FROM customer WHERE id IN (?)', [customers.map((c) => c.id)]))[0] as any);
  let lost = 0;
  let applied = 0;
  for (const customer of customers) {
    const final = after.find((row: { id: string }) => row.id === customer.id).version - customer.version;
    applied += final;
    lost += Math.max(0, (acknowledged.get(customer.id) ?? 0) - final);
  }
  const saves = [...acknowledged.values()].reduce((a, b) => a + b, 0);
  const conflicts = (tally.rejections.get('CONFLICT') ?? 0) - before;
  return { lost, detail: `editors: ${saves} saves acknowledged, ${applied} applied (versions), ${conflicts} stale saves answered CONFLICT and retried by the editor` };
}

/**
 * Read-your-writes across nodes: sign in through one process and at once send 6 requests with the
 * token through all three; sign out through another and at once send 6 more. A refused fresh token
 * or an accepted revoked one is a stale session read.
 */
async function sessionReads(apis: ApiProcess[], counts: Tally, label = ''): Promise<{ stale: number; detail: string }> {
  log(`${label}${SESSION_ROUNDS} sign-ins and sign-outs, each followed at once by ${REQUESTS_PER_TOKEN} requests across the processes`);
  let stale = 0;
  let reads = 0;
  const burst = async (token: string, expectSignedIn: boolean) => {
    const answers = await Promise.all(Array.from({ length: REQUESTS_PER_TOKEN }, (_, i) => gql<{ me: { id: string } | null }>(counts, apis[i % apis.length].url, ME, {}, token)));
    for (const answer of answers) {
      reads += 1;
      if (answer.ok && (answer.data.me !== null) !== expectSignedIn) stale += 1;
    }
  };
  for (let round = 0; round < SESSION_ROUNDS; round += 1) {
    const token = await signIn(apis[round % apis.length], AGENTS[round % AGENTS.length], counts);
    await burst(token, true);
    await gql(counts, apis[(round + 1) % apis.length].url, 'mutation { logout }', {}, token);
    await burst(token, false);
  }
  return { stale, detail: `${label}sessions: ${reads} reads right after a sign-in or sign-out through another node, ${stale} stale` };
}

/** The issue's failing case: tokens whose "last seen" is minutes old, each used by 6 parallel requests across the nodes (every process wants to touch it). */
async function touchesAcrossNodes(apis: ApiProcess[], node: GaleraNode): Promise<{ refused: number; detail: string }> {
  log(`${TOUCHED_TOKENS} tokens due a "last seen" update, ${REQUESTS_PER_TOKEN} parallel requests each across the processes`);
  const tokens = await Promise.all(Array.from({ length: TOUCHED_TOKENS }, (_, i) => signIn(apis[i % apis.length], AGENTS[i % AGENTS.length])));
  const hashes = tokens.map((token) => createHash('sha256').update(token).digest('hex'));
  await withConnection(node, DATABASE, (c) => c.query('UPDATE session SET last_seen_at = last_seen_at - INTERVAL 2 MINUTE WHERE token_hash IN (?)', [hashes]));
  const answers = await Promise.all(tokens.flatMap((token) => Array.from({ length: REQUESTS_PER_TOKEN }, (_, i) => gql<{ me: { id: string } | null }>(tally, apis[i % apis.length].url, ME, {}, token))));
  const refused = answers.filter((answer) => !answer.ok || answer.data.me === null).length;
  await sleep(1000);
  const touched = await withConnection(node, DATABASE, async (c) => Number(((await c.query('SELECT COUNT(*) AS n FROM session WHERE last_seen_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE AND token_hash IN (?)', [hashes])) as any)[0][0].n));
  return { refused, detail: `touches: ${answers.length} parallel requests on ${tokens.length} tokens due a "last seen" update: ${refused} failed or refused, ${touched} sessions touched` };
}

/** The same session check through three more processes with DB_CAUSAL_READS=off: what the setting prevents (not a figure). */
async function controlWithoutCausalReads(nodes: GaleraNode[], baseDir: string): Promise<string> {
  const control = nodes.map((node, i) => apiProcess(`control API ${i + 1}`, BASE_PORT + 44 + i, node, baseDir, { DB_CAUSAL_READS: 'off', ESCALATION_INTERVAL_SECONDS: '3600' }));
  try {
    await Promise.all(control.map((api) => api.start()));
    const { stale, detail } = await sessionReads(control, new Tally(), 'control, DB_CAUSAL_READS=off: ');
    return `${detail} (${stale === 0 ? 'no replication lag caught this run' : 'what causal reads prevent'})`;
  } finally {
    await Promise.all(control.map((api) => api.stop()));
  }
}

/** 300 complaints registered through the processes, made overdue, and swept by the jobs of all three. */
async function overdueComplaints(apis: ApiProcess[], node: GaleraNode): Promise<{ duplicates: number; missing: number; detail: string }> {
  log(`${COMPLAINTS} complaints registered, made overdue, swept by the 3 processes' jobs`);
  const [categoryId, customerIds] = await withConnection(node, DATABASE, async (c) => {
    const [[category]] = (await c.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'")) as any;
    const [customers] = (await c.query('SELECT id FROM customer WHERE archived_at IS NULL ORDER BY id LIMIT 50')) as any;
    return [category.id as string, customers.map((row: { id: string }) => row.id) as string[]];
  });
  const tokens = await Promise.all(AGENTS.map((agent, i) => signIn(apis[i % apis.length], agent)));
  const ids: string[] = [];
  await inBatches(COMPLAINTS, 10, async (n) => {
    const input = { customerId: customerIds[n % customerIds.length], categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'ANXIOUS', description: `冷链配送延误导致货物变质（${n}）`, customerRequest: '赔偿损失' };
    const created = await gql<{ createComplaint: { id: string } }>(tally, apis[n % apis.length].url, 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: input }, tokens[n % tokens.length]);
    if (created.ok) ids.push(created.data.createComplaint.id);
  });
  const sweptBefore = apis.map((api) => api.lines.filter((line) => line.includes('[escalation] escalated')).length);
  await withConnection(node, DATABASE, (c) => c.query('UPDATE complaint SET sla_start_at = sla_start_at - INTERVAL 60 DAY WHERE id IN (?)', [ids]));
  const atLevel = (level: number) => withConnection(node, DATABASE, async (c) => Number(((await c.query('SELECT COUNT(*) AS n FROM complaint WHERE escalation_level = ? AND id IN (?)', [level, ids])) as any)[0][0].n));
  // The leaders' turn first; the manager's comes 24 h after it, so the level-1 escalations are then made a day older.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && (await atLevel(1)) < ids.length) await sleep(1000);
  await withConnection(node, DATABASE, (c) => c.query('UPDATE complaint SET escalated_at = escalated_at - INTERVAL 2 DAY WHERE escalation_level = 1 AND id IN (?)', [ids]));
  let escalated = 0;
  for (; Date.now() < deadline && escalated < ids.length; await sleep(1000)) escalated = await atLevel(2);
  const [rows, entries] = await withConnection(node, DATABASE, async (c) => {
    const [escalations] = (await c.query('SELECT COUNT(*) AS n FROM complaint_escalation WHERE complaint_id IN (?)', [ids])) as any;
    const [timeline] = (await c.query("SELECT COUNT(*) AS n FROM complaint_timeline_entry WHERE step = 'escalate' AND complaint_id IN (?)", [ids])) as any;
    return [Number(escalations[0].n), Number(timeline[0].n)];
  });
  const duplicates = Math.max(0, rows - 2 * escalated) + Math.max(0, entries - 2 * escalated);
  const sweepers = apis.filter((api, i) => api.lines.filter((line) => line.includes('[escalation] escalated')).length > sweptBefore[i]).map((api) => api.name);
  return {
    duplicates,
    missing: ids.length - escalated,
    detail: `escalation: ${ids.length} complaints, ${escalated} escalated to leader and manager, ${rows} escalation rows and ${entries} timeline entries (2 each expected); swept by ${sweepers.join(', ') || 'nobody'}`,
  };
}

/** Writers creating interactions through all processes; after 5 s node 3 is killed; a writer whose process answers SERVICE_UNAVAILABLE moves on to the next, as a load balancer would. */
async function killANodeUnderLoad(apis: ApiProcess[], nodes: GaleraNode[]): Promise<{ lost: number; details: string[] }> {
  log(`${LOAD_WRITERS} writers for ${LOAD_MS / 1000} s; kill -9 of node 3 after ${KILL_AFTER_MS / 1000} s`);
  const customerIds: string[] = await withConnection(nodes[0], DATABASE, async (c) => ((await c.query('SELECT id FROM customer WHERE archived_at IS NULL ORDER BY id DESC LIMIT 20')) as any)[0].map((row: { id: string }) => row.id));
  const tokens = await Promise.all(apis.map((api, i) => signIn(api, AGENTS[i])));
  const acknowledged: string[] = [];
  const unavailableBefore = tally.rejections.get('SERVICE_UNAVAILABLE') ?? 0;
  const stopAt = Date.now() + LOAD_MS;
  const killer = sleep(KILL_AFTER_MS).then(() => {
    log('kill -9 node 3');
    nodes[2].kill();
  });
  await Promise.all(
    Array.from({ length: LOAD_WRITERS }, async (_, writer) => {
      let current = writer % apis.length;
      for (let n = 0; Date.now() < stopAt; n += 1) {
        const input = { customerId: customerIds[(writer + n) % customerIds.length], channel: 'PHONE', direction: 'OUTBOUND', summary: `回访记录 ${writer}-${n}` };
        const created = await gql<{ createInteraction: { id: string } }>(tally, apis[current].url, 'mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }', { i: input }, tokens[current]);
        if (created.ok) acknowledged.push(created.data.createInteraction.id);
        else if (created.code === 'SERVICE_UNAVAILABLE') current = (current + 1) % apis.length;
      }
    }),
  );
  await killer;
  const found = await Promise.all(nodes.slice(0, 2).map((node) => countPresent(node, acknowledged)));
  const lost = Math.max(...found.map((present) => acknowledged.length - present));
  const unavailable = (tally.rejections.get('SERVICE_UNAVAILABLE') ?? 0) - unavailableBefore;
  const details = [`kill -9: ${acknowledged.length} creates acknowledged, found on the surviving nodes: ${found.join(' and ')}; ${unavailable} answered SERVICE_UNAVAILABLE by API 3 (then sent elsewhere)`];

  log('restarting node 3 (recovery, then incremental state transfer)');
  await nodes[2].restart();
  const onRejoined = await countPresent(nodes[2], acknowledged);
  let answering = false;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline && !answering; await sleep(500)) {
    answering = (await gql<{ me: { id: string } | null }>(new Tally(), apis[2].url, ME, {}, tokens[2])).ok;
  }
  details.push(`node 3 rejoined with ${onRejoined} of the ${acknowledged.length} creates; API 3 ${answering ? 'answers again' : 'still does NOT answer'}`);
  return { lost: lost + (acknowledged.length - onRejoined), details };
}

/** From the processes' logs: statements the database aborted for a conflict, and transactions that ran out of attempts. */
function retriesSeen(apis: ApiProcess[]): string {
  const lines = apis.flatMap((api) => api.lines);
  const aborted = lines.filter((line) => line.startsWith('[sql] Deadlock found')).length;
  const exhausted = lines.filter((line) => line.includes('answering CONFLICT')).length;
  return `retries: ${aborted} statements aborted by a conflict (deadlock or Galera certification failure; a transaction runs again, a lease or "last seen" update is let go), ${exhausted} transactions ran out of attempts`;
}

async function countPresent(node: GaleraNode, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return withConnection(node, DATABASE, async (c) => Number(((await c.query('SELECT COUNT(*) AS n FROM interaction WHERE id IN (?)', [ids])) as any)[0][0].n));
}

function report(figures: Figures, details: string[], elapsedMs: number): boolean {
  const lines: Array<[string, number, string?]> = [
    ['processes started', figures.started, 'of 3'],
    ['start-up work done twice', figures.startUpRepeated],
    ['lost updates', figures.lostUpdates],
    ['duplicate escalations', figures.duplicateEscalations],
    ['overdue complaints not escalated', figures.notEscalated],
    ['acknowledged writes lost', figures.acknowledgedWritesLost],
    ['INTERNAL_SERVER_ERRORs', tally.internalErrors],
    ['answers without a documented code', tally.undocumented],
    ['stale session reads', figures.staleSessionReads],
  ];
  console.log(`\nGalera check: 3 MariaDB Galera nodes, 3 API processes (one per node), ${Math.round(elapsedMs / 1000)} s`);
  for (const [label, value, note] of lines) console.log(`  ${`${label}:`.padEnd(36)}${value}${note ? ` ${note}` : ''}`);
  console.log(`\n  ${tally.summary()}`);
  for (const detail of details) console.log(`  ${detail}`);
  const passed = figures.started === 3 && lines.slice(1).every(([, value]) => value === 0);
  console.log(passed ? '\nPASS' : '\nFAIL');
  return passed;
}

async function signIn(api: ApiProcess, username: string, counts = tally): Promise<string> {
  const answer = await gql<{ login: { token: string } }>(counts, api.url, LOGIN, { u: username, p: DEMO_PASSWORD });
  if (!answer.ok) throw new Error(`${username} could not sign in through ${api.name}: ${answer.code}`);
  return answer.data.login.token;
}

/** A connection to one node whose reads wait for the whole cluster's commits (the check's own reads are never stale). */
async function withConnection<T>(node: GaleraNode, database: string | null, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await createConnection({ host: '127.0.0.1', port: node.port, user: 'root', database: database ?? undefined });
  try {
    await connection.query('SET SESSION wsrep_sync_wait = 15');
    return await work(connection);
  } finally {
    await connection.end();
  }
}

async function inBatches(count: number, concurrency: number, work: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
