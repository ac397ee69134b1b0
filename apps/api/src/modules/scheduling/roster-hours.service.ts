import { addDays, canAccess, datesOfMonth, type MonthlyWorkload, monthlyWorkload } from '@sanxin/domain';
import { In } from 'typeorm';
import { badUserInput } from '../../shared/errors';
import { assertCan } from '../../shared/viewer';
import { readBusinessCalendar } from '../calendar';
import { Staff } from '../staff';
import { Roster } from './roster.entity';
import { shiftsOfStaff } from './roster-queries';
import { type SchedulingContext, readPolicy } from './scheduling-context';
import { Shift } from './shift.entity';
import { ShiftAssignment } from './shift-assignment.entity';

/** Days either side of the month whose shifts count for the days off at its edges. */
const EDGE_DAYS = 7;

export interface StaffMonthHours extends MonthlyWorkload {
  staff: Staff;
}

/**
 * 工时: per person on the team's roster of a month (its members and anyone working its shifts), the
 * hours of all their shifts that month, the standard and overtime, the ceiling and the working-time
 * rules broken. Drafts only for those who may draft, as for shifts.
 */
export async function rosterHours(ctx: SchedulingContext, teamId: string, month: string): Promise<StaffMonthHours[]> {
  assertCan(ctx.viewer, 'shift', 'list');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badUserInput([{ rule: 'invalidMonth', field: 'month' }]);
  const manager = ctx.dataSource.manager;
  const roster = await manager.findOneBy(Roster, { teamId, month });
  const visible = roster && (roster.status === 'PUBLISHED' || canAccess(ctx.viewer.role, 'shift', 'create'));
  const dates = datesOfMonth(month);
  const teamShiftIds = visible ? (await manager.find(Shift, { where: { rosterId: roster.id }, select: { id: true } })).map((s) => s.id) : [];
  const guestIds = teamShiftIds.length ? (await manager.find(ShiftAssignment, { where: { shiftId: In(teamShiftIds) }, select: { staffId: true } })).map((a) => a.staffId) : [];
  const members = await manager.find(Staff, { where: [{ teamId, active: true }, ...(guestIds.length ? [{ id: In([...new Set(guestIds)]) }] : [])], order: { name: 'ASC', id: 'ASC' } });
  const from = addDays(dates[0], -EDGE_DAYS);
  const to = addDays(dates[dates.length - 1], EDGE_DAYS);
  const [policy, calendar, shifts] = await Promise.all([
    readPolicy(manager),
    readBusinessCalendar(manager, ctx.timeZone, from, to),
    visible ? shiftsOfStaff(manager, members.map((m) => m.id), new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)) : Promise.resolve([]),
  ]);
  return members.map((staff) => ({ staff, ...monthlyWorkload(staff, shifts.filter((s) => s.staffId === staff.id), month, calendar, policy) }));
}
