import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { username mustChangePassword } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token staff { mustChangePassword } } }`;
const CUSTOMERS = '{ customers { items { id } } }';

describe('changing one own password, and accounts that must', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses everything but me, logout and changePassword with PASSWORD_CHANGE_REQUIRED until the password is changed', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT', username: 'wangfang', mustChangePassword: true });
    const login = await t.gql(LOGIN, { u: 'wangfang', p: TEST_PASSWORD });
    expect(login.data?.login.staff.mustChangePassword).toBe(true);
    const token = login.data?.login.token;
    expect((await t.gql('{ me { username mustChangePassword } }', {}, token)).data?.me).toEqual({ username: 'wangfang', mustChangePassword: true });
    const refused = await t.gql(CUSTOMERS, {}, token);
    expect(refused.errors?.[0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'wangfang2026' } }, token);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'newPassword', code: 'passwordHasUsername' }] });
    const changed = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: '长江 flows east 2026' } }, token);
    expect(changed.data?.changePassword).toEqual({ username: 'wangfang', mustChangePassword: false });
    expect((await t.gql(CUSTOMERS, {}, token)).errors).toBeUndefined();

    const audit = await t.dataSource.query("SELECT new_value FROM audit_log WHERE entity_id = ? AND field = 'password'", [staff.id]);
    expect(audit.map((row: { new_value: string }) => row.new_value)).toEqual(['****']);
  });

  it('checks the current password and the policy, and ends the other sessions', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    const other = await t.signIn(staff);
    const wrong = await t.gql(CHANGE, { input: { currentPassword: 'not-my-password', newPassword: 'Lm4-river-9x' } }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'currentPassword', code: 'wrongPassword' }] });
    for (const [newPassword, code] of [['short', 'tooShort'], ['1234567890', 'commonPassword'], [TEST_PASSWORD, 'passwordUnchanged']]) {
      const refused = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword } }, token);
      expect(refused.errors?.[0].extensions.fields, newPassword).toMatchObject([{ path: 'newPassword', code }]);
    }
    expect((await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'Lm4-river-9x' } }, token)).errors).toBeUndefined();
    expect((await t.gql('{ me { id } }', {}, token)).data?.me).toEqual({ id: staff.id });
    expect((await t.gql('{ me { id } }', {}, other)).data?.me).toBeNull();
  });

  it('counts wrong current passwords against the sign-in lock: after ten, even the right one is refused, and sign-in too', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    const attempt = (currentPassword: string) => t.gql(CHANGE, { input: { currentPassword, newPassword: 'Lm4-river-9x' } }, token);
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(`guess-number-${i}`)));
    const codes = guesses.map((g) => g.errors?.[0].extensions.code);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(2);
    const right = await attempt(TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await t.gql(LOGIN, { u: staff.username, p: TEST_PASSWORD })).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    const events: Array<{ kind: string; outcome: string }> = await t.dataSource.query('SELECT kind, outcome FROM security_event WHERE staff_id = ?', [staff.id]);
    const count = (kind: string, outcome: string) => events.filter((e) => e.kind === kind && e.outcome === outcome).length;
    expect([count('PASSWORD_CHANGED', 'FAILURE'), count('LOCKED', 'REFUSED'), count('PASSWORD_CHANGED', 'REFUSED'), count('SIGN_IN_FAILED', 'REFUSED')]).toEqual([10, 1, 3, 1]);
  });

  it('ends the count when the current password is right, as a sign-in does', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    for (let i = 0; i < 9; i += 1) await t.gql(CHANGE, { input: { currentPassword: `guess-number-${i}`, newPassword: 'Lm4-river-9x' } }, token);
    expect((await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'Lm4-river-9x' } }, token)).errors).toBeUndefined();
    const wrong = await t.gql(CHANGE, { input: { currentPassword: 'guess-number-x', newPassword: 'Qz7-lake-4k' } }, token);
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('applies the policy to passwords an administrator sets', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const created = await t.gql(
      'mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }',
      { input: { username: 'zhaolei', password: 'qwertyuiop', name: '赵磊', role: 'AGENT' } },
      admin.token,
    );
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password', code: 'commonPassword' }] });
    const member = await makeStaff(t.dataSource, { role: 'AGENT', username: 'liuyang' });
    const updated = await t.gql(
      'mutation($id: ID!, $input: UpdateStaffInput!) { updateStaff(id: $id, version: 1, input: $input) { id } }',
      { id: member.id, input: { password: 'liuyang-2026' } },
      admin.token,
    );
    expect(updated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password', code: 'passwordHasUsername' }] });
  });
});
