import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ComplaintProposal } from './complaint-proposal.entity';
import { Complaint } from './complaint.entity';

const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id version status ownerId recordedById dueAt slaState remainingBusinessMinutes escalationLevel availableActions } }`;
const FIELDS = 'id version status closedAt availableActions tasks { id department status } timeline { step note actor { id } }';
const step = (name: string, args: string) => `mutation($id: ID!, $v: Int!${args ? `, ${args}` : ''}) { ${name}(id: $id, version: $v${args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''}) { ${FIELDS} } }`;
const ASSESS = step('assessComplaint', '$input: AssessComplaintInput!');
const PROPOSE = step('proposeResolution', '$input: ProposeResolutionInput!');
const APPROVE = step('approveResolution', '');
const RETURN = step('returnResolution', '$input: ReturnResolutionInput');
const DECIDE = step('recordCustomerDecision', '$input: CustomerDecisionInput');
/** The arguments before `input` (deprecated until 2027-03-01) still work. */
const DECIDE_DEPRECATED = step('recordCustomerDecision', '$accepted: Boolean!, $note: String');
const START = step('startImplementation', '');
const COMPLETE = step('completeImplementationTask', '$input: CompleteImplementationTaskInput');
const FOLLOW_UP = step('recordComplaintFollowUp', '$input: ComplaintFollowUpInput');
const CLOSE = step('closeComplaint', '');
const REOPEN = step('reopenComplaint', '$input: ReopenComplaintInput');

const PROPOSAL = {
  type: 'REPLACEMENT',
  amount: '2999',
  description: '仓库发新机，上门换货并回收旧机',
  relationship: '合作五年的老客户，明年有续购计划',
  wordOfMouth: '客户在行业协会影响较大',
  reasonableness: '产品在保修期内出现质量问题，诉求合理',
  companyFaultPercent: 100,
};

describe('complaint workflow', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let colleague: { staff: { id: string }; token: string };
  let leader: { staff: { id: string }; token: string };
  let manager: { staff: { id: string }; token: string };
  let customerId: string;
  let qualityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-25T02:00:00Z')); // Wednesday 10:00 in Shanghai
    [agent, colleague, leader, manager] = await Promise.all([t.staffWithToken('AGENT'), t.staffWithToken('AGENT'), t.staffWithToken('SHIFT_LEADER'), t.staffWithToken('DEPT_MANAGER')]);
    customerId = (await makeCustomer(t.dataSource, { tier: 'C' })).id;
    const categories = await t.gql('{ complaintCategories(page: { limit: 50 }) { items { id code nameZh nameEn } } }', {}, agent.token);
    qualityId = categories.data?.complaintCategories.items.find((c: { code: string }) => c.code === 'QUALITY').id;
  });
  afterAll(() => t.close());

  const registration = () => ({
    customerId,
    categoryId: qualityId,
    channel: 'PHONE',
    severity: 'LOW',
    emotion: 'ANGRY',
    description: '新买的冷柜三天不制冷，货物损失',
    customerRequest: '更换新机并赔偿损失',
    productName: '商用冷柜',
    batchNumber: 'LG-2026-118',
  });

  async function register(token = agent.token) {
    const result = await t.gql(CREATE, { i: registration() }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.createComplaint as { id: string; version: number };
  }

  it('seeds the national taxonomy with Chinese and English labels', async () => {
    const categories = await t.gql('{ complaintCategories(page: { limit: 50 }) { items { code nameZh nameEn } } }', {}, agent.token);
    expect(categories.data?.complaintCategories.items.slice(0, 3)).toEqual([
      { code: 'QUALITY', nameZh: '质量', nameEn: 'Quality' },
      { code: 'SALES_CONTRACT', nameZh: '营销合同', nameEn: 'Sales contract' },
      { code: 'PRICE', nameZh: '价格', nameEn: 'Price' },
    ]);
    expect(categories.data?.complaintCategories.items.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['SERVICE_ATTITUDE', 'DELIVERY', 'BILLING', 'PERSONAL_DIGNITY']));
  });

  it('registers with the registering agent as owner and a due time in business hours', async () => {
    const result = await t.gql(CREATE, { i: registration() }, agent.token);
    // LOW for a tier C customer: 24 business hours from Wednesday 10:00 (7.5 + 9 + 7.5 on 08:30-17:30 days) → Friday 16:00.
    expect(result.data?.createComplaint).toMatchObject({
      status: 'RECEIVED',
      ownerId: agent.staff.id,
      recordedById: agent.staff.id,
      dueAt: '2026-11-27T08:00:00.000Z',
      slaState: 'ON_TIME',
      remainingBusinessMinutes: 24 * 60,
      escalationLevel: 'NONE',
      availableActions: ['ASSESS', 'REFER', 'URGE'],
    });
  });

  it('takes a complaint through every step to closed, with one task per department and the whole timeline', async () => {
    const { id } = await register();
    let v = 1;
    const run = async (query: string, variables: Record<string, unknown>, token = agent.token) => {
      const result = await t.gql(query, { id, v, ...variables }, token);
      expect(result.errors, query).toBeUndefined();
      const complaint = Object.values(result.data ?? {})[0] as { version: number; status: string; tasks: Array<{ id: string }> };
      v = complaint.version;
      return complaint;
    };
    await run(ASSESS, { input: { valid: true, departments: ['WAREHOUSE', 'TECHNICAL'] } });
    await run(PROPOSE, { input: PROPOSAL });
    expect((await run(RETURN, { input: { note: '补充赔偿依据' } }, manager.token)).status).toBe('RETURNED');
    await run(PROPOSE, { input: { ...PROPOSAL, amount: '1500.50' } });
    expect((await run(APPROVE, {}, manager.token)).status).toBe('APPROVED');
    const noAnswer = await t.gql(DECIDE, { id, v }, agent.token);
    expect(noAnswer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'accepted', code: 'required', params: null }] });
    await run(DECIDE_DEPRECATED, { accepted: true, note: '客户同意换机' });
    const started = await run(START, {});
    expect(started.tasks.map((task) => task.id)).toHaveLength(2);
    expect((await run(COMPLETE, { input: { taskId: started.tasks[0].id } })).status).toBe('IMPLEMENTING');
    expect((await run(COMPLETE, { input: { taskId: started.tasks[1].id } })).status).toBe('FOLLOW_UP');
    await run(FOLLOW_UP, { input: { satisfied: true, note: '客户对处理结果满意' } });
    const closed = (await run(CLOSE, {})) as unknown as { status: string; closedAt: string; timeline: Array<{ step: string }>; tasks: Array<{ status: string }> };
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBe(t.clock.now().toISOString());
    expect(closed.tasks.map((task) => task.status)).toEqual(['DONE', 'DONE']);
    expect(closed.timeline.map((entry) => entry.step)).toEqual([
      'register', 'assessValid', 'propose', 'return', 'propose', 'approve', 'customerAccept', 'startImplementation',
      'completeTask', 'completeTask', 'completeImplementation', 'followUpSatisfied', 'close',
    ]);
    const proposals = await t.dataSource.getRepository(ComplaintProposal).find({ where: { complaintId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    expect(proposals.map((p) => [p.decision, p.amount, p.customerAccepted])).toEqual([['RETURNED', '2999.00', null], ['APPROVED', '1500.50', true]]);
    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { field newValue } }`, { id }, manager.token);
    expect(audit.data?.auditEntries).toEqual(expect.arrayContaining([{ field: 'status', newValue: 'CLOSED' }]));

    const reopened = await run(REOPEN, { input: { reason: '客户反映新机再次故障' } });
    expect(reopened).toMatchObject({ status: 'RECEIVED', closedAt: null });
  });

  it('rejects an invalid complaint with the explanation, closing it', async () => {
    const { id } = await register();
    const result = await t.gql(ASSESS, { id, v: 1, input: { valid: false, explanation: '经核实为人为损坏，已向客户耐心说明' } }, agent.token);
    expect(result.data?.assessComplaint).toMatchObject({ status: 'REJECTED', availableActions: ['REOPEN'] });
    expect(result.data?.assessComplaint.closedAt).not.toBeNull();
  });

  it('answers an illegal step with INVALID_TRANSITION and the allowed actions, changing nothing', async () => {
    const { id } = await register();
    const result = await t.gql(CLOSE, { id, v: 1 }, agent.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'RECEIVED', action: 'CLOSE', allowed: ['ASSESS'] });
    const skip = await t.gql(START, { id, v: 1 }, agent.token);
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', action: 'START_IMPLEMENTATION' });
    expect(await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).toMatchObject({ status: 'RECEIVED', version: 1 });
  });

  it('answers a missing field with BAD_USER_INPUT naming it, writing nothing', async () => {
    const before = await t.dataSource.getRepository(Complaint).count();
    const { emotion: _, ...withoutEmotion } = registration();
    const missing = await t.gql(CREATE, { i: withoutEmotion }, agent.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'emotion', code: 'required' }] });
    expect(await t.dataSource.getRepository(Complaint).count()).toBe(before);

    const { id } = await register();
    await t.gql(ASSESS, { id, v: 1, input: { valid: true, departments: ['WAREHOUSE'] } }, agent.token);
    const { wordOfMouth: __, ...withoutWordOfMouth } = PROPOSAL;
    const noRationale = await t.gql(PROPOSE, { id, v: 2, input: { ...withoutWordOfMouth, amount: '-5' } }, agent.token);
    expect(noRationale.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(noRationale.errors?.[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual(['amount', 'wordOfMouth']);
    const noDepartments = await t.gql(ASSESS, { id, v: 2, input: { valid: true } }, agent.token);
    expect(noDepartments.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect(await t.dataSource.getRepository(ComplaintProposal).countBy({ complaintId: id })).toBe(0);
    expect(await t.dataSource.getRepository(Complaint).findOneByOrFail({ id })).toMatchObject({ status: 'INVESTIGATING', version: 2 });
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const { id } = await register();
    await t.gql(ASSESS, { id, v: 1, input: { valid: true, departments: ['WAREHOUSE'] } }, agent.token);
    const stale = await t.gql(PROPOSE, { id, v: 1, input: PROPOSAL }, agent.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await t.dataSource.getRepository(ComplaintProposal).countBy({ complaintId: id })).toBe(0);
  });

  it('lets only the manager or above approve, and only the owner or leaders work the complaint', async () => {
    const { id } = await register();
    expect((await t.gql(ASSESS, { id, v: 1, input: { valid: true, departments: ['SALES'] } }, colleague.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(ASSESS, { id, v: 1, input: { valid: true, departments: ['SALES'] } }, leader.token)).errors).toBeUndefined();
    expect((await t.gql(PROPOSE, { id, v: 2, input: PROPOSAL }, agent.token)).errors).toBeUndefined();
    for (const who of [agent, colleague, leader]) expect((await t.gql(APPROVE, { id, v: 3 }, who.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // The centre director approves too (by default; complaint-proposals.test.ts turns it off).
    const director = await t.staffWithToken('CENTER_DIRECTOR');
    expect((await t.gql('{ myInbox { approvals { items { id } } } }', {}, director.token)).data?.myInbox.approvals.items.map((c: { id: string }) => c.id)).toContain(id);
    const inbox = await t.gql('{ myInbox { approvals { items { id } } } }', {}, manager.token);
    expect(inbox.data?.myInbox.approvals.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await t.gql(APPROVE, { id, v: 3 }, manager.token)).data?.approveResolution.status).toBe('APPROVED');
    const qa = await t.staffWithToken('QA_INSPECTOR');
    expect((await t.gql(CREATE, { i: registration() }, qa.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('filters by status, category, owner, mine and overdue', async () => {
    const { id } = await register(colleague.token);
    const list = (filter: Record<string, unknown>, token = agent.token) =>
      t.gql('query($f: ComplaintFilter) { complaints(filter: $f, page: { limit: 200 }) { items { id } total } }', { f: filter }, token).then((r) => r.data?.complaints.items.map((c: { id: string }) => c.id));
    expect(await list({ mine: true }, colleague.token)).toEqual([id]);
    expect(await list({ ownerId: colleague.staff.id, status: ['RECEIVED'], categoryId: qualityId })).toEqual([id]);
    expect(await list({ overdue: true })).not.toContain(id);
    t.clock.advance(7 * 24 * 3_600_000);
    const token = await t.signIn(agent.staff as never);
    expect(await list({ overdue: true, categoryId: qualityId }, token)).toContain(id);
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
  });
});
