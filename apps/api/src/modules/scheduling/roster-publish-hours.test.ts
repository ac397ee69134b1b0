import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Team } from '../team/team.entity';

type Who = { staff: { id: string }; token: string };
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id isLeaderOnDuty } }`;
const GENERATE = `mutation($team: ID!, $m: String!) { generateRoster(teamId: $team, month: $m) { missingHolidayYear unmet { date } fairness { hoursSpread loads { staff { id } hours } } } }`;
const PUBLISH = `mutation($team: ID!, $m: String!, $confirm: Boolean) { publishRoster(teamId: $team, month: $m, confirmMissingHolidays: $confirm) { status } }`;
const HOURS = `query($team: ID!, $m: String!) { rosterHours(teamId: $team, month: $m) { staff { id } shifts hours standardHours overtimeHours maxHours warnings { rule from to daysOff minDaysOff hours max } } }`;
const SET = `mutation($key: SettingKey!, $value: Int!) { updateSetting(key: $key, version: 0, value: $value) { value } }`;

describe('rosters a person can work', () => {
  let t: TestApp;
  let admin: Who, leader: Who, agent: Who;
  let teamId: string, dayType: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z'));
    await storeNewYearHolidays(t.dataSource, [2026]);
    const team = { ...newRecord(t.clock.now()), name: '热线四班' };
    await t.dataSource.getRepository(Team).insert(team);
    teamId = team.id;
    admin = await t.staffWithToken('ADMIN');
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId, skillLevel: 5 });
    agent = await t.staffWithToken('AGENT', { teamId });
    for (let i = 0; i < 2; i += 1) await makeStaff(t.dataSource, { role: 'AGENT', teamId });
    const types = [
      { name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 510, endMinute: 1050, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
      { name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
      { name: '节假日值班', kind: 'HOLIDAY_DUTY', days: 'REST_DAYS', startMinute: 540, endMinute: 1080, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
    ];
    const ids = [];
    for (const i of types) ids.push((await t.gql(SHIFT_TYPE, { i }, admin.token)).data?.createShiftType.id);
    dayType = ids[0];
  });
  afterAll(() => t.close());

  describe('publishing a month of a year without public holidays', () => {
    it('is refused with holidaysMissingForYear unless an administrator confirms; the confirm flag is theirs alone', async () => {
      const generated = (await t.gql(GENERATE, { team: teamId, m: '2028-01' }, leader.token)).data?.generateRoster;
      expect(generated.missingHolidayYear).toBe(2028);
      const refused = await t.gql(PUBLISH, { team: teamId, m: '2028-01' }, leader.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'holidaysMissingForYear', path: 'month', params: { year: 2028 } }] });
      expect((await t.gql(PUBLISH, { team: teamId, m: '2028-01', confirm: true }, leader.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(PUBLISH, { team: teamId, m: '2028-01' }, admin.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const confirmed = await t.gql(PUBLISH, { team: teamId, m: '2028-01', confirm: true }, admin.token);
      expect(confirmed.data?.publishRoster).toEqual({ status: 'PUBLISHED' });
      const roster = await t.gql(`query($team: ID!) { rosters(filter: { teamId: $team, month: "2028-01" }) { items { id } } }`, { team: teamId }, leader.token);
      const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entity: 'roster', entityId: roster.data?.rosters.items[0].id, field: 'status' });
      expect(audit).toEqual([expect.objectContaining({ newValue: 'PUBLISHED (confirmed without public holidays on file)', actorId: admin.staff.id })]);
    });

    it('needs no confirmation once the year has its holidays', async () => {
      expect((await t.gql(GENERATE, { team: teamId, m: '2026-12' }, leader.token)).data?.generateRoster.missingHolidayYear).toBeNull();
      expect((await t.gql(PUBLISH, { team: teamId, m: '2026-12', confirm: true }, admin.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(PUBLISH, { team: teamId, m: '2026-12' }, leader.token)).data?.publishRoster).toEqual({ status: 'PUBLISHED' });
    });
  });

  describe('hours per person', () => {
    it('the generator keeps everyone under the monthly ceiling (a setting per job type) and rosterHours adds them up', async () => {
      expect((await t.gql(SET, { key: 'SCHEDULING_MAX_MONTHLY_HOURS_PHONE', value: 150 }, admin.token)).errors).toBeUndefined();
      const generated = (await t.gql(GENERATE, { team: teamId, m: '2026-11' }, leader.token)).data?.generateRoster;
      expect(generated.fairness.loads.every((l: { hours: number }) => l.hours <= 150)).toBe(true);
      expect(generated.unmet.length).toBeGreaterThan(0); // four people cannot cover 24/7 within 150 h each
      const rows = (await t.gql(HOURS, { team: teamId, m: '2026-11' }, leader.token)).data?.rosterHours;
      expect(rows).toHaveLength(4);
      for (const row of rows) {
        const load = generated.fairness.loads.find((l: { staff: { id: string } }) => l.staff.id === row.staff.id);
        expect(row).toMatchObject({ hours: load.hours, standardHours: 168, maxHours: 150, warnings: [] });
        expect(row.overtimeHours).toBe(Math.max(0, row.hours - 168));
      }
      // A draft is the leaders' work in progress: agents see no hours until it is published.
      expect((await t.gql(HOURS, { team: teamId, m: '2026-11' }, agent.token)).data?.rosterHours.every((r: { shifts: number }) => r.shifts === 0)).toBe(true);
    });

    it('warns about a month a person cannot work: seven days without a day off, hours above the ceiling', async () => {
      const dates = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];
      await t.gql(SET, { key: 'SCHEDULING_MAX_MONTHLY_HOURS_ONLINE', value: 40 }, admin.token);
      const online = await t.staffWithToken('AGENT', { teamId, jobType: 'ONLINE' });
      for (const date of dates) {
        const shift = (await t.gql(SHIFT, { i: { teamId, date, shiftTypeId: dayType } }, leader.token)).data?.createShift;
        expect((await t.gql(ASSIGN, { i: { shiftId: shift.id, staffId: online.staff.id } }, leader.token)).errors).toBeUndefined();
      }
      const row = (await t.gql(HOURS, { team: teamId, m: '2027-03' }, leader.token)).data?.rosterHours.find((r: { staff: { id: string } }) => r.staff.id === online.staff.id);
      expect(row).toMatchObject({ shifts: 7, hours: 63, maxHours: 40 });
      expect(row.warnings).toEqual([
        { rule: 'monthlyHoursExceeded', from: null, to: null, daysOff: null, minDaysOff: null, hours: 63, max: 40 },
        { rule: 'tooFewDaysOff', from: '2027-03-01', to: '2027-03-07', daysOff: 0, minDaysOff: 1, hours: null, max: null },
      ]);
    });

    it('marks only a shift leader as leader on duty, by hand too', async () => {
      const shift = (await t.gql(SHIFT, { i: { teamId, date: '2027-04-06', shiftTypeId: dayType } }, leader.token)).data?.createShift;
      const refused = await t.gql(`mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id } }`, { i: { shiftId: shift.id, staffId: agent.staff.id, isLeaderOnDuty: true } }, leader.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'notShiftLeader', path: 'isLeaderOnDuty' }] });
      expect((await t.gql(ASSIGN, { i: { shiftId: shift.id, staffId: leader.staff.id, isLeaderOnDuty: true } }, leader.token)).data?.createShiftAssignment.isLeaderOnDuty).toBe(true);
    });
  });
});
