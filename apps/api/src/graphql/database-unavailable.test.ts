import { createServer, type Server, type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { type App, createApp } from '../app';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import { FixedClock } from '../shared/clock';
import { makeCustomer, makeStaff, TEST_PASSWORD } from '../test/factories';
import { testNow } from '../test/test-clock';
import { createTestDatabase, type TestDatabase, testDialect } from '../test/test-database';

/** A TCP hop between the API and MariaDB that the test can cut: the database "goes away" mid-life. */
async function startDatabaseHop(target: URL): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 3306), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.resetAndDestroy();
      await closed;
    },
  };
}

describe.skipIf(testDialect === 'sqlite')('a database that goes away', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let app: App;
  let url: string;
  let cut: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.env.DATABASE_URL);
    const hop = await startDatabaseHop(direct);
    cut = hop.cut;
    const config = loadConfig({ DATABASE_URL: `${direct.protocol}//root@127.0.0.1:${hop.port}${direct.pathname}`, PORT: '0', NODE_ENV: 'test' });
    dataSource = await createDataSource(config.database).initialize();
    await migrate(dataSource);
    app = await createApp({ dataSource, clock: new FixedClock(testNow()), config });
    url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await app.close();
    await dataSource.destroy().catch(() => undefined);
    await database.drop();
  });

  const post = async (query: string, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
  };

  it('answers SERVICE_UNAVAILABLE, from the session read and from a resolver, never INTERNAL_SERVER_ERROR', async () => {
    const staff = await makeStaff(dataSource, { role: 'AGENT' });
    const customer = await makeCustomer(dataSource);
    const login = await post(`mutation { login(input: { username: "${staff.username}", password: "${TEST_PASSWORD}" }) { token } }`);
    const token = login.data?.login.token as string;
    expect((await post('{ me { id } }', token)).data?.me).toEqual({ id: staff.id });

    await cut();
    const withSession = await post(`{ customer(id: "${customer.id}") { name } }`, token);
    expect(withSession.errors?.[0]).toMatchObject({ message: 'The database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const withoutSession = await post(`mutation { login(input: { username: "${staff.username}", password: "${TEST_PASSWORD}" }) { token } }`);
    expect(withoutSession.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
