import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Contract } from '../contract/contract.entity';
import { Customer } from '../customer/customer.entity';
import type { Staff } from '../staff/staff.entity';
import { PendingChange } from './pending-change.entity';

const CHANGE = 'id version status entity recordId submittedById decidedById errorReason decisionNote availableActions changes { field oldValue newValue masked }';
const UPDATE_CUSTOMER = `mutation($id: ID!, $version: Int!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, version: $version, input: $input) { id version tier phone notes pendingChange { ${CHANGE} } }
}`;
const UPDATE_CONTRACT = `mutation($id: ID!, $version: Int!, $input: UpdateContractInput!) {
  updateContract(id: $id, version: $version, input: $input) { id version title amount endDate pendingChange { ${CHANGE} } }
}`;
const APPROVE = `mutation($id: ID!, $version: Int!) { approvePendingChange(id: $id, version: $version) { ${CHANGE} customer { tier } contract { amount } } }`;
const REJECT = `mutation($id: ID!, $version: Int!, $input: RejectPendingChangeInput!) { rejectPendingChange(id: $id, version: $version, input: $input) { ${CHANGE} } }`;
const WITHDRAW = `mutation($id: ID!, $version: Int!) { withdrawPendingChange(id: $id, version: $version) { ${CHANGE} } }`;
const STATS = `query($period: ReviewPeriod!, $from: LocalDate!, $to: LocalDate!, $operatorId: ID) {
  reviewStatistics(period: $period, from: $from, to: $to, operatorId: $operatorId) { operatorId operator { id } period submitted approved rejected withdrawn pending errorRate medianCycleMinutes averageCycleMinutes }
}`;
const SET = `mutation($key: SettingKey!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { version } }`;

type Person = { staff: Staff; token: string };

