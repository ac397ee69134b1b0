import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { makeComplaint, makeStaff, TEST_PASSWORD } from '../test/factories';
import { firstEvent } from '../test/subscriptions';
import type { ApiProcess } from './api-process';
import { twoApiProcesses } from './two-api-processes';

async function signIn(api: ApiProcess, username: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', variables: { u: username, p: TEST_PASSWORD } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  if (!body.data) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

// Issue 10, point 5: push works behind several API processes (the events go through the database).
describe('push across two API processes', () => {
  const pair = twoApiProcesses('push');

  it('a change made through one process reaches a subscriber of the other within 2 s', async () => {
    const dataSource = await createDataSource(loadConfig({ ...pair.database.env, NODE_ENV: 'test' }).database).initialize();
    const owner = await makeStaff(dataSource, { role: 'AGENT' });
    const dispatcher = await makeStaff(dataSource, { role: 'DEPT_MANAGER' });
    const complaint = await makeComplaint(dataSource, { ownerId: owner.id, receivedAt: new Date() });
    await dataSource.destroy();
    const [ownerToken, dispatcherToken] = [await signIn(pair.apis[1], owner.username), await signIn(pair.apis[0], dispatcher.username)];

    const heard = firstEvent(pair.apis[1].url, 'subscription { myComplaintChanged { kind complaintId } }', { authorization: `Bearer ${ownerToken}` });
    await heard.subscribed;
    const started = Date.now();
    const urged = await fetch(pair.apis[0].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${dispatcherToken}` },
      body: JSON.stringify({ query: 'mutation($id: ID!) { urgeComplaint(id: $id, note: "客户再次来电") { urgeCount } }', variables: { id: complaint.id } }),
    });
    expect(((await urged.json()) as { errors?: unknown }).errors).toBeUndefined();
    const event = await heard.first;
    const elapsed = Date.now() - started;
    console.log(`[push] api-1 → api-2 subscriber in ${elapsed} ms`);
    expect(event.value).toMatchObject({ data: { myComplaintChanged: { kind: 'COMPLAINT_CHANGED', complaintId: complaint.id } } });
    expect(elapsed).toBeLessThan(2000);
  });
});
