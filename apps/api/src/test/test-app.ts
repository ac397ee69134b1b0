import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Role } from '@sanxin/domain';
import type { DataSource } from 'typeorm';
import { type App, createApp } from '../app';
import { type Config, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/migrate';
import type { RequestStats } from '../db/sql-counter';
import { settleSessionTouches } from '../modules/auth';
import type { Staff } from '../modules/staff/staff.entity';
import { FixedClock } from '../shared/clock';
import { makeStaff, TEST_PASSWORD } from './factories';
import { fieldPathProblems } from './field-paths';
import { createTestDatabase } from './test-database';
import { testNow } from './test-clock';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions: Record<string, any>; path?: string[] }>;
}

export interface TestApp {
  app: App;
  url: string;
  dataSource: DataSource;
  clock: FixedClock;
  config: Config;
  stats: RequestStats[];
  /** The server's request log lines. */
  logs: string[];
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  signIn(staff: Staff): Promise<string>;
  staffWithToken(role: Role, overrides?: Partial<Staff>): Promise<{ staff: Staff; token: string }>;
  close(): Promise<void>;
}

/** The real app on a real MariaDB database of its own, over real HTTP, with a clock tests can move; `env` adds configuration. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ ...database.env, PORT: '0', NODE_ENV: 'test', ...env });
  const dataSource = await createDataSource(config.database).initialize();
  await migrate(dataSource);
  const clock = new FixedClock(testNow());
  const stats: RequestStats[] = [];
  const logs: string[] = [];
  const app = await createApp({ dataSource, clock, config, onRequestStats: (s) => stats.push(s), log: (line) => logs.push(line) });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        // TEST_IDEMPOTENCY_KEYS=1 runs a suite as the console talks: a fresh key with every request (queries ignore it).
        ...(process.env.TEST_IDEMPOTENCY_KEYS === '1' ? { 'idempotency-key': randomUUID() } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<any>;
    // Every test that meets a BAD_USER_INPUT or RULE_VIOLATION also checks its shape and paths.
    const problems = await fieldPathProblems(query, body.errors);
    if (problems.length) throw new Error(`error contract broken by ${query.slice(0, 80)}: ${problems.join('; ')}`);
    // The session's last-seen update runs beside the request: settle it, so the next request's clock sees it.
    await settleSessionTouches();
    return { ...body, status: response.status };
  };
  const signIn = async (staff: Staff) => {
    const result = await gql<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: staff.username, password: TEST_PASSWORD } },
    );
    if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  return {
    app,
    url,
    dataSource,
    clock,
    config,
    stats,
    logs,
    gql,
    signIn,
    staffWithToken: async (role, overrides = {}) => {
      const staff = await makeStaff(dataSource, { role, ...overrides });
      return { staff, token: await signIn(staff) };
    },
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