describe('复核: second-person review of sensitive fields', () => {
  let t: TestApp;
  let agent: Person;
  let otherAgent: Person;
  let leader: Person;
  let manager: Person;
  let qa: Person;
  let admin: Person;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-01T01:00:00Z')); // 09:00 in Shanghai
    agent = await t.staffWithToken('AGENT');
    otherAgent = await t.staffWithToken('AGENT');
    leader = await t.staffWithToken('SHIFT_LEADER');
    manager = await t.staffWithToken('DEPT_MANAGER');
    qa = await t.staffWithToken('QA_INSPECTOR');
    admin = await t.staffWithToken('ADMIN');
  });
  afterAll(() => t.close());

  const ownCustomer = (tier: 'A' | 'B' | 'C' = 'B') => makeCustomer(t.dataSource, { ownerId: agent.staff.id, tier });
  async function submitTier(customerId: string, tier: string, by = agent, extra: Record<string, unknown> = {}) {
    const result = await t.gql(UPDATE_CUSTOMER, { id: customerId, version: 1, input: { tier, ...extra } }, by.token);
    expect(result.errors).toBeUndefined();
    return result.data?.updateCustomer;
  }
  const stored = (id: string) => t.dataSource.getRepository(Customer).findOneByOrFail({ id });

  it('saves the other fields and holds a sensitive one as a pending change, in one update', async () => {
    const customer = await ownCustomer();
    const updated = await submitTier(customer.id, 'A', agent, { notes: '年采购额超过五百万' });
    expect(updated).toMatchObject({ version: 2, tier: 'B', notes: '年采购额超过五百万' });
    expect(updated.pendingChange).toMatchObject({
      status: 'PENDING',
      entity: 'CUSTOMER',
      recordId: customer.id,
      submittedById: agent.staff.id,
      availableActions: ['WITHDRAW'],
      changes: [{ field: 'TIER', oldValue: 'B', newValue: 'A', masked: false }],
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: customer.id });
    expect(audit.map((row) => row.field)).toEqual(['notes']);
    // The reviewer sees the record's pending change and the steps they may take.
    const shown = await t.gql(`query($id: ID!) { customer(id: $id) { tier pendingChange { availableActions } } }`, { id: customer.id }, leader.token);
    expect(shown.data?.customer).toEqual({ tier: 'B', pendingChange: { availableActions: ['APPROVE', 'REJECT'] } });
  });

  it('holds nothing when only non-sensitive fields change, or a sensitive one keeps its value', async () => {
    const customer = await ownCustomer();
    const updated = await submitTier(customer.id, 'B', agent, { notes: '只改备注' });
    expect(updated).toMatchObject({ version: 2, notes: '只改备注', pendingChange: null });
    expect(await t.dataSource.getRepository(PendingChange).countBy({ recordId: customer.id })).toBe(0);
  });

  it('approves by a second person: the tier changes, audited as the reviewer, and the step is gone', async () => {
    const customer = await ownCustomer();
    const change = (await submitTier(customer.id, 'A')).pendingChange;
    const approved = await t.gql(APPROVE, { id: change.id, version: change.version }, leader.token);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approvePendingChange).toMatchObject({ status: 'APPROVED', decidedById: leader.staff.id, availableActions: [], customer: { tier: 'A' } });
    expect(await stored(customer.id)).toMatchObject({ tier: 'A', version: 3 });
    const tierAudit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: customer.id, field: 'tier' });
    expect(tierAudit.map((row) => [row.oldValue, row.newValue, row.actorId])).toEqual([['B', 'A', leader.staff.id]]);
    const statusAudit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: change.id, field: 'status' });
    expect(statusAudit.map((row) => [row.oldValue, row.newValue])).toEqual([['PENDING', 'APPROVED']]);
    const again = await t.gql(APPROVE, { id: change.id, version: change.version + 1 }, manager.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'APPROVED', action: 'APPROVE', allowed: [] });
    expect((await t.gql(`query($id: ID!) { customer(id: $id) { pendingChange { id } } }`, { id: customer.id }, agent.token)).data?.customer.pendingChange).toBeNull();
  });

  it('is never decided by the person who submitted it (RULE_VIOLATION noSelfReview), writing nothing', async () => {
    const customer = await makeCustomer(t.dataSource, { tier: 'C' });
    const change = (await submitTier(customer.id, 'B', manager)).pendingChange;
    expect(change.availableActions).toEqual(['WITHDRAW']);
    for (const mutation of [APPROVE, REJECT]) {
      const self = await t.gql(mutation, { id: change.id, version: change.version, input: { reason: 'WRONG_VALUE' } }, manager.token);
      expect(self.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: null, code: 'noSelfReview', params: null }] });
    }
    expect(await stored(customer.id)).toMatchObject({ tier: 'C', version: 2 });
    expect(await t.dataSource.getRepository(PendingChange).findOneByOrFail({ id: change.id })).toMatchObject({ status: 'PENDING', version: 1 });
  });

  it('refuses a role that does not review (FORBIDDEN), and withdrawal by anyone but the submitter', async () => {
    const customer = await ownCustomer();
    const change = (await submitTier(customer.id, 'A')).pendingChange;
    for (const person of [otherAgent, qa, admin]) {
      const denied = await t.gql(APPROVE, { id: change.id, version: 1 }, person.token);
      expect(denied.errors?.[0].extensions, person.staff.role).toMatchObject({ code: 'FORBIDDEN' });
    }
    const notMine = await t.gql(WITHDRAW, { id: change.id, version: 1 }, leader.token);
    expect(notMine.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'onlySubmitterWithdraws' }] });
    const withdrawn = await t.gql(WITHDRAW, { id: change.id, version: 1 }, agent.token);
    expect(withdrawn.data?.withdrawPendingChange).toMatchObject({ status: 'WITHDRAWN', decidedById: agent.staff.id });
    // Withdrawn, the record takes a new change.
    expect((await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 2, input: { tier: 'C' } }, agent.token)).data?.updateCustomer.pendingChange.status).toBe('PENDING');
  });

  it('keeps one open change per record: a second sensitive edit is refused whole', async () => {
    const customer = await ownCustomer();
    await submitTier(customer.id, 'A');
    const second = await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 2, input: { phone: '13900002222', notes: '不应保存' } }, agent.token);
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'phone', code: 'reviewAlreadyPending' }] });
    expect(await stored(customer.id)).toMatchObject({ version: 2, notes: null, phone: '13812345678' });
  });

  it('rejects only with a reason from the configured list, keeping the record as it was', async () => {
    const customer = await ownCustomer();
    const change = (await submitTier(customer.id, 'A')).pendingChange;
    expect((await t.gql(SET, { key: 'REVIEW_REASON_OTHER', version: 0, value: 0 }, admin.token)).errors).toBeUndefined();
    const offList = await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'OTHER' } }, leader.token);
    expect(offList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason', code: 'reasonNotOffered' }] });
    const unknown = await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'BECAUSE' } }, leader.token);
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'NO_EVIDENCE', note: '长'.repeat(501) } }, leader.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    const huge = await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'NO_EVIDENCE', note: '长'.repeat(10_000) } }, leader.token);
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    // 500 characters exactly, astral Chinese (𠮷: two UTF-16 units, four bytes) included
    const note = `请附上年采购额证明${'𠮷'.repeat(491)}`;
    const rejected = await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'NO_EVIDENCE', note } }, leader.token);
    expect(rejected.data?.rejectPendingChange).toMatchObject({ status: 'REJECTED', errorReason: 'NO_EVIDENCE', decisionNote: note });
    expect((await t.dataSource.getRepository(PendingChange).findOneByOrFail({ id: change.id })).decisionNote).toBe(note);
    expect(await stored(customer.id)).toMatchObject({ tier: 'B', version: 2 });
    await t.gql(SET, { key: 'REVIEW_REASON_OTHER', version: 1, value: 1 }, admin.token);
  });

  it('answers CONFLICT when the field changed since submission, or the change version is stale, writing nothing', async () => {
    const customer = await ownCustomer();
    const change = (await submitTier(customer.id, 'A')).pendingChange;
    const stale = await t.gql(APPROVE, { id: change.id, version: 7 }, leader.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    // The administrator stops reviewing tiers, and the tier is edited directly meanwhile.
    await t.gql(SET, { key: 'REVIEW_SENSITIVE_CUSTOMER_TIER', version: 0, value: 0 }, admin.token);
    expect((await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 2, input: { tier: 'C' } }, agent.token)).data?.updateCustomer.tier).toBe('C');
    await t.gql(SET, { key: 'REVIEW_SENSITIVE_CUSTOMER_TIER', version: 1, value: 1 }, admin.token);
    const conflict = await t.gql(APPROVE, { id: change.id, version: 1 }, leader.token);
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    expect(await stored(customer.id)).toMatchObject({ tier: 'C', version: 3 });
    expect(await t.dataSource.getRepository(PendingChange).findOneByOrFail({ id: change.id })).toMatchObject({ status: 'PENDING', version: 1, decidedById: null });
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ entityId: change.id, field: 'status' })).toBe(0);
  });

  it('masks a held phone for a viewer who may not see PII', async () => {
    const customer = await ownCustomer();
    const change = (await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 1, input: { phone: '13900001234' } }, agent.token)).data?.updateCustomer.pendingChange;
    expect(change.changes).toEqual([{ field: 'PHONE', oldValue: '13812345678', newValue: '13900001234', masked: false }]);
    const seen = await t.gql(`query($id: ID!) { pendingChange(id: $id) { changes { oldValue newValue masked } } }`, { id: change.id }, qa.token);
    expect(seen.data?.pendingChange.changes).toEqual([{ oldValue: '138****5678', newValue: '139****1234', masked: true }]);
    const notHis = await t.gql(`query($id: ID!) { pendingChange(id: $id) { id } }`, { id: change.id }, otherAgent.token);
    expect(notHis.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // Approved, the search text follows the new phone.
    await t.gql(APPROVE, { id: change.id, version: 1 }, manager.token);
    expect(await stored(customer.id)).toMatchObject({ phone: '13900001234' });
  });

  it('holds a contract amount and dates, saves the title, and applies them on approval', async () => {
    const customer = await ownCustomer();
    const created = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id version } }`,
      { input: { number: 'FH-2026-001', title: '年度仓储配送服务合同', customerId: customer.id, startDate: '2026-01-01', endDate: '2026-12-31', amount: '12800.00' } },
      agent.token,
    );
    const contractId = created.data?.createContract.id;
    const updated = await t.gql(UPDATE_CONTRACT, { id: contractId, version: 1, input: { title: '年度仓储配送及维保合同', amount: '15000', endDate: '2027-03-31' } }, agent.token);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateContract).toMatchObject({ version: 2, title: '年度仓储配送及维保合同', amount: '12800.00', endDate: '2026-12-31' });
    expect(updated.data?.updateContract.pendingChange.changes).toEqual([
      { field: 'END_DATE', oldValue: '2026-12-31', newValue: '2027-03-31', masked: false },
      { field: 'AMOUNT', oldValue: '12800.00', newValue: '15000.00', masked: false },
    ]);
    const approved = await t.gql(APPROVE, { id: updated.data?.updateContract.pendingChange.id, version: 1 }, manager.token);
    expect(approved.data?.approvePendingChange.contract).toEqual({ amount: '15000.00' });
    expect(await t.dataSource.getRepository(Contract).findOneByOrFail({ id: contractId })).toMatchObject({ amount: '15000.00', endDate: '2027-03-31', version: 3 });
  });

  it('still validates the held fields on submission (BAD_USER_INPUT), holding nothing', async () => {
    const customer = await ownCustomer();
    const bad = await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 1, input: { tier: 'A', phone: 'call me' } }, agent.token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(PendingChange).countBy({ recordId: customer.id })).toBe(0);
  });

  it('counts changes, rejections, the error rate and cycle times per operator, daily and monthly', async () => {
    const fresh = await t.staffWithToken('AGENT');
    const decideAfter = async (minutes: number, decide: 'approve' | 'reject') => {
      t.clock.set(new Date('2026-12-01T01:10:00Z'));
      const customer = await makeCustomer(t.dataSource, { ownerId: fresh.staff.id, tier: 'C' });
      const change = (await submitTier(customer.id, 'B', fresh)).pendingChange;
      t.clock.set(new Date(Date.parse('2026-12-01T01:10:00Z') + minutes * 60_000));
      const result = decide === 'approve' ? await t.gql(APPROVE, { id: change.id, version: 1 }, leader.token) : await t.gql(REJECT, { id: change.id, version: 1, input: { reason: 'WRONG_VALUE' } }, leader.token);
      expect(result.errors).toBeUndefined();
    };
    await decideAfter(30, 'approve');
    await decideAfter(90, 'reject');
    await decideAfter(60, 'approve');
    t.clock.set(new Date('2026-12-01T01:00:00Z'));
    const daily = await t.gql(STATS, { period: 'DAY', from: '2026-12-01', to: '2026-12-01', operatorId: fresh.staff.id }, manager.token);
    expect(daily.errors).toBeUndefined();
    expect(daily.data?.reviewStatistics).toEqual([
      { operatorId: fresh.staff.id, operator: { id: fresh.staff.id }, period: '2026-12-01', submitted: 3, approved: 2, rejected: 1, withdrawn: 0, pending: 0, errorRate: 0.3333, medianCycleMinutes: 60, averageCycleMinutes: 60 },
    ]);
    const monthly = await t.gql(STATS, { period: 'MONTH', from: '2026-12-01', to: '2026-12-31' }, manager.token);
    expect(monthly.data?.reviewStatistics.find((row: { operatorId: string }) => row.operatorId === fresh.staff.id)).toMatchObject({ period: '2026-12', submitted: 3, rejected: 1 });
    // An agent sees their own figures only, whatever operator they ask for.
    const own = await t.gql(STATS, { period: 'MONTH', from: '2026-12-01', to: '2026-12-31', operatorId: agent.staff.id }, fresh.token);
    expect(own.data?.reviewStatistics.map((row: { operatorId: string }) => row.operatorId)).toEqual([fresh.staff.id]);
    const backwards = await t.gql(STATS, { period: 'DAY', from: '2026-12-15', to: '2026-12-01' }, manager.token);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to', code: 'endsBeforeStart' }] });
    const tooLong = await t.gql(STATS, { period: 'DAY', from: '2025-01-01', to: '2026-12-31' }, manager.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to', code: 'rangeTooLong' }] });
  });

  it('lists the review queue, an agent only their own submissions', async () => {
    const queue = await t.gql(`{ pendingChanges(filter: { status: [PENDING] }, page: { limit: 200 }) { items { status submittedBy { id } } } }`, undefined, leader.token);
    expect(queue.errors).toBeUndefined();
    expect(queue.data?.pendingChanges.items.length).toBeGreaterThan(0);
    expect(queue.data?.pendingChanges.items.every((item: { status: string }) => item.status === 'PENDING')).toBe(true);
    const mine = await t.gql(`{ pendingChanges(page: { limit: 200 }) { items { submittedBy { id } } } }`, undefined, otherAgent.token);
    expect(mine.data?.pendingChanges.items).toEqual([]);
  });
});
