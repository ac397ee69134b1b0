import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from './team.entity';

const TEAMS = `query($filter: TeamFilter, $sort: [TeamSort!], $page: PageInput) {
  teams(filter: $filter, sort: $sort, page: $page) { total items { id name } pageInfo { hasNextPage endCursor } }
}`;

describe('teams', () => {
  let t: TestApp;
  let token: string;
  const teams = new Map<string, Team>();
  const idOf = (name: string) => teams.get(name)?.id;

  beforeAll(async () => {
    t = await startTestApp();
    token = (await t.staffWithToken('AGENT')).token;
    for (const name of ['热线一班', '热线二班', '热线三班', '上门服务组']) {
      const team = Object.assign(new Team(), { ...newRecord(t.clock.now()), name });
      await t.dataSource.getRepository(Team).insert(team);
      teams.set(name, team);
    }
  });
  afterAll(() => t.close());

  it('lists teams by a Chinese substring, by ids, sorted and paged with a cursor', async () => {
    const hotline = await t.gql(TEAMS, { filter: { q: '热线' }, sort: [{ field: 'NAME', direction: 'ASC' }] }, token);
    expect(hotline.data?.teams.total).toBe(3);
    const byIds = await t.gql(TEAMS, { filter: { ids: [idOf('上门服务组'), idOf('热线二班')] } }, token);
    expect(byIds.data?.teams.items.map((team: Team) => team.name).sort()).toEqual(['上门服务组', '热线二班']);
    expect((await t.gql(TEAMS, { filter: { ids: [] } }, token)).data?.teams.total).toBe(0);

    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await t.gql(TEAMS, { filter: { q: '热线' }, sort: [{ field: 'NAME', direction: 'DESC' }], page: { limit: 2, after } }, token);
      seen.push(...(page.data?.teams.items ?? []).map((team: Team) => team.name));
      after = page.data?.teams.pageInfo.hasNextPage ? page.data.teams.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(hotline.data?.teams.items.map((team: Team) => team.name).reverse());
  });

  it('answers one team by id, null for an unknown one, and a staff member’s team', async () => {
    const one = await t.gql(`query($id: ID!) { team(id: $id) { name } }`, { id: idOf('热线一班') }, token);
    expect(one.data?.team).toEqual({ name: '热线一班' });
    expect((await t.gql(`{ team(id: "no-such-team") { name } }`, {}, token)).data?.team).toBeNull();
    const member = await t.staffWithToken('AGENT', { teamId: idOf('上门服务组') });
    expect((await t.gql('{ me { team { name } } }', {}, member.token)).data?.me).toEqual({ team: { name: '上门服务组' } });
  });

  it('refuses bad paging, a cursor of another sort, an overlong search, and anyone signed out', async () => {
    const limit = await t.gql(TEAMS, { page: { limit: 0 } }, token);
    expect(limit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'page.limit', code: 'outOfRange' })] });
    const first = await t.gql(TEAMS, { sort: [{ field: 'NAME', direction: 'ASC' }], page: { limit: 1 } }, token);
    const cursor = first.data?.teams.pageInfo.endCursor;
    const garbage = await t.gql(TEAMS, { page: { after: 'not-a-cursor' } }, token);
    expect(garbage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'page.after', code: 'invalidCursor' })] });
    const otherSort = await t.gql(TEAMS, { sort: [{ field: 'NAME', direction: 'ASC' }, { field: 'CREATED_AT', direction: 'ASC' }], page: { after: cursor } }, token);
    expect(otherSort.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const long = await t.gql(TEAMS, { filter: { q: '班'.repeat(101) } }, token);
    expect(long.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.gql(TEAMS);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
