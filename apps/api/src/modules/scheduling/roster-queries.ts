import { type PlacedShift, type RosterPerson, rosterMachine } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { parseDbDate } from '../../shared/db-date';
import { badUserInput, checkTransition } from '../../shared/errors';
import { Staff } from '../staff';
import type { Roster } from './roster.entity';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

export interface StaffShift extends PlacedShift {
  staffId: string;
  teamId: string;
  swapRequestId: string | null;
}

/** The shifts people work that end after `from` and start before `to`: one indexed query. */
export async function shiftsOfStaff(manager: EntityManager, staffIds: string[], from: Date, to: Date): Promise<StaffShift[]> {
  if (staffIds.length === 0) return [];
  const rows: Array<Record<string, string | Date | null>> = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .innerJoin(Shift, 's', 's.id = a.shift_id')
    .innerJoin(ShiftType, 't', 't.id = s.shift_type_id')
    .select(['a.staff_id AS staffId', 's.id AS shiftId', 's.team_id AS teamId', 's.date AS date', 't.kind AS kind', 's.starts_at AS startsAt', 's.ends_at AS endsAt', 'a.swap_request_id AS swapRequestId'])
    .where('a.staff_id IN (:...staffIds) AND a.starts_at < :to AND a.ends_at > :from', { staffIds, from, to })
    .getRawMany();
  return rows.map((r) => ({
    staffId: String(r.staffId),
    shiftId: String(r.shiftId),
    teamId: String(r.teamId),
    date: String(r.date),
    kind: r.kind as PlacedShift['kind'],
    start: parseDbDate(r.startsAt as Date | string),
    end: parseDbDate(r.endsAt as Date | string),
    swapRequestId: (r.swapRequestId as string | null) ?? null,
  }));
}

export async function findShiftWithType(manager: EntityManager, id: string, field = 'shiftId'): Promise<{ shift: Shift; type: ShiftType }> {
  const shift = await manager.findOneBy(Shift, { id });
  const type = shift ? await manager.findOneBy(ShiftType, { id: shift.shiftTypeId }) : null;
  if (!shift || !type) throw badUserInput([{ rule: 'notFound', field }]);
  return { shift, type };
}

/** Active staff by id; an unknown or inactive id is bad input on `field`. */
export async function findRosterPeople(manager: EntityManager, ids: string[], field: string): Promise<Map<string, Staff & RosterPerson>> {
  const staff = ids.length ? await manager.findBy(Staff, { id: In(ids) }) : [];
  for (const id of ids) {
    const found = staff.find((s) => s.id === id);
    if (!found) throw badUserInput([{ rule: 'notFound', field }]);
    if (!found.active) throw badUserInput([{ rule: 'inactive', field }]);
  }
  return new Map(staff.map((s) => [s.id, s]));
}

/** A team's leaders are its staff with the SHIFT_LEADER role. */
export async function isLeaderOfTeam(manager: EntityManager, staffId: string, teamId: string): Promise<boolean> {
  return manager.existsBy(Staff, { id: staffId, teamId, role: 'SHIFT_LEADER', active: true });
}

/**
 * A published month changes through swaps and leave only (the domain's rosterMachine): creating,
 * moving or deleting its shifts and putting people on or off them is INVALID_TRANSITION (from
 * PUBLISHED, action edit).
 */
export function assertRosterEditable(roster: Pick<Roster, 'status'>): void {
  checkTransition(() => rosterMachine.assertTransition(roster.status, 'edit'));
}
