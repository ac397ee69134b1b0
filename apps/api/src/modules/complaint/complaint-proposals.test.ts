import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }`;
const ASSESS = `mutation($id: ID!, $v: Int!) { assessComplaint(id: $id, version: $v, input: { valid: true, departments: [WAREHOUSE] }) { version } }`;
const PROPOSE = `mutation($id: ID!, $v: Int!, $i: ProposeResolutionInput!) { proposeResolution(id: $id, version: $v, input: $i) { version status availableActions proposals { id type decision } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $p: ID) { approveResolution(id: $id, version: $v, proposalId: $p) { version status currentProposal { id } proposals { id type decision decidedBy: decidedById } } }`;
const rationale = { relationship: '老客户', wordOfMouth: '影响有限', reasonableness: '诉求合理', companyFaultPercent: 100, description: '方案说明' };

describe('alternative proposals (方案) and who approves them', () => {
  let t: TestApp;
  type Who = Awaited<ReturnType<TestApp['staffWithToken']>>;
  let agent: Who;
  let director: Who;
  let customerId: string;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    agent = await t.staffWithToken('AGENT');
    director = await t.staffWithToken('CENTER_DIRECTOR');
    customerId = (await makeCustomer(t.dataSource, { tier: 'C' })).id;
    categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
  });
  afterAll(() => t.close());

  /** A complaint with two proposals side by side, waiting for approval (version 4). */
  async function withTwoProposals(): Promise<{ id: string; proposals: Array<{ id: string; type: string }> }> {
    const input = { customerId, categoryId, channel: 'PHONE', severity: 'MEDIUM', emotion: 'ANXIOUS', description: '冰箱不制冷', customerRequest: '换新或退款' };
    const id = (await t.gql(CREATE, { i: input }, agent.token)).data?.createComplaint.id;
    expect((await t.gql(ASSESS, { id, v: 1 }, agent.token)).errors).toBeUndefined();
    const first = await t.gql(PROPOSE, { id, v: 2, i: { ...rationale, type: 'REPLACEMENT', amount: '2999' } }, agent.token);
    expect(first.data?.proposeResolution.availableActions).toEqual(['PROPOSE_RESOLUTION', 'REFER', 'URGE']);
    const second = await t.gql(PROPOSE, { id, v: 3, i: { ...rationale, type: 'REFUND', amount: '2500' } }, agent.token);
    expect(second.data?.proposeResolution).toMatchObject({ version: 4, status: 'PROPOSED' });
    return { id, proposals: second.data?.proposeResolution.proposals };
  }

  it('the director approves one of two alternatives; the other is kept, marked not chosen', async () => {
    const { id, proposals } = await withTwoProposals();
    expect(proposals.map((p) => [p.type, (p as { decision?: string }).decision])).toEqual([['REPLACEMENT', 'PENDING'], ['REFUND', 'PENDING']]);
    const which = await t.gql(APPROVE, { id, v: 4 }, director.token);
    expect(which.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'proposalId', code: 'required' }] });
    for (const role of ['QA_INSPECTOR', 'SHIFT_LEADER', 'AGENT'] as const) {
      expect((await t.gql(APPROVE, { id, v: 4, p: proposals[1].id }, (await t.staffWithToken(role)).token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(APPROVE, { id, v: 3, p: proposals[1].id }, director.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    const approved = await t.gql(APPROVE, { id, v: 4, p: proposals[1].id }, director.token);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveResolution).toMatchObject({
      version: 5,
      status: 'APPROVED',
      currentProposal: { id: proposals[1].id },
      proposals: [
        { id: proposals[0].id, type: 'REPLACEMENT', decision: 'NOT_CHOSEN', decidedBy: director.staff.id },
        { id: proposals[1].id, type: 'REFUND', decision: 'APPROVED', decidedBy: director.staff.id },
      ],
    });
  });

  it('approval follows the approver roles setting: without the director, only the manager approves', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const set = await t.gql('mutation { updateSetting(key: COMPLAINT_APPROVER_CENTER_DIRECTOR, version: 0, value: 0) { value } }', {}, admin.token);
    expect(set.errors).toBeUndefined();
    const none = await t.gql('mutation { updateSetting(key: COMPLAINT_APPROVER_DEPT_MANAGER, version: 0, value: 0) { value } }', {}, admin.token);
    expect(none.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ code: 'noneLeft' })]);
    const { id, proposals } = await withTwoProposals();
    director.token = await t.signIn(director.staff as never);
    expect((await t.gql(APPROVE, { id, v: 4, p: proposals[0].id }, director.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql('{ myInbox { approvals { items { id } } } }', {}, director.token)).data?.myInbox.approvals.items).toEqual([]);
    const manager = await t.staffWithToken('DEPT_MANAGER');
    expect((await t.gql('{ myInbox { approvals { items { id } } } }', {}, manager.token)).data?.myInbox.approvals.items).toContainEqual({ id });
    const approved = await t.gql(APPROVE, { id, v: 4, p: proposals[0].id }, manager.token);
    expect(approved.data?.approveResolution.proposals.map((p: { decision: string }) => p.decision)).toEqual(['APPROVED', 'NOT_CHOSEN']);
  });
});
