import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleSessionTouches } from '../auth';
import { startTestApp, type TestApp } from '../../test/test-app';
import { IdempotencyKey } from './idempotency-key.entity';
import { purgeExpiredIdempotencyKeys } from './idempotency.job';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id version name owner { id } tags } }';
const UPDATE = 'mutation($id: ID!, $version: Int!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: $version, input: $input) { id version name } }';

/** Issue 17, point 6: a create or a step sent again with its Idempotency-Key is answered, not done again. */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.staffWithToken('AGENT');
  });
  afterAll(() => t.close());

  const send = async (query: string, variables: Record<string, unknown>, key: string | null, token = agent.token) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    await settleSessionTouches();
    return { status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true', text, body: JSON.parse(text) };
  };
  const count = async (sql: string, params: unknown[]) => Number((await t.dataSource.query(sql, params))[0].n);
  const customersNamed = (name: string) => count('SELECT COUNT(*) AS n FROM customer WHERE name = ?', [name]);
  const auditRows = (entityId: string) => count('SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ?', [entityId]);

  it('answers a replayed create with the first answer, and writes once (one row, one audit row)', async () => {
    const input = { kind: 'INDIVIDUAL', name: '幂等客户甲', tags: ['VIP'] };
    const first = await send(CREATE, { input }, 'create-1');
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.createCustomer).toMatchObject({ name: '幂等客户甲', owner: { id: agent.staff.id }, tags: ['VIP'] });
    const again = await send(CREATE, { input }, 'create-1');
    expect(again).toMatchObject({ status: first.status, replayed: true, text: first.text });
    expect(await customersNamed('幂等客户甲')).toBe(1);
    expect(await auditRows(first.body.data.createCustomer.id)).toBe(1);
  });

  it('answers a replayed step with its first answer instead of CONFLICT on the now stale version', async () => {
    const { id } = (await send(CREATE, { input: { kind: 'INDIVIDUAL', name: '幂等客户乙' } }, null)).body.data.createCustomer;
    const variables = { id, version: 1, input: { name: '幂等客户乙改' } };
    const first = await send(UPDATE, variables, 'update-1');
    expect(first.body.data.updateCustomer).toMatchObject({ version: 2, name: '幂等客户乙改' });
    expect((await send(UPDATE, variables, 'update-1')).text).toBe(first.text);
    expect((await send(UPDATE, variables, null)).body.errors[0].extensions.code).toBe('CONFLICT');
    expect(await count('SELECT version AS n FROM customer WHERE id = ?', [id])).toBe(2);
    expect(await auditRows(id)).toBe(2);
  });

  it('answers the loser of two keyed saves at once CONFLICT with the winner\'s version', async () => {
    const { id } = (await send(CREATE, { input: { kind: 'INDIVIDUAL', name: '幂等客户抢先' } }, null)).body.data.createCustomer;
    const saves = await Promise.all(['a', 'b'].map((who) => send(UPDATE, { id, version: 1, input: { name: `幂等客户抢先${who}` } }, `race-${who}`)));
    expect(saves.filter((s) => s.body.data?.updateCustomer)).toHaveLength(1);
    expect(saves.find((s) => s.body.errors)?.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('refuses the same key with another request (idempotencyKeyReused) and writes nothing', async () => {
    await send(CREATE, { input: { kind: 'INDIVIDUAL', name: '幂等客户丙' } }, 'create-2');
    const other = await send(CREATE, { input: { kind: 'INDIVIDUAL', name: '幂等客户丁' } }, 'create-2');
    expect(other.status).toBe(400);
    expect(other.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: null, code: 'idempotencyKeyReused', params: { header: 'Idempotency-Key' } }] });
    expect(other.body.errors[0].extensions.requestId).toEqual(expect.any(String));
    expect(await customersNamed('幂等客户丁')).toBe(0);
  });

  it('creates one row for parallel requests with the same key; all of them get its answer', async () => {
    const input = { kind: 'INDIVIDUAL', name: '幂等客户并发' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(CREATE, { input }, 'parallel-1')));
    expect(answers.map((a) => a.body.errors)).toEqual(answers.map(() => undefined));
    expect(new Set(answers.map((a) => a.body.data.createCustomer.id)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await customersNamed('幂等客户并发')).toBe(1);
  });

  it('keeps the keys of different staff apart', async () => {
    const other = await t.staffWithToken('AGENT');
    const input = { kind: 'INDIVIDUAL', name: '幂等客户两人' };
    const mine = await send(CREATE, { input }, 'shared-key');
    const theirs = await send(CREATE, { input }, 'shared-key', other.token);
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.data.createCustomer.id).not.toBe(mine.body.data.createCustomer.id);
    expect(await customersNamed('幂等客户两人')).toBe(2);
  });

  it('keeps no answer that did nothing: a refused create may be sent again, corrected, with its key', async () => {
    const refused = await send(CREATE, { input: { kind: 'INDIVIDUAL', name: ' ' } }, 'create-3');
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const corrected = await send(CREATE, { input: { kind: 'INDIVIDUAL', name: '幂等客户更正' } }, 'create-3');
    expect(corrected.body.errors).toBeUndefined();
    expect(await customersNamed('幂等客户更正')).toBe(1);
  });

  it('asks for the text of a persisted query sent as a hash alone with a key, then keys it as usual', async () => {
    const post = (body: Record<string, unknown>) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}`, 'idempotency-key': 'persisted-1' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<any>);
    const variables = { input: { kind: 'INDIVIDUAL', name: '幂等客户持久化' } };
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(CREATE).digest('hex') };
    expect((await post({ variables, extensions: { persistedQuery } })).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const created = await post({ query: CREATE, variables, extensions: { persistedQuery } });
    expect(created.errors).toBeUndefined();
    expect((await post({ query: CREATE, variables, extensions: { persistedQuery } })).data).toEqual(created.data);
    expect(await customersNamed('幂等客户持久化')).toBe(1);
  });

  it('ignores the header on queries', async () => {
    const me = await send('query { me { id } }', {}, 'query-key');
    expect(me.body.data.me.id).toBe(agent.staff.id);
    expect(await count('SELECT COUNT(*) AS n FROM idempotency_key WHERE staff_id = ?', [agent.staff.id])).toBeGreaterThan(0);
    expect((await send('query { me { id } }', {}, 'query-key')).replayed).toBe(false);
  });

  it('forgets a key after 24 h: the same request runs again, and the purge deletes expired keys', async () => {
    const input = { kind: 'INDIVIDUAL', name: '幂等客户过期' };
    await send(CREATE, { input }, 'create-4');
    const dayAgo = new Date(t.clock.now().getTime() - 25 * 60 * 60_000);
    await t.dataSource.getRepository(IdempotencyKey).update({ staffId: agent.staff.id }, { createdAt: dayAgo });
    const later = await send(CREATE, { input }, 'create-4');
    expect(later.replayed).toBe(false);
    expect(await customersNamed('幂等客户过期')).toBe(2);
    expect(await purgeExpiredIdempotencyKeys(t.dataSource, t.clock.now())).toBeGreaterThan(0);
    expect(await t.dataSource.getRepository(IdempotencyKey).countBy({ staffId: agent.staff.id })).toBe(1);
  });
});
