/**
 * `pnpm bench [generate|list|keyset|offset|detail|nested|create …]` (issue 15): the API (built), the
 * floor (hand-written mysql2 behind node:http) and join-monster side by side over one generated data
 * set, interleaved request by request at concurrency 1 and round by round at concurrency 8; checks
 * that the three answer the same data, then prints p50/p95, throughput, statements and ratios.
 *
 * BENCH_COMPLAINTS (100,000; the issue's figure is 1,000,000, with customers a tenth and interactions
 * three per customer), BENCH_OFFSET (the deep page's row: 100,000, or the complaints less 1,000 when
 * fewer), BENCH_REQUESTS (60 per server at concurrency 1), BENCH_ROUNDS (6 rounds of 8 × 10 at
 * concurrency 8, a round cut at BENCH_ROUND_SECONDS, 15), BENCH_DATABASE_URL (mysql://root@127.0.0.1:3306/sanxin_bench_<complaints>),
 * BENCH_FRESH=1 to drop and refill it, BENCH_API_CPU_PROF=<dir> for the API's CPU profile.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { migrate } from '../../db/migrate';
import { ensureDatabase, percentile, signIn } from '../bench-support';
import { BENCH_PASSWORD, BENCH_USER, DETAIL_NUMBER, fillBenchData, volumeOf } from './data';
import type { ServerTotals } from './servers';
import { LIST, type Workload, type WorkloadName, workloads } from './workloads';

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 100_000);
const OFFSET = Number(process.env.BENCH_OFFSET ?? Math.min(100_000, COMPLAINTS - 1000));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CONCURRENCY = 8;
const PER_WORKER = 10;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 15);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/sanxin_bench_${COMPLAINTS}`;
const NAMES: WorkloadName[] = ['list', 'keyset', 'offset', 'detail', 'nested', 'create'];

type ServerName = 'api' | 'floor' | 'join-monster';
interface Server {
  name: ServerName;
  child: ChildProcess;
  port: number;
  send: (w: Workload) => Promise<string>;
  totals: () => Promise<ServerTotals>;
}

interface Figures {
  p50: number;
  p95: number;
  statements: number;
  throughput: number;
  /** CPU ms of the server's process per request at concurrency 8. */
  cpuPerRequest: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== 'generate' && !NAMES.includes(a as WorkloadName));
  if (unknown.length) throw new Error(`unknown sub-command ${unknown.join(', ')}: generate, ${NAMES.join(', ')} (none: all workloads)`);
  const selected = args.length ? NAMES.filter((n) => args.includes(n)) : NAMES;
  const volume = volumeOf(COMPLAINTS);
  await ensureDatabase(DATABASE_URL, { fresh: process.env.BENCH_FRESH === '1' });
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await fillBenchData(dataSource, volume);
  if (args.includes('generate') && selected.length === 0) return void (await dataSource.destroy());
  const [detail] = await dataSource.query('SELECT id, customer_id AS customerId, category_id AS categoryId FROM complaint WHERE number = ?', [DETAIL_NUMBER]);
  await dataSource.destroy();

  const servers = await Promise.all((['api', 'floor', 'join-monster'] as const).map(startServer));
  try {
    const token = await signIn(`http://127.0.0.1:${servers[0].port}/graphql`, BENCH_USER, BENCH_PASSWORD);
    servers[0].send = graphqlSender(servers[0].port, token);
    // The keyset page starts after row OFFSET: the API's own cursor of that row.
    const cursorBody = JSON.parse(await servers[0].send({ name: 'list', title: '', query: LIST.replace('items {', 'pageInfo { endCursor } items {'), variables: { page: { limit: 1, offset: OFFSET - 1 } } }));
    const cursor = cursorBody.data.complaints.pageInfo.endCursor as string;
    const all = workloads({ offset: OFFSET, cursor, detailId: detail.id, customerId: detail.customerId, categoryId: detail.categoryId }).filter((w) => selected.includes(w.name));
    console.log(`bench: ${COMPLAINTS.toLocaleString('en')} complaints, ${volume.customers.toLocaleString('en')} customers, ${volume.interactions.toLocaleString('en')} interactions; ${REQUESTS} requests per server at c1 (interleaved), ${ROUNDS} rounds of ${CONCURRENCY}×${PER_WORKER} at c8 (servers alternating)`);
    const header = ['workload', 'API p50/p95 ms', 'floor p50/p95 ms', 'API/floor p50', 'statements API/floor/JM', 'join-monster p50/p95 ms', 'API/JM p50', 'req/s c8 API/floor/JM', 'API req/s ÷ floor / ÷ JM', 'CPU ms/req c8 API/floor/JM', 'same data'];
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const workload of all) {
      const peers = servers.filter((s) => !(workload.isCreate && s.name === 'join-monster'));
      const same = await compare(workload, peers);
      const figures = await measure(workload, peers);
      const api = figures.get('api') as Figures;
      const floor = figures.get('floor') as Figures;
      const jm = figures.get('join-monster');
      const ms = (f: Figures | undefined) => (f ? `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)}` : '—');
      const row = [
        workload.title,
        ms(api),
        ms(floor),
        `${(api.p50 / floor.p50).toFixed(2)}×`,
        `${fmt(api.statements)} / ${fmt(floor.statements)}${jm ? ` / ${fmt(jm.statements)}` : ''}`,
        ms(jm),
        jm ? `${(api.p50 / jm.p50).toFixed(2)}×` : '—',
        `${api.throughput.toFixed(0)} / ${floor.throughput.toFixed(0)}${jm ? ` / ${jm.throughput.toFixed(0)}` : ''}`,
        `${(api.throughput / floor.throughput).toFixed(2)}×${jm ? ` / ${(api.throughput / jm.throughput).toFixed(2)}×` : ''}`,
        `${api.cpuPerRequest.toFixed(2)} / ${floor.cpuPerRequest.toFixed(2)}${jm ? ` / ${jm.cpuPerRequest.toFixed(2)}` : ''}`,
        same,
      ];
      console.log(`| ${row.join(' | ')} |`);
    }
  } finally {
    for (const s of servers) s.child.kill();
  }
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function startServer(name: ServerName): Promise<Server> {
  // NODE_ENV: graphql-js (the API's and join-monster's) reads it when loaded; its development checks cost CPU.
  // BENCH_API_CPU_PROF=<dir>: the API's V8 CPU profile (written when the suite ends), to see where its time goes.
  const profile = name === 'api' && process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : [];
  const child = fork(join(__dirname, 'servers.js'), [name], {
    env: { ...process.env, NODE_ENV: 'production', BENCH_DATABASE_URL: DATABASE_URL },
    execArgv: [...process.execArgv, ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    child.once('message', (message: { port: number }) => {
      const port = message.port;
      const totals = () =>
        new Promise<ServerTotals>((done) => {
          child.once('message', (m) => done(m as ServerTotals));
          child.send('stats');
        });
      const send = name === 'floor' ? floorSender(port) : graphqlSender(port, null);
      resolve({ name, child, port, send, totals });
    });
  });
}

function graphqlSender(port: number, token: string | null): (w: Workload) => Promise<string> {
  // Uncompressed, like the floor's answers: the API's gzip (for answers above 1 kB) is a trade for slow networks, not a cost of answering.
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-encoding': 'identity', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return async (w) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: w.query, variables: w.variables }) });
    return response.text();
  };
}

