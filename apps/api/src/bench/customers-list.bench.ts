import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { DEMO_PASSWORD, generateCustomers, generateDemoData } from '../db/seed/demo-data';
import { insertChunks, seedDemoData, toCustomer } from '../db/seed/seed-demo';
import { Contact } from '../modules/contact/contact.entity';
import { insertGrams } from '../modules/customer/customer-search';
import { Customer } from '../modules/customer/customer.entity';
import { Staff } from '../modules/staff/staff.entity';
import { systemClock } from '../shared/clock';
import { newId } from '../shared/ids';
import { ensureDatabase, percentile, signIn } from './bench-support';

/**
 * The customers list (25 rows with owner and contacts) over HTTP against 100,000 customers in
 * MariaDB/MySQL. Usage: pnpm --filter @sanxin/api build && pnpm bench:customers
 * BENCH_DATABASE_URL (default mysql://root@127.0.0.1:3306/sanxin_bench) is created and filled once.
 */
const TARGET = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sanxin_bench';

const QUERY = `query($filter: CustomerFilter, $sort: [CustomerSort!], $page: PageInput) {
  customers(filter: $filter, sort: $sort, page: $page) {
    items { id name company phone tier lifecycle updatedAt owner { id name } contacts { id name phone } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const config = loadConfig({ DATABASE_URL, SANXIN_DEMO: '1', NODE_ENV: 'production' });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  await seedDemoData(dataSource, systemClock.now());
  await fill(dataSource);
  const stats: RequestStats[] = [];
  const app = await createApp({ dataSource, clock: systemClock, config, onRequestStats: (s) => stats.push(s) });
  const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  const token = await signIn(url, 'leader', DEMO_PASSWORD);
  const post = async (variables: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables }) });
    const body = (await response.json()) as { data?: { customers: { items: unknown[]; pageInfo: { endCursor: string } } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.customers;
  };
  const deep = await post({ page: { offset: 5000, limit: 25 } });
  const scenarios: Array<[string, Record<string, unknown>]> = [
    ['first page, newest first', {}],
    ['tier A, sorted by name', { filter: { tier: ['A'] }, sort: [{ field: 'NAME', direction: 'ASC' }] }],
    ['owner filter', { filter: { ownerId: await someAgentId(dataSource) } }],
    ['search q=物流 (common substring)', { filter: { q: '物流' } }],
    ['search q=𠮷祥 (rare: through the gram index)', { filter: { q: '𠮷祥' } }],
    ['keyset page after row 5,000', { page: { after: deep.pageInfo.endCursor } }],
  ];
  console.log(`customers: ${await dataSource.getRepository(Customer).count()}, runs per scenario: ${RUNS}`);
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
    const counts = [...new Set(stats.map((s) => s.statements))].join('/');
    console.log(`${name} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${counts}`);
  }
  await app.close();
  await dataSource.destroy();
}

async function fill(dataSource: DataSource): Promise<void> {
  const existing = await dataSource.getRepository(Customer).count();
  if (existing >= TARGET) return;
  const started = performance.now();
  const now = systemClock.now();
  const agents = await dataSource.getRepository(Staff).findBy({ role: 'AGENT' });
  const staffIds = new Map(agents.map((a) => [a.username, a.id]));
  const generated = generateCustomers(TARGET - existing, { seed: 7, now, ownerKeys: [...staffIds.keys()] });
  const names = generateDemoData({ now }).contacts;
  const customerIds = new Map(generated.map((c) => [c.key, newId(c.createdAt.getTime())]));
  const contacts: Contact[] = [];
  const customers = generated.map((customer, index) => {
    const own = customer.kind === 'COMPANY' ? [names[index % names.length], names[(index * 7 + 3) % names.length]] : [];
    const row = toCustomer(customer, customerIds, staffIds, own);
    for (const [position, c] of own.entries()) {
      contacts.push(Object.assign(new Contact(), { id: newId(), version: 1, createdAt: row.createdAt, updatedAt: row.createdAt, customerId: row.id, name: c.name, position: c.position, phone: c.phone, email: null, isPrimary: position === 0, archivedAt: null }));
    }
    return row;
  });
  await dataSource.transaction(async (manager) => {
    await insertChunks(manager, Customer, customers);
    await insertGrams(manager, customers);
    await insertChunks(manager, Contact, contacts);
  });
  console.log(`filled ${customers.length} customers and ${contacts.length} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function someAgentId(dataSource: DataSource): Promise<string> {
  return (await dataSource.getRepository(Staff).findOneByOrFail({ username: 'agent' })).id;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
