import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { FollowUp } from '../follow-up';
import { Staff } from '../staff';
import { Team } from '../team';

/** 服务完成后回访: a part replacement done, or a contract's service done, is called back about within 3 days. */
describe('follow-ups of part replacements and contract services', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let leader: { staff: { id: string }; token: string };
  let manager: { staff: { id: string }; token: string };
  const teamId = '01900000-0000-7000-8000-0000000000e1';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-09T02:00:00Z'));
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert({ id: teamId, version: 1, createdAt: now, updatedAt: now, name: '服务回访组' });
    [agent, leader, manager] = await Promise.all([t.staffWithToken('AGENT', { teamId }), t.staffWithToken('SHIFT_LEADER', { teamId }), t.staffWithToken('DEPT_MANAGER')]);
  });
  afterAll(() => t.close());

  const step = (mutation: string, args: Record<string, unknown>) => {
    const types: Record<string, string> = { id: 'ID!', version: 'Int!', department: 'Department!', unitPrice: 'Decimal', accepted: 'Boolean!' };
    const decl = Object.keys(args).map((k) => `$${k}: ${types[k]}`).join(', ');
    const params = Object.keys(args).map((k) => `${k}: $${k}`).join(', ');
    return t.gql(`mutation(${decl}) { ${mutation}(${params}) { id version status } }`, args, agent.token);
  };
  /** Requested → forwarded → quoted → accepted: one step from done. */
  async function accepted(customerId: string, input: Record<string, unknown> = {}) {
    const created = await t.gql('mutation($input: CreatePartReplacementInput!) { createPartReplacement(input: $input) { id } }', { input: { customerId, partName: '滚筒轴承', quantity: 2, ...input } }, agent.token);
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPartReplacement.id as string;
    await step('forwardPartReplacement', { id, version: 1, department: 'SALES' });
    await step('quotePartReplacement', { id, version: 2, unitPrice: '380.00' });
    await step('recordPartReplacementDecision', { id, version: 3, accepted: true });
    return id;
  }

  it('creates one PART_REPLACEMENT follow-up for the customer’s owner, due in 3 days, in the step’s transaction', async () => {
    const customer = await makeCustomer(t.dataSource, { ownerId: agent.staff.id });
    const id = await accepted(customer.id);
    expect(await t.dataSource.getRepository(FollowUp).countBy({ sourceId: id })).toBe(0);
    const done = await t.gql(`mutation($id: ID!) { completePartReplacement(id: $id, version: 4, input: { note: "已上门更换，客户签收" }) { id steps { note } } }`, { id }, agent.token);
    expect(done.errors).toBeUndefined();
    expect(done.data?.completePartReplacement.steps.map((entry: { note: string | null }) => entry.note)).toContain('已上门更换，客户签收');
    const followUp = await t.dataSource.getRepository(FollowUp).findOneByOrFail({ sourceId: id });
    expect(followUp).toMatchObject({ trigger: 'PART_REPLACEMENT', triggerKey: `PART_REPLACEMENT:${id}`, customerId: customer.id, assigneeId: agent.staff.id, teamId, status: 'OPEN', createdById: null });
    expect(followUp.dueAt.toISOString()).toBe('2026-12-12T02:00:00.000Z');
    // Done is final: a second completion is refused and creates nothing.
    expect((await step('completePartReplacement', { id, version: 5 })).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect((await step('completePartReplacement', { id, version: 4 })).errors?.[0].extensions.code).toMatch(/CONFLICT|INVALID_TRANSITION/);
    expect(await t.dataSource.getRepository(FollowUp).countBy({ sourceId: id })).toBe(1);
  });

  it('calls a service done inside a contract a CONTRACT follow-up, keyed per service', async () => {
    const customer = await makeCustomer(t.dataSource, { ownerId: agent.staff.id });
    const contract = await t.gql('mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
      input: { number: 'HT-FU-01', title: '生产线维保服务合同', customerId: customer.id, startDate: '2026-01-01', endDate: '2027-12-31', ownerId: agent.staff.id },
    }, manager.token);
    const contractId = contract.data?.createContract.id as string;
    const [first, second] = [await accepted(customer.id, { insideContract: true, contractId }), await accepted(customer.id, { insideContract: true, contractId })];
    await step('completePartReplacement', { id: first, version: 4 });
    await step('completePartReplacement', { id: second, version: 4 });
    const rows = await t.dataSource.getRepository(FollowUp).find({ where: { sourceId: contractId }, order: { triggerKey: 'ASC' } });
    expect(rows.map((r) => [r.trigger, r.triggerKey])).toEqual(
      [first, second].sort().map((id) => ['CONTRACT', `CONTRACT:${contractId}:service-${id}`]),
    );
  });

  it('gives the follow-up to the leader of the owner’s team when the owner has left', async () => {
    const former = await t.staffWithToken('AGENT', { teamId });
    const customer = await makeCustomer(t.dataSource, { ownerId: former.staff.id });
    const id = await accepted(customer.id);
    await t.dataSource.getRepository(Staff).update(former.staff.id, { active: false });
    await step('completePartReplacement', { id, version: 4 });
    expect(await t.dataSource.getRepository(FollowUp).findOneByOrFail({ sourceId: id })).toMatchObject({ assigneeId: leader.staff.id, teamId });
  });
});
