import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaveRequest } from '../../modules/scheduling/leave-request.entity';
import { Roster } from '../../modules/scheduling/roster.entity';
import { ShiftSwapRequest } from '../../modules/scheduling/shift-swap-request.entity';
import { Team } from '../../modules/team/team.entity';
import { newRecord } from '../../shared/new-record';
import { makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { demoMonths, seedDemoScheduling } from './demo-scheduling';

describe('seedDemoScheduling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('publishes this month and next for each team, with swaps and leave in every state and no hard rule broken', async () => {
    const now = new Date('2026-11-05T02:00:00Z');
    const team = { ...newRecord(now), name: '热线一班' };
    const other = { ...newRecord(now), name: '热线二班' };
    await t.dataSource.getRepository(Team).insert([team, other]);
    for (const { id } of [team, other]) {
      await makeStaff(t.dataSource, { role: 'SHIFT_LEADER', teamId: id, skillLevel: 5 });
      for (let i = 0; i < 3; i += 1) await makeStaff(t.dataSource, { role: 'AGENT', teamId: id });
    }
    const manager = await makeStaff(t.dataSource, { role: 'DEPT_MANAGER' });
    await t.dataSource.transaction((m) => seedDemoScheduling(m, now, { timeZone: 'Asia/Shanghai', teamIds: [team.id, other.id], managerId: manager.id }));

    expect(demoMonths(now, 'Asia/Shanghai')).toEqual(['2026-11', '2026-12']);
    const rosters = await t.dataSource.getRepository(Roster).find({ where: { teamId: team.id }, order: { month: 'ASC' } });
    expect(rosters.map((r) => [r.month, r.status])).toEqual([['2026-11', 'PUBLISHED'], ['2026-12', 'PUBLISHED']]);
    const swaps = await t.dataSource.getRepository(ShiftSwapRequest).find();
    expect(new Set(swaps.map((s) => s.status))).toEqual(new Set(['PENDING_COUNTERPART', 'PENDING_LEADERS', 'DECLINED', 'APPROVED', 'REJECTED', 'CANCELLED']));
    const leave = await t.dataSource.getRepository(LeaveRequest).find();
    expect(new Set(leave.map((l) => l.status))).toEqual(new Set(['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED']));
    expect(leave.filter((l) => l.status === 'PENDING').map((l) => l.awaitingRole).sort()).toEqual(['CENTER_DIRECTOR', 'DEPT_MANAGER', 'DEPT_MANAGER', 'DEPT_MANAGER']);
    // Each demo leave request exists once, not once per team.
    expect(leave).toHaveLength(8);
    expect(new Set(leave.map((l) => `${l.type} ${l.reason} ${l.startsAt.toISOString()}`)).size).toBe(8);
    // The leave exceptions (issue 11): an overdue certificate, a late request not yet accepted, leave filed by a leader.
    expect(leave.filter((l) => l.emergency && l.type === 'SICK' && l.status === 'APPROVED' && !l.certificateRef && (l.certificateDueOn ?? '9') < '2026-11-05')).toHaveLength(1);
    expect(leave.filter((l) => l.late && !l.lateAcceptedById && l.status === 'PENDING')).toHaveLength(1);
    expect(leave.filter((l) => l.requestedById && l.requestedById !== l.staffId)).toHaveLength(1);
    expect(leave.every((l) => l.requestedById)).toBe(true);

    const overlapping = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM shift_assignment a JOIN shift_assignment b ON a.staff_id = b.staff_id AND a.id < b.id
       WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at`,
    );
    expect(Number(overlapping[0].n)).toBe(0);
  });
});
