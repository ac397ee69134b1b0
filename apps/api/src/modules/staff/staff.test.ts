import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team/team.entity';

const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version username name role jobType skillLevel active phone team { name } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateStaffInput!) {
  updateStaff(id: $id, version: $version, input: $input) { id version name role skillLevel active phone team { id name } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const ME = '{ me { id } }';
const SIGNED_IN_ONLY = '{ staffMembers { total } }';

describe('staff', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['staffWithToken']>>;
  let hotline: Team;
  let visits: Team;

  const makeTeam = async (name: string) => {
    const team = Object.assign(new Team(), { ...newRecord(t.clock.now()), name });
    await t.dataSource.getRepository(Team).insert(team);
    return team;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffWithToken('ADMIN');
    hotline = await makeTeam('热线二班');
    visits = await makeTeam('上门服务组');
  });
  afterAll(() => t.close());

  it('creates an account that can sign in, trimmed and lower-cased, with an audit row', async () => {
    const created = await t.gql(
      CREATE,
      { input: { username: '  ZhangWei ', password: 'a-long-password', name: ' 张伟 ', role: 'AGENT', jobType: 'PHONE', skillLevel: 4, teamId: hotline.id, phone: '13900001111' } },
      admin.token,
    );
    expect(created.data?.createStaff).toMatchObject({
      version: 1,
      username: 'zhangwei',
      name: '张伟',
      role: 'AGENT',
      jobType: 'PHONE',
      skillLevel: 4,
      active: true,
      phone: '13900001111',
      team: { name: '热线二班' },
    });
    const login = await t.gql(LOGIN, { input: { username: 'zhangwei', password: 'a-long-password' } });
    expect(login.data?.login.token).toEqual(expect.any(String));
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: STAFF, entityId: $id) { action newValue actor { id } } }`, { id: created.data?.createStaff.id }, admin.token);
    expect(history.data?.auditEntries).toEqual([{ action: 'CREATE', newValue: 'zhangwei', actor: { id: admin.staff.id } }]);
  });

  it('lists staff by name or username, role, team and state, sorted and paged', async () => {
    const leader = await t.staffWithToken('SHIFT_LEADER', { name: '欧阳晓峰', teamId: visits.id });
    await makeStaff(t.dataSource, { role: 'AGENT', name: '欧阳明', teamId: visits.id, active: false });
    const list = `query($filter: StaffFilter, $sort: [StaffSort!], $page: PageInput) {
      staffMembers(filter: $filter, sort: $sort, page: $page) { total items { name role active } pageInfo { hasNextPage } }
    }`;
    const byName = await t.gql(list, { filter: { q: '欧阳' }, sort: [{ field: 'NAME', direction: 'DESC' }] }, leader.token);
    expect(byName.data?.staffMembers).toMatchObject({ total: 2, items: [{ name: '欧阳晓峰' }, { name: '欧阳明' }] });
    const active = await t.gql(list, { filter: { teamId: visits.id, active: true } }, leader.token);
    expect(active.data?.staffMembers.items).toEqual([{ name: '欧阳晓峰', role: 'SHIFT_LEADER', active: true }]);
    const leaders = await t.gql(list, { filter: { role: 'SHIFT_LEADER', ids: [leader.staff.id, admin.staff.id] } }, leader.token);
    expect(leaders.data?.staffMembers.items.map((s: { name: string }) => s.name)).toEqual(['欧阳晓峰']);
    const paged = await t.gql(list, { filter: { q: '欧阳' }, page: { limit: 1 } }, leader.token);
    expect(paged.data?.staffMembers).toMatchObject({ total: 2, pageInfo: { hasNextPage: true } });
    expect(paged.data?.staffMembers.items).toHaveLength(1);
  });

  it('updates only the fields given, checks the version and audits each change with the phone masked', async () => {
    const { staff } = await t.staffWithToken('AGENT', { name: '李静' });
    const updated = await t.gql(UPDATE, { id: staff.id, version: 1, input: { name: '李静怡', skillLevel: 5, teamId: hotline.id, phone: '13700002222' } }, admin.token);
    expect(updated.data?.updateStaff).toMatchObject({ version: 2, name: '李静怡', role: 'AGENT', skillLevel: 5, active: true, phone: '13700002222', team: { id: hotline.id } });
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: STAFF, entityId: $id) { field oldValue newValue } }`, { id: staff.id }, admin.token);
    const rows = history.data?.auditEntries as Array<{ field: string; oldValue: string; newValue: string }>;
    expect(rows.map((row) => row.field).sort()).toEqual(['name', 'phone', 'skillLevel', 'teamId']);
    expect(rows.find((row) => row.field === 'name')).toEqual({ field: 'name', oldValue: '李静', newValue: '李静怡' });
    expect(rows.find((row) => row.field === 'phone')?.newValue).toBe('137****2222');

    const stale = await t.gql(UPDATE, { id: staff.id, version: 1, input: { name: '李静' } }, admin.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const cleared = await t.gql(UPDATE, { id: staff.id, version: 2, input: { teamId: null } }, admin.token);
    expect(cleared.data?.updateStaff).toMatchObject({ version: 3, team: null });
  });

  it('answers bad input field by field, and an unknown id with NOT_FOUND', async () => {
    const { staff } = await t.staffWithToken('AGENT');
    const bad = await t.gql(UPDATE, { id: staff.id, version: 1, input: { name: ' ', skillLevel: 0, phone: 'call me', teamId: 'no-such-team' } }, admin.token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual([
      'name:required',
      'phone:invalidPhone',
      'skillLevel:outOfRange',
    ]);
    const unknownTeam = await t.gql(UPDATE, { id: staff.id, version: 1, input: { teamId: 'no-such-team' } }, admin.token);
    expect(unknownTeam.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'teamId', code: 'notFound' })]);
    const clearedRole = await t.gql(UPDATE, { id: staff.id, version: 1, input: { role: null } }, admin.token);
    expect(clearedRole.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'role', code: 'required' })]);
    const unknown = await t.gql(UPDATE, { id: 'no-such-staff', version: 1, input: { name: '王芳' } }, admin.token);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const untouched = await t.gql(`query($id: ID!) { staffMember(id: $id) { version } }`, { id: staff.id }, admin.token);
    expect(untouched.data?.staffMember).toEqual({ version: 1 });
  });

  it('ends every session of someone whose password changes or who is deactivated', async () => {
    const member = await t.staffWithToken('AGENT');
    const changed = await t.gql(UPDATE, { id: member.staff.id, version: 1, input: { password: 'another-long-password' } }, admin.token);
    expect(changed.data?.updateStaff.version).toBe(2);
    expect((await t.gql(ME, {}, member.token)).data?.me).toBeNull();
    expect((await t.gql(SIGNED_IN_ONLY, {}, member.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const relogin = await t.gql(LOGIN, { input: { username: member.staff.username, password: 'another-long-password' } });
    const token = relogin.data?.login.token as string;
    expect((await t.gql(ME, {}, token)).data?.me).toEqual({ id: member.staff.id });
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: STAFF, entityId: $id) { field newValue } }`, { id: member.staff.id }, admin.token);
    expect(history.data?.auditEntries).toEqual([{ field: 'password', newValue: '****' }]);

    const deactivated = await t.gql(`mutation($id: ID!) { deleteStaff(id: $id, version: 2) }`, { id: member.staff.id }, admin.token);
    expect(deactivated.data?.deleteStaff).toBe(member.staff.id);
    expect((await t.gql(ME, {}, token)).data?.me).toBeNull();
    expect((await t.gql(LOGIN, { input: { username: member.staff.username, password: 'another-long-password' } })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('does not let administrators change their own role', async () => {
    const self = await t.gql(UPDATE, { id: admin.staff.id, version: 1, input: { role: 'AGENT' } }, admin.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'selfLockout', path: 'role' }] });
    const same = await t.gql(UPDATE, { id: admin.staff.id, version: 1, input: { role: 'ADMIN', name: '系统管理员' } }, admin.token);
    expect(same.data?.updateStaff).toMatchObject({ role: 'ADMIN', name: '系统管理员' });
  });

  it('lets only administrators create, edit and deactivate accounts; everyone signed in reads them', async () => {
    const { staff } = await t.staffWithToken('AGENT');
    for (const role of ['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR'] as const) {
      const { token } = await t.staffWithToken(role);
      const create = await t.gql(CREATE, { input: { username: `x${role.toLowerCase()}`, password: 'a-long-password', name: '王五', role: 'AGENT' } }, token);
      expect(create.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      const update = await t.gql(UPDATE, { id: staff.id, version: 1, input: { name: '王五' } }, token);
      expect(update.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      const remove = await t.gql(`mutation($id: ID!) { deleteStaff(id: $id, version: 1) }`, { id: staff.id }, token);
      expect(remove.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      const read = await t.gql(`query($id: ID!) { staffMember(id: $id) { id } }`, { id: staff.id }, token);
      expect(read.data?.staffMember).toEqual({ id: staff.id });
    }
    const anonymous = await t.gql(SIGNED_IN_ONLY);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const unchanged = await t.gql(`query($id: ID!) { staffMember(id: $id) { version active } }`, { id: staff.id }, admin.token);
    expect(unchanged.data?.staffMember).toEqual({ version: 1, active: true });
  });
});
