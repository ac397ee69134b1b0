import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { makeComplaint, makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team/team.entity';
import { Complaint } from './complaint.entity';

const LIST = 'query($filter: ComplaintFilter) { complaints(filter: $filter, page: { limit: 50 }) { items { id } total } }';
const DAY = 86_400_000;

// A team report's links land on exactly its complaints: the handler's team, closed within the month.
describe('the complaints list filters by team, closing time, severity and channel', () => {
  let t: TestApp;
  let manager: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const teams = [
      { ...newRecord(t.clock.now()), name: '一班' },
      { ...newRecord(t.clock.now()), name: '二班' },
    ];
    await t.dataSource.getRepository(Team).insert(teams);
    const first = await makeStaff(t.dataSource, { role: 'AGENT', teamId: teams[0].id });
    const second = await makeStaff(t.dataSource, { role: 'AGENT', teamId: teams[1].id });
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    const now = t.clock.now().getTime();
    const made = async (key: string, ownerId: string, change: Partial<Complaint>) => {
      const complaint = await makeComplaint(t.dataSource, { ownerId, receivedAt: new Date(now - 20 * DAY) });
      if (Object.keys(change).length) await t.dataSource.getRepository(Complaint).update({ id: complaint.id }, change);
      ids[key] = complaint.id;
    };
    await made('closedEarly', first.id, { closedAt: new Date(now - 10 * DAY), severity: 'HIGH' });
    await made('closedLate', first.id, { closedAt: new Date(now - 2 * DAY), channel: 'EMAIL' });
    await made('open', first.id, {});
    await made('otherTeam', second.id, { closedAt: new Date(now - 10 * DAY), severity: 'HIGH', channel: 'EMAIL' });
    ids.team = teams[0].id;
  });
  afterAll(() => t.close());

  const listed = async (filter: Record<string, unknown>) => {
    const result = await t.gql(LIST, { filter }, manager);
    expect(result.errors).toBeUndefined();
    return (result.data?.complaints.items as Array<{ id: string }>).map((item) => item.id).sort();
  };

  it('keeps the complaints whose handler is in the team', async () => {
    expect(await listed({ teamId: ids.team })).toEqual([ids.closedEarly, ids.closedLate, ids.open].sort());
  });

  it('keeps the complaints closed within a half-open range, open ones never', async () => {
    const now = t.clock.now().getTime();
    const week = { closedAtFrom: new Date(now - 14 * DAY).toISOString(), closedAtTo: new Date(now - 2 * DAY).toISOString() };
    expect(await listed(week)).toEqual([ids.closedEarly, ids.otherTeam].sort());
    expect(await listed({ ...week, teamId: ids.team })).toEqual([ids.closedEarly]);
    expect(await listed({ closedAtFrom: new Date(now - 3 * DAY).toISOString() })).toEqual([ids.closedLate]);
  });

  it('keeps the complaints of the severities and channels asked for', async () => {
    expect(await listed({ severity: ['HIGH'] })).toEqual([ids.closedEarly, ids.otherTeam].sort());
    expect(await listed({ channel: ['EMAIL'], teamId: ids.team })).toEqual([ids.closedLate]);
  });

  it('refuses a severity that does not exist', async () => {
    const result = await t.gql(LIST, { filter: { severity: ['EXTREME'] } }, manager);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
