import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstEvent } from '../test/subscriptions';
import { startTestApp, type TestApp } from '../test/test-app';

/** `{ … on PushNotice { … on PushNotice { kind } } }` nested `levels` deep. */
const nested = (levels: number): string => (levels === 0 ? 'kind' : `... on PushNotice { ${nested(levels - 1)} }`);

// Issue 10: the limits of GraphQL Armor (depth, aliases, cost) and of the parser hold for subscriptions over graphql-ws too.
describe('limits on subscription documents', () => {
  let t: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    auth = { authorization: `Bearer ${(await t.staffWithToken('AGENT')).token}` };
  });
  afterAll(() => t.close());

  /** graphql-ws answers a refused document with an `error` message: the client's iterator rejects with its errors. */
  const refusal = (query: string) =>
    firstEvent(t.url, query, auth).first.then(
      (result) => ({ unexpected: result.value }),
      (errors: unknown) => errors,
    );

  it('refuses a too-deep subscription, as over HTTP, with GRAPHQL_VALIDATION_FAILED', async () => {
    const query = `subscription { myInboxChanged { ${nested(12)} } }`;
    expect(await refusal(query)).toEqual([expect.objectContaining({ message: expect.stringMatching(/depth/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    const http = await t.gql(query.replace('subscription', 'query').replace('myInboxChanged', 'me'), {}, undefined);
    expect(http.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases, and a document past the token limit with GRAPHQL_PARSE_FAILED', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `k${i}: kind`).join(' ');
    expect(await refusal(`subscription { myInboxChanged { ${aliases} } }`)).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    const tokens = Array.from({ length: 3100 }, () => 'kind').join(' ');
    expect(await refusal(`subscription { myInboxChanged { ${tokens} } }`)).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it('lets a subscription within the limits through', async () => {
    const ok = firstEvent(t.url, `subscription { myInboxChanged { ${nested(2)} complaintId } }`, auth);
    await ok.subscribed;
    expect(await Promise.race([ok.first.then((r) => JSON.stringify(r.value)), new Promise((resolve) => setTimeout(() => resolve('listening'), 300))])).toBe('listening');
  });
});
