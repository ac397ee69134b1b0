import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Customer } from '../customer';
import { Interaction } from '../interaction';

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: $version, input: $input) { version doNotCall callNotBeforeMinute callNotAfterMinute } }`;
const CREATE_FOLLOW_UP = `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id version callWindow { callable nextAt } } }`;
const ATTEMPT = `mutation($id: ID!, $version: Int!, $input: RecordFollowUpAttemptInput!) { recordFollowUpAttempt(id: $id, version: $version, input: $input) { version status appointmentAt } }`;
const LOG = `mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id } }`;

/** 一个避免: the customer's own "not before / not after / do not call", on follow-ups and on outbound calls. */
describe('call preferences and quiet hours', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00')); // a Wednesday, inside the morning window
    agent = await t.staffWithToken('AGENT');
  });
  afterAll(() => t.close());

  const customer = async () => (await makeCustomer(t.dataSource, { ownerId: agent.staff.id, tier: 'A' })).id;
  const prefer = (id: string, version: number, input: Record<string, unknown>) => t.gql(UPDATE, { id, version, input }, agent.token);

  it('are set on the customer, validated, audited, and narrow the follow-up’s calling window', async () => {
    const id = await customer();
    const bad = await prefer(id, 1, { callNotBeforeMinute: 1500, callNotAfterMinute: 0 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'callNotBeforeMinute', code: 'outOfRange' }, { path: 'callNotAfterMinute', code: 'outOfRange' }] });
    expect((await prefer(id, 1, { callNotBeforeMinute: 900, callNotAfterMinute: 840 })).errors?.[0].extensions.fields).toMatchObject([{ path: 'callNotAfterMinute', code: 'windowEndsBeforeStart' }]);
    const set = await prefer(id, 1, { callNotBeforeMinute: 15 * 60 });
    expect(set.data?.updateCustomer).toEqual({ version: 2, doNotCall: false, callNotBeforeMinute: 900, callNotAfterMinute: null });
    // Judged against what is stored: "not after" 14:00 is before the stored "not before" 15:00.
    expect((await prefer(id, 2, { callNotAfterMinute: 14 * 60 })).errors?.[0].extensions.fields).toMatchObject([{ path: 'callNotAfterMinute', code: 'windowEndsBeforeStart' }]);
    expect((await prefer(id, 1, { doNotCall: true })).errors?.[0].extensions.code).toBe('CONFLICT');

    const followUp = (await t.gql(CREATE_FOLLOW_UP, { input: { customerId: id } }, agent.token)).data?.createFollowUp;
    expect(followUp.callWindow).toEqual({ callable: false, nextAt: shanghai('2026-12-09', '15:00').toISOString() });
    const now = await t.gql(ATTEMPT, { id: followUp.id, version: 1, input: { outcome: 'NO_ANSWER' } }, agent.token);
    expect(now.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'at', code: 'quietHours', params: { nextAt: shanghai('2026-12-09', '15:00').toISOString() } }] });
    expect((await t.dataSource.getRepository(Customer).findOneByOrFail({ id })).version).toBe(2);
  });

  it('"do not call" refuses every attempt and outbound call; inbound calls and letters are still logged', async () => {
    const id = await customer();
    expect((await prefer(id, 1, { doNotCall: true })).data?.updateCustomer.doNotCall).toBe(true);
    const followUp = (await t.gql(CREATE_FOLLOW_UP, { input: { customerId: id } }, agent.token)).data?.createFollowUp;
    expect(followUp.callWindow).toEqual({ callable: false, nextAt: null });
    expect((await t.gql(ATTEMPT, { id: followUp.id, version: 1, input: { outcome: 'REACHED' } }, agent.token)).errors?.[0].extensions.fields).toMatchObject([{ path: 'at', code: 'doNotCall' }]);
    const call = await t.gql(LOG, { input: { customerId: id, channel: 'PHONE', direction: 'OUTBOUND', summary: '回访' } }, agent.token);
    expect(call.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'occurredAt', code: 'doNotCall' }] });
    expect((await t.gql(LOG, { input: { customerId: id, channel: 'PHONE', direction: 'INBOUND', summary: '客户来电咨询' } }, agent.token)).errors).toBeUndefined();
    expect((await t.gql(LOG, { input: { customerId: id, channel: 'LETTER', direction: 'OUTBOUND', summary: '寄送节日贺卡' } }, agent.token)).errors).toBeUndefined();
    expect(await t.dataSource.getRepository(Interaction).countBy({ customerId: id })).toBe(2);
  });

  it('refuses an outbound call logged in quiet hours unless it kept a time the customer agreed to', async () => {
    const id = await customer();
    const night = shanghai('2026-12-08', '22:40');
    const logAt = (occurredAt: Date) => t.gql(LOG, { input: { customerId: id, channel: 'PHONE', direction: 'OUTBOUND', summary: '电话回访，客户对维修结果满意', occurredAt: occurredAt.toISOString() } }, agent.token);
    const late = await logAt(night);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'occurredAt', code: 'quietHours', params: { nextAt: shanghai('2026-12-09', '09:00').toISOString() } }] });
    const followUp = (await t.gql(CREATE_FOLLOW_UP, { input: { customerId: id } }, agent.token)).data?.createFollowUp;
    const agreed = await t.gql(ATTEMPT, { id: followUp.id, version: 1, input: { outcome: 'APPOINTMENT', appointmentAt: shanghai('2026-12-09', '22:30').toISOString(), note: '客户夜班，约晚上十点半' } }, agent.token);
    expect(agreed.errors).toBeUndefined();
    t.clock.set(shanghai('2026-12-09', '22:45'));
    agent.token = await t.signIn(agent.staff as never);
    expect((await logAt(shanghai('2026-12-09', '22:40'))).errors).toBeUndefined();
    expect((await logAt(shanghai('2026-12-09', '21:30'))).errors?.[0].extensions.code).toBe('RULE_VIOLATION');
    t.clock.set(shanghai('2026-12-09', '10:00'));
    agent.token = await t.signIn(agent.staff as never);
  });
});
