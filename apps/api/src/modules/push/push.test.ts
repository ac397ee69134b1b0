import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeComplaint } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The first event of a subscription over graphql-ws, or the error the server answers with. */
export function firstEvent(url: string, query: string, connectionParams: Record<string, unknown>, headers: Record<string, string> = {}) {
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
  });
  const subscription = client.iterate<Record<string, { kind: string; complaintId: string | null }>>({ query });
  const first = subscription.next().finally(() => subscription.return?.().then(() => client.dispose()));
  // graphql-ws acknowledges the connection before the subscription runs: give the server a moment to start listening.
  return { first, subscribed: new Promise((resolve) => setTimeout(resolve, 300)) };
}

describe('push over graphql-ws (same port, same session)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells a complaint’s owner, and nobody else, that it was urged; with the Bearer token in the connection parameters', async () => {
    const owner = await t.staffWithToken('AGENT');
    const other = await t.staffWithToken('AGENT');
    const dispatcher = await t.staffWithToken('SHIFT_LEADER');
    const complaint = await makeComplaint(t.dataSource, { ownerId: owner.staff.id, receivedAt: t.clock.now() });
    const mine = firstEvent(t.url, 'subscription { myComplaintChanged { kind complaintId at } }', { authorization: `Bearer ${owner.token}` });
    const inbox = firstEvent(t.url, 'subscription { myInboxChanged { kind complaintId } }', { authorization: `Bearer ${owner.token}` });
    const notMine = firstEvent(t.url, 'subscription { myComplaintChanged { kind complaintId } }', { authorization: `Bearer ${other.token}` });
    await Promise.all([mine.subscribed, inbox.subscribed, notMine.subscribed]);

    const started = Date.now();
    const urged = await t.gql('mutation($id: ID!) { urgeComplaint(id: $id, note: "客户来电催促") { urgeCount } }', { id: complaint.id }, dispatcher.token);
    expect(urged.errors).toBeUndefined();

    expect((await mine.first).value).toMatchObject({ data: { myComplaintChanged: { kind: 'COMPLAINT_CHANGED', complaintId: complaint.id } } });
    expect((await inbox.first).value).toMatchObject({ data: { myInboxChanged: { kind: 'INBOX_CHANGED', complaintId: complaint.id } } });
    expect(Date.now() - started).toBeLessThan(2000);
    const nothing = await Promise.race([notMine.first.then(() => 'heard'), new Promise((resolve) => setTimeout(() => resolve('silent'), 600))]);
    expect(nothing).toBe('silent');
  });

  it('refuses a subscription without a session, and a session cookie sent from another origin', async () => {
    const { token } = await t.staffWithToken('AGENT');
    const anonymous = firstEvent(t.url, 'subscription { myInboxChanged { kind } }', {});
    expect((await anonymous.first).value).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'MISSING' } }] });
    const crossSite = firstEvent(t.url, 'subscription { myInboxChanged { kind } }', {}, { cookie: `sanxin_session=${token}`, origin: 'https://evil.example' });
    expect((await crossSite.first).value).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const sameSite = firstEvent(t.url, 'subscription { myInboxChanged { kind } }', {}, { cookie: `sanxin_session=${token}`, origin: t.url });
    await sameSite.subscribed;
    expect(await Promise.race([sameSite.first.then((r) => JSON.stringify(r.value)), new Promise((resolve) => setTimeout(() => resolve('listening'), 300))])).toBe('listening');
  });
});
