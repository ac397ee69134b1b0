import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { CustomerAssignment } from './customer-assignment.entity';

const ASSIGN = `mutation($ids: [ID!]!, $agent: ID!, $reason: String!) {
  assignCustomers(customerIds: $ids, agentId: $agent, reason: $reason) { id customerId agentId previousAgentId reason firstContactDueAt assignedBy { id } }
}`;
const HISTORY = `query($c: ID!) { customerAssignments(filter: { customerId: $c }, sort: [{ field: ASSIGNED_AT, direction: ASC }]) { items { agentId endedAt } } }`;
const DAY = 24 * 3_600_000;

describe('customer assignment', () => {
  let t: TestApp;
  let manager: Awaited<ReturnType<TestApp['staffWithToken']>>;
  let agent: Awaited<ReturnType<TestApp['staffWithToken']>>;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    manager = await t.staffWithToken('DEPT_MANAGER');
    agent = await t.staffWithToken('AGENT', { skillLevel: 5 });
  });
  afterAll(() => t.close());

  /** Moving the clock by days ends idle sessions too: sign in again afterwards. */
  async function advanceDays(days: number) {
    t.clock.advance(days * DAY);
    manager.token = await t.signIn(manager.staff);
    agent.token = await t.signIn(agent.staff);
  }

  it('assigns customers, keeps the history and opens a 7-day first-contact deadline', async () => {
    const customers = await Promise.all([1, 2, 3].map(() => makeCustomer(t.dataSource)));
    const result = await t.gql(ASSIGN, { ids: customers.map((c) => c.id), agent: agent.staff.id, reason: '新客户分配' }, manager.token);
    expect(result.data?.assignCustomers).toHaveLength(3);
    expect(result.data?.assignCustomers[0]).toMatchObject({ agentId: agent.staff.id, previousAgentId: null, reason: '新客户分配', firstContactDueAt: '2026-12-02T02:00:00.000Z', assignedBy: { id: manager.staff.id } });
    const owners = await t.gql(`query($ids: [ID!]) { customers(filter: { ids: $ids }) { items { ownerId version } } }`, { ids: customers.map((c) => c.id) }, manager.token);
    expect(owners.data?.customers.items).toEqual(Array(3).fill({ ownerId: agent.staff.id, version: 2 }));
    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: CUSTOMER, entityId: $id) { field newValue } }`, { id: customers[0].id }, manager.token);
    expect(audit.data?.auditEntries).toEqual([{ field: 'ownerId', newValue: agent.staff.id }]);
  });

  it('reassignment ends the previous assignment and keeps both in the history', async () => {
    const customer = await makeCustomer(t.dataSource);
    const other = await makeStaff(t.dataSource, { role: 'AGENT' });
    await t.gql(ASSIGN, { ids: [customer.id], agent: agent.staff.id, reason: '分配' }, manager.token);
    await advanceDays(1);
    await t.gql(ASSIGN, { ids: [customer.id], agent: other.id, reason: '调整负载' }, manager.token);
    const history = await t.gql(HISTORY, { c: customer.id }, manager.token);
    expect(history.data?.customerAssignments.items).toEqual([
      { agentId: agent.staff.id, endedAt: t.clock.now().toISOString() },
      { agentId: other.id, endedAt: null },
    ]);
  });

  it('writes nothing when any customer is unknown or the agent is inactive, and is for managers only', async () => {
    const customer = await makeCustomer(t.dataSource);
    const inactive = await makeStaff(t.dataSource, { role: 'AGENT', active: false });
    const before = await t.dataSource.getRepository(CustomerAssignment).count();
    const unknown = await t.gql(ASSIGN, { ids: [customer.id, 'no-such-customer'], agent: agent.staff.id, reason: '分配' }, manager.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'customerIds', code: 'notFound' }] });
    const toInactive = await t.gql(ASSIGN, { ids: [customer.id], agent: inactive.id, reason: '分配' }, manager.token);
    expect(toInactive.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'agentId', code: 'inactive' })]);
    const noReason = await t.gql(ASSIGN, { ids: [customer.id], agent: agent.staff.id, reason: ' ' }, manager.token);
    expect(noReason.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'reason', code: 'required' })]);
    expect((await t.gql(ASSIGN, { ids: [customer.id], agent: agent.staff.id, reason: '分配' }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(CustomerAssignment).count()).toBe(before);
  });

  it("closes the deadline with the assignee's first outbound interaction, and lists the late ones", async () => {
    const [called, late] = await Promise.all([makeCustomer(t.dataSource), makeCustomer(t.dataSource)]);
    await t.gql(ASSIGN, { ids: [called.id, late.id], agent: agent.staff.id, reason: '分配' }, manager.token);
    const log = (customerId: string, direction: string, token: string) =>
      t.gql(`mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }`, { i: { customerId, channel: 'PHONE', direction, summary: '首次联系' } }, token);
    const colleague = await t.staffWithToken('AGENT');
    await log(called.id, 'INBOUND', agent.token);
    await log(called.id, 'OUTBOUND', colleague.token);
    const open = await t.dataSource.getRepository(CustomerAssignment).findOneByOrFail({ customerId: called.id });
    expect(open.firstContactedAt).toBeNull();
    const made = await log(called.id, 'OUTBOUND', agent.token);
    const closed = await t.dataSource.getRepository(CustomerAssignment).findOneByOrFail({ customerId: called.id });
    expect(closed.firstContactInteractionId).toBe(made.data?.createInteraction.id);

    await advanceDays(8);
    const overdue = await t.gql(`query($a: ID) { overdueFirstContacts(agentId: $a) { items { customerId overdue } } }`, { a: agent.staff.id }, agent.token);
    const lateIds = overdue.data?.overdueFirstContacts.items.map((i: { customerId: string }) => i.customerId);
    expect(lateIds).toContain(late.id);
    expect(lateIds).not.toContain(called.id);
    expect(overdue.data?.overdueFirstContacts.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });

  it('counts only an outbound interaction at or after the assignment, and never dates the assignment back', async () => {
    const customer = await makeCustomer(t.dataSource);
    const assigned = await t.gql(ASSIGN, { ids: [customer.id], agent: agent.staff.id, reason: '分配' }, manager.token);
    const assignedAt = t.clock.now();
    const log = (occurredAt: Date) =>
      t.gql(`mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }`, { i: { customerId: customer.id, channel: 'PHONE', direction: 'OUTBOUND', summary: '补录通话', occurredAt } }, agent.token);
    // A call made the day before the assignment, logged only now: not the first contact of this assignment.
    expect((await log(new Date(assignedAt.getTime() - DAY))).errors).toBeUndefined();
    const untouched = await t.dataSource.getRepository(CustomerAssignment).findOneByOrFail({ id: assigned.data?.assignCustomers[0].id });
    expect(untouched.firstContactedAt).toBeNull();
    // An hour later the agent logs a call made right after the assignment: it counts, dated when it happened, saved now.
    await advanceDays(1 / 24);
    const made = await log(new Date(assignedAt.getTime() + 60_000));
    const closed = await t.dataSource.getRepository(CustomerAssignment).findOneByOrFail({ id: untouched.id });
    expect(closed.firstContactInteractionId).toBe(made.data?.createInteraction.id);
    expect(closed.firstContactedAt?.toISOString()).toBe(new Date(assignedAt.getTime() + 60_000).toISOString());
    expect(closed.updatedAt.getTime()).toBe(t.clock.now().getTime());
    expect(closed.updatedAt.getTime()).toBeGreaterThanOrEqual(untouched.updatedAt.getTime());
  });
});

describe('assignment suggestions', () => {
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
  });
  afterAll(() => t.close());

  it('rank active agents with reasons, never inactive staff, and autoAssign keeps the spread at most 1', async () => {
    const agents = await Promise.all([
      makeStaff(t.dataSource, { role: 'AGENT', skillLevel: 5, jobType: 'FIELD' }),
      makeStaff(t.dataSource, { role: 'AGENT', skillLevel: 3 }),
      makeStaff(t.dataSource, { role: 'AGENT', skillLevel: 2 }),
    ]);
    const gone = await makeStaff(t.dataSource, { role: 'AGENT', skillLevel: 5, active: false });
    for (let i = 0; i < 4; i += 1) await makeCustomer(t.dataSource, { ownerId: agents[1].id });
    const batch = await Promise.all(Array.from({ length: 11 }, (_, i) => makeCustomer(t.dataSource, { tier: i === 0 ? 'A' : 'C' })));
    const suggestions = await t.gql(
      `query($ids: [ID!]!) { assignmentSuggestions(customerIds: $ids) { customerId agents { agent { id } projectedLoad reasons { code customers skillLevel required jobType } } } }`,
      { ids: batch.map((c) => c.id) },
      manager,
    );
    const all = suggestions.data?.assignmentSuggestions as Array<{ customerId: string; agents: Array<{ agent: { id: string }; reasons: Array<{ code: string }> }> }>;
    expect(all).toHaveLength(11);
    expect(all.flatMap((s) => s.agents.map((a) => a.agent.id))).not.toContain(gone.id);
    expect(all[0].agents.map((a) => a.agent.id)).toEqual([agents[0].id]);
    expect(all[0].agents[0].reasons).toEqual([
      { code: 'LOAD', customers: 0, skillLevel: null, required: null, jobType: null },
      { code: 'SKILL', customers: null, skillLevel: 5, required: 4, jobType: null },
      { code: 'JOB_TYPE', customers: null, skillLevel: null, required: null, jobType: 'FIELD' },
    ]);

    const applied = await t.gql(`mutation($ids: [ID!]!) { autoAssign(customerIds: $ids) { agentId } }`, { ids: batch.map((c) => c.id) }, manager);
    expect(applied.data?.autoAssign).toHaveLength(11);
    const workloads = await t.gql('{ agentWorkloads { agent { id } customerCount awaitingFirstContact } }', {}, manager);
    const counts = workloads.data?.agentWorkloads.map((w: { customerCount: number }) => w.customerCount);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(15);
  });

  it('refuses autoAssign with RULE_VIOLATION when nobody is qualified, assigning nothing', async () => {
    await t.dataSource.query("UPDATE staff SET skill_level = 1 WHERE role = 'AGENT'");
    const key = await makeCustomer(t.dataSource, { tier: 'A' });
    const r = await t.gql(`mutation($ids: [ID!]!) { autoAssign(customerIds: $ids) { agentId } }`, { ids: [key.id] }, manager);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'noQualifiedAgent', params: { customerId: key.id } }] });
    expect(await t.dataSource.getRepository(CustomerAssignment).countBy({ customerId: key.id })).toBe(0);
  });
});
