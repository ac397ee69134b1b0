import type { EntityManager } from 'typeorm';
import { Staff } from '../staff';
import { Roster } from './roster.entity';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';

export interface OnDutyShift {
  shift: Shift;
  staff: Staff[];
  leaderOnDuty: Staff | null;
}

/** Published shifts running at `at` (start ≤ at < end), with who works them; one team or all. */
export async function findOnDuty(manager: EntityManager, teamId: string | null, at: Date): Promise<OnDutyShift[]> {
  const query = manager
    .createQueryBuilder(Shift, 'shift')
    .innerJoin(Roster, 'roster', "roster.id = shift.roster_id AND roster.status = 'PUBLISHED'")
    .where('shift.startsAt <= :at AND shift.endsAt > :at', { at })
    .orderBy('shift.startsAt', 'ASC')
    .addOrderBy('shift.id', 'ASC');
  if (teamId) query.andWhere('shift.teamId = :teamId', { teamId });
  const shifts = await query.getMany();
  if (shifts.length === 0) return [];
  const assignments = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .where('a.shiftId IN (:...ids)', { ids: shifts.map((s) => s.id) })
    .getMany();
  const staff = assignments.length ? await manager.createQueryBuilder(Staff, 's').where('s.id IN (:...ids)', { ids: assignments.map((a) => a.staffId) }).orderBy('s.name', 'ASC').getMany() : [];
  return shifts.map((shift) => {
    const mine = assignments.filter((a) => a.shiftId === shift.id);
    const people = staff.filter((s) => mine.some((a) => a.staffId === s.id));
    const marked = mine.find((a) => a.isLeaderOnDuty);
    const leader = people.find((s) => s.id === marked?.staffId) ?? people.find((s) => s.role === 'SHIFT_LEADER') ?? null;
    return { shift, staff: people, leaderOnDuty: leader };
  });
}

/**
 * Who a complaint open too long escalates to (DOMAIN §5): the leader on duty (值班长) of the team's
 * published shift running at `at`, or of any team when `teamId` is null (earliest-started shift
 * first). Null when nobody is on duty: the caller escalates to the next level.
 */
export async function findLeaderOnDuty(manager: EntityManager, teamId: string | null, at: Date): Promise<Staff | null> {
  for (const onDuty of await findOnDuty(manager, teamId, at)) if (onDuty.leaderOnDuty) return onDuty.leaderOnDuty;
  return null;
}
