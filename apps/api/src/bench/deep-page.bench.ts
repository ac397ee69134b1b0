import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { percentile } from './bench-support';
import { startComplaintBench } from './complaint-data';

/**
 * An offset page deep in the complaints list against its first page (issue 15: offset 100,000 should
 * cost at most twice page 1), over HTTP, newest first, 25 complaints with customer and owner. The two
 * pages alternate, so both see the same machine load. Usage: `pnpm --filter @sanxin/api build &&
 * pnpm --filter @sanxin/api bench:deep-page`. BENCH_DATABASE_URL (default
 * mysql://root@127.0.0.1:3306/sanxin_bench_deep_page) is filled once with BENCH_COMPLAINTS (200,000).
 */
const COUNT = Number(process.env.BENCH_COMPLAINTS ?? 200_000);
const OFFSET = Number(process.env.BENCH_OFFSET ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_deep_page';
const NOW = new Date('2026-11-25T02:00:00Z');

const QUERY = `query($page: PageInput) {
  complaints(page: $page) { items { id number status receivedAt customer { name } owner { name } } pageInfo { hasNextPage } }
}`;

async function main(): Promise<void> {
  const { dataSource, app, url, token, stats } = await startComplaintBench(DATABASE_URL, COUNT, NOW);
  const timed = async (page: Record<string, number>) => {
    const start = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { page } }) });
    const body = (await response.json()) as { data?: { complaints: { items: unknown[] } }; errors?: unknown };
    if (body.data?.complaints.items.length !== 25) throw new Error(JSON.stringify(body.errors ?? body.data));
    return performance.now() - start;
  };
  const first = { limit: 25 };
  const deep = { limit: 25, offset: OFFSET };
  for (let i = 0; i < 5; i += 1) {
    await timed(first);
    await timed(deep);
  }
  stats.length = 0;
  const times = { first: [] as number[], deep: [] as number[] };
  for (let i = 0; i < RUNS; i += 1) {
    times.first.push(await timed(first));
    times.deep.push(await timed(deep));
  }
  const p50 = { first: percentile(times.first, 0.5), deep: percentile(times.deep, 0.5) };
  console.log(`complaints: ${COUNT}, runs: ${RUNS} of each page, alternating; statements per request: ${[...new Set(stats.map((s) => s.statements))].join('/')}`);
  console.log('page | p50 ms | p95 ms');
  console.log(`page 1 | ${p50.first.toFixed(1)} | ${percentile(times.first, 0.95).toFixed(1)}`);
  console.log(`offset ${OFFSET} | ${p50.deep.toFixed(1)} | ${percentile(times.deep, 0.95).toFixed(1)}`);
  console.log(`ratio (p50 offset / p50 page 1): ${(p50.deep / p50.first).toFixed(2)}`);
  await app.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
