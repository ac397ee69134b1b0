import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newId } from '../../shared/ids';
import { ComplaintEscalation } from './complaint-escalation.entity';

/** urgeComplaint and recordHandlingOpinion take the complaint's version (optional until 2027-03-01): a stale one writes nothing. */
describe('version on urgeComplaint and recordHandlingOpinion', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let leader: { staff: { id: string }; token: string };
  let complaintId: string;

  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.staffWithToken('AGENT');
    leader = await t.staffWithToken('SHIFT_LEADER');
    const customerId = (await makeCustomer(t.dataSource, {})).id;
    const categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
    const input = { customerId, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'CALM', description: '送货延误', customerRequest: '尽快送达' };
    const created = await t.gql('mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: input }, agent.token);
    complaintId = created.data?.createComplaint.id;
  });
  afterAll(() => t.close());

  const URGE = 'mutation($id: ID!, $v: Int) { urgeComplaint(id: $id, note: "客户来电催促", version: $v) { version urgeCount } }';
  const version = async () => (await t.gql('query($id: ID!) { complaint(id: $id) { version urgeCount } }', { id: complaintId }, agent.token)).data?.complaint;

  it('urges with the current version (the version moves on), refuses a stale one and writes nothing, and still urges without one', async () => {
    const before = await version();
    const urged = await t.gql(URGE, { id: complaintId, v: before.version }, agent.token);
    expect(urged.data?.urgeComplaint).toEqual({ version: before.version + 1, urgeCount: before.urgeCount + 1 });
    const stale = await t.gql(URGE, { id: complaintId, v: before.version }, agent.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await version()).toEqual({ version: before.version + 1, urgeCount: before.urgeCount + 1 });
    const without = await t.gql(URGE, { id: complaintId }, agent.token);
    expect(without.data?.urgeComplaint.urgeCount).toBe(before.urgeCount + 2);
  });

  it('records a handling opinion with the current version, and refuses a stale one', async () => {
    const [{ sla_cycle: cycle }] = await t.dataSource.query('SELECT sla_cycle FROM complaint WHERE id = ?', [complaintId]);
    await t.dataSource.getRepository(ComplaintEscalation).insert({ id: newId(), complaintId, cycle, level: 1, escalatedToId: leader.staff.id, escalatedAt: t.clock.now(), sweepId: newId() } as never);
    const OPINION = 'mutation($id: ID!, $v: Int) { recordHandlingOpinion(complaintId: $id, opinion: "今天补发", version: $v) { opinion } }';
    const current = (await version()).version;
    const stale = await t.gql(OPINION, { id: complaintId, v: current - 1 }, leader.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    // the step grammar (id, version, input); the stale attempt above used the deprecated arguments
    const STEP = 'mutation($id: ID, $v: Int) { recordHandlingOpinion(id: $id, version: $v, input: { opinion: "今天补发" }) { opinion } }';
    const recorded = await t.gql(STEP, { id: complaintId, v: current }, leader.token);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordHandlingOpinion.opinion).toBe('今天补发');
    expect((await version()).version).toBe(current + 1);
  });

  it('takes the step grammar (id, version, input), the old arguments being deprecated', async () => {
    const before = await version();
    const urged = await t.gql('mutation($id: ID!, $v: Int) { urgeComplaint(id: $id, version: $v, input: { note: "第三次来电" }) { version urgeCount } }', { id: complaintId, v: before.version }, agent.token);
    expect(urged.data?.urgeComplaint).toEqual({ version: before.version + 1, urgeCount: before.urgeCount + 1 });
    const OPINION = 'mutation($id: ID, $v: Int, $i: HandlingOpinionInput) { recordHandlingOpinion(id: $id, version: $v, input: $i) { opinion } }';
    const missing = await t.gql(OPINION, { id: complaintId, v: before.version + 1 }, leader.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'opinion', code: 'required', params: null }] });
  });
});
