import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { percentile } from './bench-support';
import { startComplaintBench } from './complaint-data';

/**
 * The complaints list filtered by overdue + category over 1,000,000 complaints (10 % open), over
 * HTTP with the fields the overdue board shows. Usage: pnpm --filter @sanxin/api build &&
 * node apps/api/dist/bench/complaint-list.bench.js. BENCH_DATABASE_URL (default
 * mysql://root@127.0.0.1:3306/sanxin_bench_complaints) is filled once with multi-row INSERTs.
 */
const COUNT = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_complaints';
const NOW = new Date('2026-11-25T02:00:00Z');

const QUERY = `query($filter: ComplaintFilter, $page: PageInput) {
  complaints(filter: $filter, page: $page) {
    items { id status severity priority dueAt slaState remainingBusinessMinutes escalationLevel receivedAt customer { name } category { nameZh } owner { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function main(): Promise<void> {
  const { dataSource, app, url, token, stats } = await startComplaintBench(DATABASE_URL, COUNT, NOW);
  const post = async (variables: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables }) });
    const body = (await response.json()) as { data?: { complaints: { items: unknown[]; pageInfo: { endCursor: string } } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.complaints;
  };
  const categoryId = async (code: string) => (await dataSource.query('SELECT id FROM complaint_category WHERE code = ?', [code]))[0].id;
  const quality = await categoryId('QUALITY');
  const second = await post({ filter: { overdue: true, categoryId: quality } });
  const scenarios: Array<[string, Record<string, unknown>]> = [
    ['overdue + category 质量 (most overdue first)', { filter: { overdue: true, categoryId: quality } }],
    ['overdue + category 安全 (rare)', { filter: { overdue: true, categoryId: await categoryId('SAFETY') } }],
    ['overdue + category 质量, next page by cursor', { filter: { overdue: true, categoryId: quality }, page: { after: second.pageInfo.endCursor } }],
    ['all complaints, newest first', {}],
  ];
  console.log(`complaints: ${COUNT}, runs per scenario: ${RUNS}`);
  console.log('scenario | median ms | p95 ms | SQL statements per request');
  for (const [name, variables] of scenarios) {
    for (let i = 0; i < 20; i += 1) await post(variables);
    stats.length = 0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await post(variables);
      times.push(performance.now() - start);
    }
    console.log(`${name} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${[...new Set(stats.map((s) => s.statements))].join('/')}`);
  }
  await app.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
