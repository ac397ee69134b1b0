import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** `availableActions` answers the step mutations this viewer may call: the workflow's, and 上交, 转交 and 催单 when allowed. */
describe('Complaint.availableActions', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let manager: { staff: { id: string }; token: string };
  let complaint: { id: string; version: number };
  const ACTIONS = 'query($id: ID!) { complaint(id: $id) { version availableActions } }';
  const actionsOf = async (token: string) => (await t.gql(ACTIONS, { id: complaint.id }, token)).data?.complaint.availableActions;

  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.staffWithToken('AGENT');
    manager = await t.staffWithToken('DEPT_MANAGER');
    const customerId = (await makeCustomer(t.dataSource, {})).id;
    const categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
    const input = { customerId, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'CALM', description: '空调漏水', customerRequest: '上门维修' };
    complaint = (await t.gql('mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id version } }', { i: input }, agent.token)).data?.createComplaint;
  });
  afterAll(() => t.close());

  it('offers the owner the workflow step, referring and urging; a manager reassigning and urging', async () => {
    expect(await actionsOf(agent.token)).toEqual(['ASSESS', 'REFER', 'URGE']);
    const managers = await actionsOf(manager.token);
    expect(managers).toEqual(expect.arrayContaining(['REASSIGN', 'URGE']));
    expect(managers).not.toContain('REFER');
  });

  it('stops offering REFER once the complaint is with a leader, as referComplaint refuses it', async () => {
    const referred = await t.gql(
      'mutation($id: ID!, $v: Int!) { referComplaint(id: $id, version: $v, input: { reason: "客户要求升级处理" }) { version } }',
      { id: complaint.id, v: complaint.version },
      agent.token,
    );
    expect(referred.errors).toBeUndefined();
    expect(await actionsOf(agent.token)).toEqual(['ASSESS', 'URGE']);
  });
});
