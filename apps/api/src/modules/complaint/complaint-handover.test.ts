import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team/team.entity';
import { runEscalationSweep } from './complaint-escalation.job';

const ZONE = 'Asia/Shanghai';
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id version } }`;
const REFER = `mutation($id: ID!, $v: Int!, $i: ReferComplaintInput!) { referComplaint(id: $id, version: $v, input: $i) { id version ownerId escalationLevel escalations { level reason referredBy { id } escalatedTo { id } } timeline { step note recipient { id } } } }`;
const REASSIGN = `mutation($id: ID!, $v: Int!, $i: ReassignComplaintInput!) { reassignComplaint(id: $id, version: $v, input: $i) { id version ownerId timeline { step note actor { id } recipient { id } } } }`;
const INBOX = '{ myInbox { escalations { items { level reason complaint { id } } } reassigned { items { id } total } } }';

type Who = { staff: { id: string }; token: string };

describe('hand-up (上交) and transfer (转交) of a complaint', () => {
  let t: TestApp;
  let agent: Who;
  let other: Who;
  let leader: Who;
  let manager: Who;
  let customerId: string;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-11-25', '10:00'));
    const team = { ...newRecord(t.clock.now()), name: '二班' };
    await t.dataSource.getRepository(Team).insert(team);
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId: team.id });
    agent = await t.staffWithToken('AGENT', { teamId: team.id });
    other = await t.staffWithToken('AGENT', { teamId: team.id });
    manager = await t.staffWithToken('DEPT_MANAGER');
    customerId = (await makeCustomer(t.dataSource, { tier: 'C' })).id;
    categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
  });
  afterAll(() => t.close());

  async function register(): Promise<string> {
    const input = { customerId, categoryId, channel: 'PHONE', severity: 'HIGH', emotion: 'ANGRY', description: '客户情绪激动，要求双倍赔偿', customerRequest: '双倍赔偿' };
    const created = await t.gql(CREATE, { i: input }, agent.token);
    expect(created.errors).toBeUndefined();
    return created.data?.createComplaint.id;
  }

  it("hands a complaint up to the owner's shift leader at once, as the level-1 escalation; the manager only 24 h later", async () => {
    const id = await register();
    expect((await t.gql(REFER, { id, v: 1, i: { reason: '客户要求超出权限' } }, other.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(REFER, { id, v: 1, i: { reason: ' ' } }, agent.token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(REFER, { id, v: 0, i: { reason: '客户要求超出权限' } }, agent.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    const referred = await t.gql(REFER, { id, v: 1, i: { reason: '客户要求超出权限' } }, agent.token);
    expect(referred.errors).toBeUndefined();
    expect(referred.data?.referComplaint).toMatchObject({
      version: 2,
      escalationLevel: 'SHIFT_LEADER',
      escalations: [{ level: 'SHIFT_LEADER', reason: '客户要求超出权限', referredBy: { id: agent.staff.id }, escalatedTo: { id: leader.staff.id } }],
    });
    expect(referred.data?.referComplaint.timeline.at(-1)).toEqual({ step: 'refer', note: '客户要求超出权限', recipient: { id: leader.staff.id } });
    expect((await t.gql(INBOX, {}, leader.token)).data?.myInbox.escalations.items).toContainEqual({ level: 'SHIFT_LEADER', reason: '客户要求超出权限', complaint: { id } });
    const again = await t.gql(REFER, { id, v: 2, i: { reason: '再次上交' } }, agent.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', violations: [{ rule: 'alreadyEscalated' }] });
    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { field } }`, { id }, manager.token);
    expect(audit.data?.auditEntries.map((e: { field: string | null }) => e.field)).toEqual(expect.arrayContaining(['escalationLevel']));
    // The job does not escalate it to the leader again; the manager's turn is 24 clock hours after the hand-up.
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-26', '09:59'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-26', '10:00'), ZONE)).escalated).toEqual({ 1: 0, 2: 1 });
  });

  it('refuses 10,000 characters of 𠮷 and emoji, an unknown complaint or handler, and writes nothing', async () => {
    const id = await register();
    const huge = '𠮷😀'.repeat(5_000);
    const refused = await t.gql(REFER, { id, v: 1, i: { reason: huge } }, agent.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'reason' })] });
    const moved = await t.gql(REASSIGN, { id, v: 1, i: { handlerId: other.staff.id, reason: huge } }, manager.token);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'reason' })] });
    const unknownHandler = await t.gql(REASSIGN, { id, v: 1, i: { handlerId: '01a23300-0000-7000-8000-000000000000', reason: '换人跟进' } }, manager.token);
    expect(unknownHandler.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownComplaint = await t.gql(REFER, { id: '01a23300-0000-7000-8000-000000000000', v: 1, i: { reason: '客户要求超出权限' } }, agent.token);
    expect(unknownComplaint.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query('SELECT version, owner_id, escalation_level FROM complaint WHERE id = ?', [id]);
    expect(row).toMatchObject({ version: 1, owner_id: agent.staff.id, escalation_level: 0 });
    // A short reason with 𠮷 and emoji is kept as written (utf8mb4).
    const referred = await t.gql(REFER, { id, v: 1, i: { reason: '客户𠮷先生再次来电😡' } }, agent.token);
    expect(referred.data?.referComplaint.escalations[0].reason).toBe('客户𠮷先生再次来电😡');
  });

  it('transfers a complaint to another agent, by a leader or the manager, with history and a notice in the new owner inbox', async () => {
    t.clock.set(shanghai('2026-11-27', '10:00'));
    for (const who of [agent, other, leader, manager]) who.token = await t.signIn(who.staff as never);
    const id = await register();
    const reason = '客户难缠，明天由其他业务代表回电';
    expect((await t.gql(REASSIGN, { id, v: 1, i: { handlerId: other.staff.id, reason } }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const qa = await t.staffWithToken('QA_INSPECTOR');
    expect((await t.gql(REASSIGN, { id, v: 1, i: { handlerId: qa.staff.id, reason } }, leader.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'handlerId', code: 'notHandler' }] });
    expect((await t.gql(REASSIGN, { id, v: 1, i: { handlerId: agent.staff.id, reason } }, leader.token)).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'handlerId', code: 'sameOwner' })]);
    expect((await t.gql(REASSIGN, { id, v: 1, i: { handlerId: other.staff.id, reason: '' } }, leader.token)).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'reason', code: 'required' })]);

    const moved = await t.gql(REASSIGN, { id, v: 1, i: { handlerId: other.staff.id, reason } }, leader.token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.reassignComplaint).toMatchObject({ version: 2, ownerId: other.staff.id });
    expect(moved.data?.reassignComplaint.timeline.at(-1)).toEqual({ step: 'reassign', note: reason, actor: { id: leader.staff.id }, recipient: { id: other.staff.id } });
    expect((await t.gql(REASSIGN, { id, v: 1, i: { handlerId: agent.staff.id, reason } }, manager.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(INBOX, {}, other.token)).data?.myInbox.reassigned).toEqual({ items: [{ id }], total: 1 });
    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { field oldValue newValue } }`, { id }, manager.token);
    expect(audit.data?.auditEntries).toContainEqual(expect.objectContaining({ field: 'ownerId', oldValue: agent.staff.id, newValue: other.staff.id }));

    // The new owner works it (首问负责 passed with it): the notice leaves their inbox.
    t.clock.set(shanghai('2026-11-27', '10:05'));
    other.token = await t.signIn(other.staff as never);
    const assessed = await t.gql('mutation($id: ID!) { assessComplaint(id: $id, version: 2, input: { valid: true, departments: [TECHNICAL] }) { status } }', { id }, other.token);
    expect(assessed.data?.assessComplaint.status).toBe('INVESTIGATING');
    expect((await t.gql(INBOX, {}, other.token)).data?.myInbox.reassigned).toEqual({ items: [], total: 0 });
    // The manager may transfer too, back to the first agent.
    expect((await t.gql(REASSIGN, { id, v: 3, i: { handlerId: agent.staff.id, reason: '原业务代表已联系上客户' } }, manager.token)).data?.reassignComplaint.ownerId).toBe(agent.staff.id);
  });
});
