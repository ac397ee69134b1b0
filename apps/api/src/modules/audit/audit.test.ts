import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { auditTarget, recordAction, recordFieldChanges } from './audit.service';
import { turnOffReview } from '../../test/review-settings';

const HISTORY = `query($entity: AuditEntity!, $entityId: ID!) {
  auditEntries(entity: $entity, entityId: $entityId) { entity entityId action field oldValue newValue actorId actor { id name } at }
}`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $version: Int!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: $version, input: $input) { version } }`;

describe('audit log', () => {
  let t: TestApp;
  let manager: Awaited<ReturnType<TestApp['staffWithToken']>>;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.staffWithToken('DEPT_MANAGER');
    // The audit of an edit itself: 复核 of the phone is off here (review.test.ts audits an approved change).
    await turnOffReview(t.dataSource);
  });
  afterAll(() => t.close());

  it('answers the history of one record, oldest first, with who did it and the PII masked', async () => {
    const customer = await makeCustomer(t.dataSource, { phone: '13811112222' });
    t.clock.set(new Date('2026-03-02T02:00:00Z'));
    await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 1, input: { name: '宁波港信物流有限公司' } }, manager.token);
    t.clock.set(new Date('2026-03-02T03:00:00Z'));
    await t.gql(UPDATE_CUSTOMER, { id: customer.id, version: 2, input: { phone: '13833334444' } }, manager.token);
    const other = await makeCustomer(t.dataSource);
    await t.gql(UPDATE_CUSTOMER, { id: other.id, version: 1, input: { name: '别的客户' } }, manager.token);

    const { token } = await t.staffWithToken('AGENT');
    const history = await t.gql(HISTORY, { entity: 'CUSTOMER', entityId: customer.id }, token);
    expect(history.data?.auditEntries).toEqual([
      expect.objectContaining({ entity: 'CUSTOMER', entityId: customer.id, action: 'UPDATE', field: 'name', newValue: '宁波港信物流有限公司', at: '2026-03-02T02:00:00.000Z' }),
      expect.objectContaining({ action: 'UPDATE', field: 'phone', oldValue: '138****2222', newValue: '138****4444', at: '2026-03-02T03:00:00.000Z' }),
    ]);
    expect(history.data?.auditEntries[0]).toMatchObject({ actorId: manager.staff.id, actor: { id: manager.staff.id, name: manager.staff.name } });
  });

  it('shows a change the system made with no actor', async () => {
    const customer = await makeCustomer(t.dataSource);
    await recordAction(t.dataSource.manager, auditTarget(null, 'customer', customer.id, t.clock.now()), 'UPDATE', { field: 'ownerId', newValue: 'auto' });
    const history = await t.gql(HISTORY, { entity: 'CUSTOMER', entityId: customer.id }, manager.token);
    expect(history.data?.auditEntries).toEqual([expect.objectContaining({ field: 'ownerId', newValue: 'auto', actorId: null, actor: null })]);
  });

  it('answers at most 500 rows, the oldest', async () => {
    const customer = await makeCustomer(t.dataSource);
    const start = Date.parse('2026-01-01T00:00:00Z');
    await recordFieldChanges(
      t.dataSource.manager,
      Array.from({ length: 501 }, (_, i) => ({ ...auditTarget({ viewer: manager.staff }, 'customer', customer.id, new Date(start + i * 1000)), field: 'notes', oldValue: null, newValue: `第${i}次` })),
    );
    const entries = (await t.gql(HISTORY, { entity: 'CUSTOMER', entityId: customer.id }, manager.token)).data?.auditEntries;
    expect(entries).toHaveLength(500);
    expect(entries[0].newValue).toBe('第0次');
    expect(entries[499].newValue).toBe('第499次');
  });

  it('refuses an unknown kind of record, and anyone signed out', async () => {
    const unknown = await t.gql(HISTORY, { entity: 'password', entityId: 'x' }, manager.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'entity', code: 'invalidValue' })] });
    const anonymous = await t.gql(HISTORY, { entity: 'CUSTOMER', entityId: 'x' });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const none = await t.gql(HISTORY, { entity: 'CUSTOMER', entityId: 'no-such-record' }, manager.token);
    expect(none.data?.auditEntries).toEqual([]);
  });
});
