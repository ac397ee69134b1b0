import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { FollowUp } from '../follow-up';
import { startTestApp, type TestApp } from '../../test/test-app';

const FIELDS = 'id version status tasks { id } timeline { step note }';
const step = (name: string, args: string) => `mutation($id: ID!, $v: Int!${args ? `, ${args}` : ''}) { ${name}(id: $id, version: $v${args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''}) { ${FIELDS} } }`;
const FOLLOW_UP_FIELDS = 'id version status trigger sourceId assignee { id } dueAt';
const followUpStep = (name: string, input: string) => `mutation($id: ID!, $version: Int!, $input: ${input}!) { ${name}(id: $id, version: $version, input: $input) { ${FOLLOW_UP_FIELDS} } }`;

describe('a complaint’s follow-up (回访 is mandatory)', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let manager: { staff: { id: string }; token: string };
  let customerId: string;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-09T02:00:00Z')); // Wednesday 10:00 in Shanghai
    [agent, manager] = await Promise.all([t.staffWithToken('AGENT'), t.staffWithToken('DEPT_MANAGER')]);
    customerId = (await makeCustomer(t.dataSource, { tier: 'B' })).id;
    const categories = await t.gql('{ complaintCategories(page: { limit: 50 }) { items { id code } } }', {}, agent.token);
    categoryId = categories.data?.complaintCategories.items.find((c: { code: string }) => c.code === 'QUALITY').id;
  });
  afterAll(() => t.close());

  /** Registers a complaint and takes it to its follow-up step; answers it with its version. */
  async function toFollowUp(): Promise<{ id: string; v: number }> {
    const registration = { customerId, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'ANXIOUS', description: '净水器漏水，地板泡坏', customerRequest: '上门维修并赔偿地板' };
    const created = await t.gql(`mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id version } }`, { i: registration }, agent.token);
    const id = created.data?.createComplaint.id as string;
    let v = 1;
    const run = async (query: string, variables: Record<string, unknown> = {}, token = agent.token) => {
      const result = await t.gql(query, { id, v, ...variables }, token);
      expect(result.errors, query).toBeUndefined();
      const complaint = Object.values(result.data ?? {})[0] as { version: number; tasks: Array<{ id: string }> };
      v = complaint.version;
      return complaint;
    };
    await run(step('assessComplaint', '$input: AssessComplaintInput!'), { input: { valid: true, departments: ['TECHNICAL'] } });
    const proposal = { type: 'REPAIR', amount: '300', description: '技术部上门更换接头并补偿地板清洁费', relationship: '老客户', wordOfMouth: '小区业主群活跃', reasonableness: '诉求合理', companyFaultPercent: 80 };
    await run(step('proposeResolution', '$input: ProposeResolutionInput!'), { input: proposal });
    await run(step('approveResolution', ''), {}, manager.token);
    await run(step('recordCustomerDecision', '$accepted: Boolean!, $note: String'), { accepted: true, note: '客户同意' });
    const started = await run(step('startImplementation', ''));
    await run(step('completeImplementationTask', '$taskId: ID!'), { taskId: started.tasks[0].id });
    return { id, v };
  }

  const followUpOf = async (complaintId: string) => {
    const list = await t.gql(`query($f: FollowUpFilter) { followUps(filter: $f) { items { ${FOLLOW_UP_FIELDS} } } }`, { f: { sourceId: complaintId } }, agent.token);
    return list.data?.followUps.items as Array<{ id: string; version: number; status: string; trigger: string; assignee: { id: string }; dueAt: string }>;
  };
  const complaintStatus = async (id: string) => (await t.gql(`query($id: ID!) { complaint(id: $id) { status version timeline { step note } } }`, { id }, agent.token)).data?.complaint;

  it('is created for the owner when the complaint reaches its follow-up step, due in 3 days; satisfied moves the complaint on', async () => {
    const { id } = await toFollowUp();
    const [followUp] = await followUpOf(id);
    expect(followUp).toMatchObject({ status: 'OPEN', trigger: 'COMPLAINT', assignee: { id: agent.staff.id }, dueAt: '2026-12-12T02:00:00.000Z' });
    // Its category goes with it, for satisfaction per category (the follow-up module reads no complaints).
    const [{ category_id: categoryId }] = await t.dataSource.query('SELECT category_id FROM complaint WHERE id = ?', [id]);
    expect((await t.dataSource.getRepository(FollowUp).findOneByOrFail({ id: followUp.id })).sourceCategoryId).toBe(categoryId);
    const reached = await t.gql(followUpStep('recordFollowUpAttempt', 'RecordFollowUpAttemptInput'), { id: followUp.id, version: 1, input: { outcome: 'REACHED', identityVerified: true } }, agent.token);
    expect(reached.errors).toBeUndefined();
    const done = await t.gql(followUpStep('completeFollowUp', 'CompleteFollowUpInput'), { id: followUp.id, version: 2, input: { satisfaction: 'SATISFIED', score: 5 } }, agent.token);
    expect(done.data?.completeFollowUp.status).toBe('DONE');
    const complaint = await complaintStatus(id);
    expect(complaint.status).toBe('FOLLOWED_UP');
    expect(complaint.timeline.at(-1)).toEqual({ step: 'followUpSatisfied', note: 'SATISFIED 5/5' });
  });

  it('unsatisfied with “reopen” sends the complaint back to the owner with a new clock', async () => {
    const { id } = await toFollowUp();
    const [followUp] = await followUpOf(id);
    await t.gql(followUpStep('recordFollowUpAttempt', 'RecordFollowUpAttemptInput'), { id: followUp.id, version: 1, input: { outcome: 'REACHED' } }, agent.token);
    const done = await t.gql(followUpStep('completeFollowUp', 'CompleteFollowUpInput'), {
      id: followUp.id,
      version: 2,
      input: { satisfaction: 'UNSATISFIED', score: 1, improvement: '维修后仍然漏水', unsatisfiedAction: 'REOPEN_COMPLAINT', serious: true },
    }, agent.token);
    expect(done.errors).toBeUndefined();
    const complaint = await complaintStatus(id);
    expect(complaint.status).toBe('RECEIVED');
    expect(complaint.timeline.at(-1)).toEqual({ step: 'reopen', note: 'UNSATISFIED 1/5：维修后仍然漏水' });
    const list = await t.gql('{ complaints(filter: { mine: true }) { items { id status } } }', {}, agent.token);
    expect(list.data?.complaints.items).toContainEqual({ id, status: 'RECEIVED' });
  });
});