function floorSender(port: number): (w: Workload) => Promise<string> {
  return async (w) => (await fetch(`http://127.0.0.1:${port}/${w.name}`, { method: 'POST', headers: { 'accept-encoding': 'identity' }, body: JSON.stringify(w.variables) })).text();
}

/** Reads: the bytes of the three answers; a create: its keys and status (its id and number are new each time). */
async function compare(workload: Workload, servers: Server[]): Promise<string> {
  const bodies = await Promise.all(servers.map((s) => s.send(workload)));
  for (const [i, body] of bodies.entries()) {
    if (!body.startsWith('{"data":') || body.includes('"errors"')) throw new Error(`${servers[i].name} failed ${workload.name}: ${body.slice(0, 500)}`);
  }
  if (workload.isCreate) {
    const shapes = bodies.map((b) => {
      const created = JSON.parse(b).data.createComplaint;
      return `${Object.keys(created).join(',')}:${created.status}:${String(created.number).replace(/\d/g, '9')}`;
    });
    if (new Set(shapes).size !== 1) throw new Error(`createComplaint answers differ: ${shapes.join(' | ')}`);
    return 'same shape';
  }
  const differing = servers.filter((_, i) => bodies[i] !== bodies[0]);
  if (differing.length) {
    for (const s of differing) {
      const other = bodies[servers.indexOf(s)];
      const at = Math.min(...[...other, ''].map((c, i) => (c === bodies[0][i] ? Number.POSITIVE_INFINITY : i)));
      console.error(`${s.name} answers ${workload.name} differently from the API at byte ${at}: …${other.slice(Math.max(0, at - 80), at + 80)}… vs …${bodies[0].slice(Math.max(0, at - 80), at + 80)}…`);
    }
    throw new Error(`${workload.name}: the answers differ`);
  }
  return 'identical bytes';
}

async function measure(workload: Workload, servers: Server[]): Promise<Map<ServerName, Figures>> {
  for (let i = 0; i < 5; i += 1) for (const s of servers) await s.send(workload);
  const before = await Promise.all(servers.map((s) => s.totals()));
  const times = servers.map(() => [] as number[]);
  // One request each in turn, the first server changing every round, so load drifts hit all three alike.
  for (let i = 0; i < REQUESTS; i += 1) {
    for (let k = 0; k < servers.length; k += 1) {
      const j = (i + k) % servers.length;
      const start = performance.now();
      await servers[j].send(workload);
      times[j].push(performance.now() - start);
    }
  }
  const after = await Promise.all(servers.map((s) => s.totals()));
  const elapsed = servers.map(() => 0);
  const done = servers.map(() => 0);
  const beforeRounds = await Promise.all(servers.map((s) => s.totals()));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let k = 0; k < servers.length; k += 1) {
      const j = (round + k) % servers.length;
      const start = performance.now();
      // A round ends early past ROUND_SECONDS (join-monster's offset page takes seconds): requests done ÷ time taken.
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let n = 0; n < PER_WORKER && performance.now() - start < ROUND_SECONDS * 1000; n += 1) {
            await servers[j].send(workload);
            done[j] += 1;
          }
        }),
      );
      elapsed[j] += performance.now() - start;
    }
  }
  const afterRounds = await Promise.all(servers.map((s) => s.totals()));
  return new Map(
    servers.map((s, j) => [
      s.name,
      {
        p50: percentile(times[j], 0.5),
        p95: percentile(times[j], 0.95),
        statements: (after[j].statements - before[j].statements) / (after[j].requests - before[j].requests),
        throughput: done[j] / (elapsed[j] / 1000),
        cpuPerRequest: ((afterRounds[j].cpuMicros ?? 0) - (beforeRounds[j].cpuMicros ?? 0)) / 1000 / done[j],
      },
    ]),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
