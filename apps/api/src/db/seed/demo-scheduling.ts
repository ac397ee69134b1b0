import { addDays, DEFAULT_SCHEDULING_POLICY, type GeneratedRoster, generateRoster, localDate, type ShiftTypeSpec } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { readBusinessCalendar } from '../../modules/calendar/calendar.service';
import { LeaveRequest } from '../../modules/scheduling/leave-request.entity';
import { Roster } from '../../modules/scheduling/roster.entity';
import { ShiftAssignment } from '../../modules/scheduling/shift-assignment.entity';
import { ShiftSwapRequest } from '../../modules/scheduling/shift-swap-request.entity';
import { Shift } from '../../modules/scheduling/shift.entity';
import { ShiftType } from '../../modules/scheduling/shift-type.entity';
import { demoLeaveRow, insertApprovedLeave, insertLeaveExceptions } from './demo-leave-exceptions';
import { Staff } from '../../modules/staff/staff.entity';
import { newRecord } from '../../shared/new-record';

const HOUR = 3_600_000;

/** The demo department's shift templates: 24/7 hotline cover (白班 08:00-20:00, 夜班 20:00-08:00, 节假日值班 on rest days). */
export const DEMO_SHIFT_TYPES: Array<Omit<ShiftTypeSpec, 'id'> & { key: string; name: string }> = [
  { key: 'day', name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
  { key: 'night', name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
  { key: 'duty', name: '节假日值班', kind: 'HOLIDAY_DUTY', days: 'REST_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
];

export interface DemoSchedulingOptions {
  timeZone: string;
  /** The teams to roster (the hotline teams), by id. */
  teamIds: string[];
  /** The department manager: publishes the rosters and approved the demo leave. */
  managerId: string;
}

/** The months to publish: the one `now` is in, and the next. */
export function demoMonths(now: Date, timeZone: string): [string, string] {
  const month = localDate(now, timeZone).slice(0, 7);
  return [month, addDays(`${month}-28`, 7).slice(0, 7)];
}

/**
 * Shift types, a published roster of this month and next for each team (generated, so it meets
 * every hard rule; public holidays come from the calendar seed), and swap and leave requests in
 * every state. Run after the staff, teams and holidays are seeded.
 */
export async function seedDemoScheduling(manager: EntityManager, now: Date, options: DemoSchedulingOptions): Promise<void> {
  const types = DEMO_SHIFT_TYPES.map(({ key: _key, ...type }) => Object.assign(new ShiftType(), { ...newRecord(now), ...type, archivedAt: null }));
  await manager.insert(ShiftType, types);
  const months = demoMonths(now, options.timeZone);
  for (const [teamIndex, teamId] of options.teamIds.entries()) {
    const staff = await manager.find(Staff, { where: { teamId, active: true }, order: { id: 'ASC' } });
    for (const month of months) {
      const calendar = await readBusinessCalendar(manager, options.timeZone, addDays(`${month}-01`, -7), addDays(`${month}-01`, 40));
      const fixedShifts = await manager.find(ShiftAssignment, { where: staff.map((s) => ({ staffId: s.id })) });
      const placedFixed = await placeFixed(manager, fixedShifts, types);
      const roster = generateRoster({
        month,
        calendar,
        shiftTypes: types.map((t) => ({ id: t.id, kind: t.kind, days: t.days, startMinute: t.startMinute, endMinute: t.endMinute, minHeadcount: t.minHeadcount })),
        staff: staff.map((s) => ({ id: s.id, role: s.role, jobType: s.jobType, skillLevel: s.skillLevel })),
        absences: [],
        fixedShifts: placedFixed,
        minRestHours: DEFAULT_SCHEDULING_POLICY.minRestHours,
        maxConsecutiveNights: DEFAULT_SCHEDULING_POLICY.maxConsecutiveNights,
        maxMonthlyHours: DEFAULT_SCHEDULING_POLICY.maxMonthlyHours,
        minDaysOffPerWeek: DEFAULT_SCHEDULING_POLICY.minDaysOffPerWeek,
      });
      await insertPublished(manager, teamId, month, roster, now, options.managerId);
    }
    // Swaps per team (each team's leader approves its own); the leave requests once, for the first
    // team's agent: seeded per team they showed every request twice in the manager's list.
    await insertRequests(manager, staff, now, options, teamIndex === 0);
  }
}

async function placeFixed(manager: EntityManager, assignments: ShiftAssignment[], types: ShiftType[]) {
  if (assignments.length === 0) return [];
  const shifts = await manager.find(Shift, { where: assignments.map((a) => ({ id: a.shiftId })) });
  return assignments.map((a) => {
    const shift = shifts.find((s) => s.id === a.shiftId) as Shift;
    return { staffId: a.staffId, shiftId: shift.id, date: shift.date, kind: (types.find((t) => t.id === shift.shiftTypeId) as ShiftType).kind, start: shift.startsAt, end: shift.endsAt };
  });
}

async function insertPublished(manager: EntityManager, teamId: string, month: string, generated: GeneratedRoster, now: Date, publishedById: string): Promise<void> {
  const roster = { ...newRecord(now), teamId, month, status: 'PUBLISHED' as const, publishedAt: now, publishedById };
  await manager.insert(Roster, roster);
  for (const g of generated.shifts) {
    const shift = { ...newRecord(now), teamId, rosterId: roster.id, date: g.date, shiftTypeId: g.shiftTypeId, startsAt: g.start, endsAt: g.end };
    await manager.insert(Shift, shift);
    if (g.staffIds.length) {
      await manager.insert(ShiftAssignment, g.staffIds.map((staffId) => ({ ...newRecord(now), shiftId: shift.id, staffId, isLeaderOnDuty: staffId === g.leaderOnDutyId, swapRequestId: null, startsAt: g.start, endsAt: g.end })));
    }
  }
}

/**
 * Requests in every state, on shifts from a week ahead: swaps PENDING_COUNTERPART (the colleague
 * has not answered), DECLINED (by the colleague), PENDING_LEADERS (one side approved), APPROVED (the
 * roster really exchanged), REJECTED, CANCELLED; leave PENDING at each step, APPROVED,
 * REJECTED, CANCELLED. Approved requests are consistent with the roster; the others are records only.
 */
async function insertRequests(manager: EntityManager, staff: Staff[], now: Date, options: DemoSchedulingOptions, withLeave: boolean): Promise<void> {
  const future = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .where('a.staffId IN (:...ids) AND a.startsAt > :from', { ids: staff.map((s) => s.id), from: new Date(now.getTime() + 7 * 24 * HOUR) })
    .orderBy('a.startsAt', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getMany();
  const leader = staff.find((s) => s.role === 'SHIFT_LEADER');
  const pairs = pairsOfDifferentPeople(future).slice(0, 6);
  const statuses = ['APPROVED', 'PENDING_LEADERS', 'REJECTED', 'CANCELLED', 'PENDING_COUNTERPART', 'DECLINED'] as const;
  for (const [i, [mine, theirs]] of pairs.entries()) {
    const status = statuses[i];
    // The colleague answered every swap that got past them (and the declined one); the others still wait for them or were withdrawn first.
    const answered = status !== 'PENDING_COUNTERPART' && status !== 'CANCELLED';
    const decided = status !== 'PENDING_COUNTERPART' && status !== 'PENDING_LEADERS';
    const swap = {
      ...newRecord(now),
      requesterId: mine.staffId,
      requesterShiftId: mine.shiftId,
      counterpartId: theirs.staffId,
      counterpartShiftId: theirs.shiftId,
      reason: ['孩子学校开家长会，需要到校', '家中老人需陪同去医院复诊', '参加公司组织的投诉处理培训', '个人事务需处理', '周末要回老家参加表姐婚礼', '孩子发烧，需要在家陪护'][i],
      status,
      counterpartAnsweredAt: answered ? now : null,
      counterpartNote: answered ? (status === 'DECLINED' ? '那天我已约好去医院复查，实在换不了，抱歉' : ['没问题，那天我可以替你', '可以，我那天正好有空', '行，按你说的换', '', '', ''][i] || null) : null,
      requesterLeaderId: status === 'APPROVED' || status === 'PENDING_LEADERS' ? (leader?.id ?? null) : null,
      counterpartLeaderId: status === 'APPROVED' ? (leader?.id ?? null) : null,
      decidedById: !decided ? null : status === 'CANCELLED' ? mine.staffId : status === 'DECLINED' ? theirs.staffId : (leader?.id ?? null),
      decidedAt: decided ? now : null,
      decisionNote: status === 'REJECTED' ? '当天人手紧张，夜班已是最低配置，暂不批准' : null,
    };
    await manager.insert(ShiftSwapRequest, swap);
    if (status === 'APPROVED') {
      const leads = (staffId: string) => staffId === leader?.id;
      await manager.update(ShiftAssignment, { id: mine.id }, { shiftId: theirs.shiftId, startsAt: theirs.startsAt, endsAt: theirs.endsAt, isLeaderOnDuty: leads(mine.staffId), swapRequestId: swap.id });
      await manager.update(ShiftAssignment, { id: theirs.id }, { shiftId: mine.shiftId, startsAt: mine.startsAt, endsAt: mine.endsAt, isLeaderOnDuty: leads(theirs.staffId), swapRequestId: swap.id });
    }
  }
  const person = staff.find((s) => s.role === 'AGENT') ?? staff[0];
  if (!person || !withLeave) return;
  const base = new Date(now.getTime() + 20 * 24 * HOUR);
  const leave = (days: number, hours: number, extra: Partial<LeaveRequest>) =>
    demoLeaveRow(now, {
      staffId: person.id,
      type: 'PERSONAL' as const,
      startsAt: new Date(base.getTime() + days * 24 * HOUR),
      endsAt: new Date(base.getTime() + days * 24 * HOUR + hours * HOUR),
      reason: '家中有事',
      ...extra,
    });
  await manager.insert(LeaveRequest, [
    leave(0, 8, {}),
    leave(2, 72, { type: 'ANNUAL', reason: '探亲', managerApprovedById: options.managerId, awaitingRole: 'CENTER_DIRECTOR' }),
    leave(6, 48, { type: 'SICK', reason: '住院治疗', certificateRef: '市第一人民医院 诊断证明', status: 'REJECTED', awaitingRole: null, managerApprovedById: options.managerId, decidedAt: now, decisionNote: '请补充病历后重新申请' }),
    leave(9, 8, { status: 'CANCELLED', awaitingRole: null, decidedAt: now }),
  ]);
  const approved = leave(-10, 12, { type: 'SICK', reason: '发烧', status: 'APPROVED', awaitingRole: null, managerApprovedById: options.managerId, decidedAt: now });
  await insertApprovedLeave(manager, approved);
  await insertLeaveExceptions(manager, staff, now, options);
}

/** Pairs of future assignments of two different people on different dates, each assignment used once. */
function pairsOfDifferentPeople(assignments: ShiftAssignment[]): Array<[ShiftAssignment, ShiftAssignment]> {
  const pairs: Array<[ShiftAssignment, ShiftAssignment]> = [];
  const used = new Set<string>();
  for (const a of assignments) {
    if (used.has(a.id)) continue;
    const b = assignments.find((x) => !used.has(x.id) && x.id !== a.id && x.staffId !== a.staffId && x.startsAt.getTime() - a.startsAt.getTime() >= 3 * 24 * HOUR);
    if (!b) continue;
    used.add(a.id);
    used.add(b.id);
    pairs.push([a, b]);
  }
  return pairs;
}
