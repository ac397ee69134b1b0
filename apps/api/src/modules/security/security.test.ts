import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaff, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const EVENTS = `query($filter: SecurityEventFilter, $sort: [SecurityEventSort!], $page: PageInput) {
  securityEvents(filter: $filter, sort: $sort, page: $page) { total items { kind outcome ip username detail staff { id } subject { id } } }
}`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

/** Issue 17, point 10: the security log records who did what, when, from where, and how it ended. */
describe('security events (安全日志)', () => {
  let t: TestApp;
  let admin: { staff: { id: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffWithToken('ADMIN');
  });
  afterAll(() => t.close());

  const events = async (filter: Record<string, unknown>) => {
    const result = await t.gql(EVENTS, { filter, sort: [{ field: 'AT', direction: 'ASC' }] }, admin.token);
    expect(result.errors).toBeUndefined();
    return result.data?.securityEvents.items as Array<Record<string, any>>;
  };

  it('records sign-in, failed sign-in, one lock however many attempts reach it, and sign-out', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    await t.gql('mutation { logout }', {}, token);
    await Promise.all(Array.from({ length: 14 }, () => t.gql(LOGIN, { u: staff.username, p: 'guess-guess' })));
    const mine = await events({ staffId: staff.id });
    expect(mine.filter((e) => e.kind === 'SIGN_IN')).toEqual([expect.objectContaining({ outcome: 'SUCCESS', username: staff.username, staff: { id: staff.id } })]);
    expect(mine.filter((e) => e.kind === 'SIGN_OUT')).toHaveLength(1);
    const failed = mine.filter((e) => e.kind === 'SIGN_IN_FAILED');
    expect(failed.filter((e) => e.outcome === 'FAILURE')).toHaveLength(10);
    // The attempts the lock turned away are in the log too, as refused.
    expect(failed.filter((e) => e.outcome === 'REFUSED')).toEqual(Array.from({ length: 4 }, () => expect.objectContaining({ detail: expect.stringMatching(/^locked: retry in \d+ s$/) })));
    expect(mine.filter((e) => e.kind === 'LOCKED')).toEqual([expect.objectContaining({ outcome: 'REFUSED', detail: '10 failures: locked 1 min' })]);
    expect(mine.every((e) => e.ip.length > 0)).toBe(true);
    const unknown = await t.gql(LOGIN, { u: 'nobody-here', p: 'guess-guess' });
    expect(unknown.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await events({ username: 'nobody-here' })).toEqual([expect.objectContaining({ kind: 'SIGN_IN_FAILED', outcome: 'FAILURE', staff: null, detail: 'unknown username' })]);
  });

  it('records role and activation changes, passwords set or changed, and exports, with who and to whom', async () => {
    const member = await makeStaff(t.dataSource, { role: 'AGENT' });
    const UPDATE = 'mutation($id: ID!, $version: Int!, $input: UpdateStaffInput!) { updateStaff(id: $id, version: $version, input: $input) { version } }';
    expect((await t.gql(UPDATE, { id: member.id, version: 1, input: { role: 'SHIFT_LEADER' } }, admin.token)).errors).toBeUndefined();
    expect((await t.gql(UPDATE, { id: member.id, version: 2, input: { active: false } }, admin.token)).errors).toBeUndefined();
    const changes = await events({ staffId: member.id, kind: ['ROLE_CHANGED', 'ACTIVATION_CHANGED'] });
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'ROLE_CHANGED', outcome: 'SUCCESS', detail: 'AGENT → SHIFT_LEADER', staff: { id: admin.staff.id }, subject: { id: member.id } }),
      expect.objectContaining({ kind: 'ACTIVATION_CHANGED', detail: 'deactivated', subject: { id: member.id } }),
    ]);

    const self = await makeStaff(t.dataSource, { role: 'SHIFT_LEADER' });
    const token = await t.signIn(self);
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
    await t.gql(CHANGE, { input: { currentPassword: 'not-mine-at-all', newPassword: 'Lm4-river-9x' } }, token);
    await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'Lm4-river-9x' } }, token);
    expect((await events({ staffId: self.id, kind: ['PASSWORD_CHANGED'] })).map((e) => e.outcome)).toEqual(['FAILURE', 'SUCCESS']);

    await makeCustomer(t.dataSource, { name: '王芳' });
    const exported = await t.gql('mutation { exportCustomers { rowCount } }', {}, token);
    expect(exported.errors).toBeUndefined();
    expect(await events({ staffId: self.id, kind: ['EXPORT'] })).toEqual([
      expect.objectContaining({ outcome: 'SUCCESS', detail: `customers (${exported.data?.exportCustomers.rowCount} rows)` }),
    ]);
  });

  it('lists for administrators only, with the usual filter, sort and page grammar', async () => {
    for (const role of ['AGENT', 'SHIFT_LEADER', 'QA_INSPECTOR', 'DEPT_MANAGER', 'CENTER_DIRECTOR'] as const) {
      const { token } = await t.staffWithToken(role);
      expect((await t.gql(EVENTS, {}, token)).errors?.[0].extensions.code, role).toBe('FORBIDDEN');
    }
    const page = await t.gql(EVENTS, { filter: { kind: ['SIGN_IN'], outcome: ['SUCCESS'] }, page: { limit: 2 } }, admin.token);
    expect(page.data?.securityEvents.items).toHaveLength(2);
    expect(page.data?.securityEvents.total).toBeGreaterThan(2);
    const newestFirst = await t.gql(EVENTS, { filter: { kind: ['SIGN_IN'] } }, admin.token);
    expect(newestFirst.errors).toBeUndefined();
  });
});
