import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../test/factories';
import { firstEvent } from '../../test/subscriptions';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('push over graphql-ws (same port, same session)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells a complaint’s owner, and nobody else, that it was urged; with the Bearer token in the connection parameters', async () => {
    const owner = await t.staffWithToken('AGENT');
    const other = await t.staffWithToken('AGENT');
    const dispatcher = await t.staffWithToken('DEPT_MANAGER');
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
