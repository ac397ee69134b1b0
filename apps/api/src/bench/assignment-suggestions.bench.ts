import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { DEMO_PASSWORD, generateCustomers } from '../db/seed/demo-data';
import { insertChunks, seedDemoData, toCustomer } from '../db/seed/seed-demo';
import { hashPassword } from '../modules/auth/password';
import { Customer } from '../modules/customer/customer.entity';
import { Staff } from '../modules/staff/staff.entity';
import { systemClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { newRecord } from '../shared/new-record';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * assignmentSuggestions for 1,000 unassigned customers over 50 active agents (who already own
 * 5,000 customers), over HTTP. Usage: pnpm --filter @sanxin/api build && pnpm bench:assignments
 */
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench_assign';
const AGENTS = 50;
const OWNED = 5000;
const BATCH = 1000;
const RUNS = 10;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL, { fresh: true });
  const config = loadConfig({ DATABASE_URL, NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await seedDemoData(dataSource, systemClock.now());
  const now = systemClock.now();
  const passwordHash = await hashPassword('bench-only-password');
  const agents = Array.from({ length: AGENTS }, (_, i) =>
    Object.assign(new Staff(), {
      ...newRecord(now),
      username: `bench${i}`,
      passwordHash,
      name: `压测坐席${i}`,
      role: 'AGENT' as const,
      jobType: (['PHONE', 'FIELD', 'ONLINE'] as const)[i % 3],
      skillLevel: 1 + (i % 5),
      active: true,
      phone: null,
      teamId: null,
    }),
  );
  await insertChunks(dataSource.manager, Staff, agents);
  const staffIds = new Map(agents.map((a) => [a.username, a.id]));
  const generated = generateCustomers(OWNED + BATCH, { seed: 11, now, ownerKeys: [...staffIds.keys()] });
  const customerIds = new Map(generated.map((c) => [c.key, newId()]));
  const customers = generated.map((c, i) => Object.assign(toCustomer(c, customerIds, staffIds, []), i < OWNED ? {} : { ownerId: null }));
  await insertChunks(dataSource.manager, Customer, customers);
  const batch = customers.slice(OWNED).map((c) => c.id);

  const app = await createApp({ dataSource, clock: systemClock, config });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  const token = await signIn(url, 'manager', DEMO_PASSWORD);
  const query = `query($ids: [ID!]!) { assignmentSuggestions(customerIds: $ids) { customerId agents { agent { id name } projectedLoad reasons { code customers skillLevel required jobType } } } }`;
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run += 1) {
    const start = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { ids: batch } }) });
    const body = (await response.json()) as { data?: { assignmentSuggestions: unknown[] }; errors?: unknown };
    if (body.data?.assignmentSuggestions.length !== BATCH) throw new Error(JSON.stringify(body.errors));
    if (run >= 2) times.push(performance.now() - start);
  }
  console.log(`assignmentSuggestions: ${BATCH} customers, ${AGENTS} agents (+ demo agents), ${OWNED} owned customers, ${RUNS} runs`);
  console.log(`median ${percentile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
  await app.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
