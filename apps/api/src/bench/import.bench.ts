import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { seedDemoData } from '../db/seed/seed-demo';
import { csvCell } from '../shared/csv';
import { systemClock } from '../shared/clock';
import { ensureDatabase, signIn } from './bench-support';

/**
 * 10,000 customer rows (each with a contact) over HTTP as the console sends them: the upload's dry
 * run (POST /api/imports), then runImport, on MariaDB with the demo data (about 1,000 customers to
 * check duplicates against). Target: under 30 s for both.
 * Usage: pnpm --filter @sanxin/api build && pnpm --filter @sanxin/api bench:import
 */
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_import';
const ROWS = 10_000;

function file(): string {
  const header = ['名称 name', '公司 company', '电话 phone', '分级 tier', '标签 tags', '联系人 contactName', '联系人电话 contactPhone'];
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `导入客户${i}`,
    `华东贸易${i}有限公司`,
    `1360${String(i).padStart(7, '0')}`,
    ['A', 'B', 'C'][i % 3],
    i % 2 ? '批量导入|华东' : '',
    `联系人${i}`,
    `1370${String(i).padStart(7, '0')}`,
  ]);
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: true });
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await seedDemoData(dataSource, systemClock.now());
  const app = await createApp({ dataSource, clock: systemClock, config });
  const base = `http://127.0.0.1:${await app.listen(0)}`;
  const token = await signIn(`${base}/graphql`, 'manager', DEMO_PASSWORD);
  const csv = file();

  const start = performance.now();
  const form = new FormData();
  form.append('file', new Blob([csv]), 'bench.csv');
  const upload = await fetch(`${base}/api/imports?kind=CUSTOMERS`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'x-sanxin-csrf': '1' } });
  const job = (await upload.json()) as { id: string; version: number; totalRows: number };
  if (upload.status !== 201) throw new Error(JSON.stringify(job));
  const dryRun = performance.now() - start;

  const run = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation($id: ID!, $v: Int!) { runImport(id: $id, version: $v) { status importedCount } }', variables: { id: job.id, v: job.version } }),
  });
  const result = (await run.json()) as { data?: { runImport: { status: string; importedCount: number } }; errors?: unknown };
  if (result.data?.runImport.importedCount !== ROWS) throw new Error(JSON.stringify(result));
  const total = performance.now() - start;

  console.log(`import of ${ROWS} customer rows with a contact each (${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB CSV), MariaDB, demo data`);
  console.log(`dry run ${(dryRun / 1000).toFixed(1)} s, import ${((total - dryRun) / 1000).toFixed(1)} s, total ${(total / 1000).toFixed(1)} s (target < 30 s)`);
  await app.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
