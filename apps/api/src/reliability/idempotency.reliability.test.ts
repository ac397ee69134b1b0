import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { createMysqlDatabase, type TestDatabase } from '../test/test-database';
import { ApiProcess } from './api-process';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }';
const WORKERS = 16;
const MAX_ROUNDS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sent {
  key: string;
  name: string;
  answered: boolean;
}

/**
 * Issue 17, point 6: kill -9 lands between a create's commit and its answer; the client, never
 * answered, retries with the same Idempotency-Key on the restarted server. Creates run back to back
 * from 16 clients and the server is killed at a random moment, round after round, until at least one
 * retry was answered from a stored answer (`Idempotent-Replayed`): the proof that the kill fell in
 * that window. Every create must end as exactly one row, however the kills fell.
 */
describe('Idempotency-Key across kill -9 (MariaDB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-idempotency-'));
  let database: TestDatabase | null = null;
  const apis: ApiProcess[] = [];
  afterAll(async () => {
    for (const api of apis) await api.dispose();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves exactly one row per create when unanswered creates are retried with their key after kill -9', async () => {
    database = await createMysqlDatabase('sanxin_idempotency');
    const env = { ...database.env, SANXIN_DEMO: '1', ADMIN_DIST: dir };
    // A new process each time (its start waits for its own start-up line), on the port of the first.
    const started = async (port = 0) => {
      const api = new ApiProcess({ name: `mariadb-${apis.length}`, port, env, logFile: join(dir, `api-${apis.length}.log`) });
      apis.push(api);
      await api.start();
      return api;
    };
    let server = await started();
    const login = await post(server.url, { query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', variables: { u: 'agent', p: DEMO_PASSWORD } });
    const token = ((await login.json()) as any).data.login.token as string;
    const send = (sent: Sent) =>
      post(server.url, { query: CREATE, variables: { input: { kind: 'INDIVIDUAL', name: sent.name } } }, { authorization: `Bearer ${token}`, 'idempotency-key': sent.key });

    const all: Sent[] = [];
    let replayed = 0;
    let rounds = 0;
    while (replayed === 0 && rounds < MAX_ROUNDS) {
      rounds += 1;
      let killed = false;
      const worker = async (w: number) => {
        for (let i = 0; !killed; i += 1) {
          const sent: Sent = { key: `r${rounds}-w${w}-${i}`, name: `幂等-${rounds}-${w}-${i}`, answered: false };
          all.push(sent);
          try {
            const response = await send(sent);
            const body = (await response.json()) as any;
            sent.answered = !body.errors;
          } catch {
            return; // the server died under this request
          }
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
      await sleep(300 + Math.random() * 700);
      killed = true;
      await server.kill9();
      await Promise.all(workers);
      server = await started(server.port);
      for (const sent of all.filter((s) => !s.answered)) {
        const response = await send(sent);
        const body = (await response.json()) as any;
        expect(body.errors).toBeUndefined();
        sent.answered = true;
        if (response.headers.get('idempotent-replayed') === 'true') replayed += 1;
      }
    }

    const connection = await createConnection(database.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
    try {
      const [rows] = await connection.query("SELECT name, COUNT(*) AS n FROM customer WHERE name LIKE '幂等-%' GROUP BY name");
      const counts = new Map((rows as Array<{ name: string; n: number }>).map((r) => [r.name, Number(r.n)]));
      expect(all.filter((s) => counts.get(s.name) !== 1)).toEqual([]);
      expect(counts.size).toBe(all.length);
    } finally {
      await connection.end();
    }
    console.log(`[idempotency] ${all.length} creates in ${rounds} kill -9 rounds; ${replayed} retries answered from the stored answer (committed, never answered)`);
    expect(replayed).toBeGreaterThan(0);
  });
});

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
