import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { parseDbDate } from '../../shared/db-date';
import { badUserInput, ruleViolation } from '../../shared/errors';
import { Roster, Shift, ShiftAssignment } from '../scheduling';
import { AttendanceRecord } from './attendance-record.entity';

/** A person's place on a published roster, as attendance needs it. */
export interface RosteredShift {
  assignmentId: string;
  staffId: string;
  shiftId: string;
  teamId: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/** The assignment with its shift, in one statement; unknown: bad input; on a draft month: RULE_VIOLATION (a draft is nobody's schedule yet). */
export async function findRosteredShift(manager: EntityManager, assignmentId: string): Promise<RosteredShift> {
  const row: Record<string, string | Date> | undefined = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .innerJoin(Shift, 's', 's.id = a.shift_id')
    .innerJoin(Roster, 'r', 'r.id = s.roster_id')
    .select(['a.id AS assignmentId', 'a.staff_id AS staffId', 's.id AS shiftId', 's.team_id AS teamId', 's.date AS date', 'a.starts_at AS startsAt', 'a.ends_at AS endsAt', 'r.status AS status'])
    .where('a.id = :assignmentId', { assignmentId })
    .getRawOne();
  if (!row) throw badUserInput([{ rule: 'notFound', field: 'shiftAssignmentId' }]);
  if (row.status !== 'PUBLISHED') throw ruleViolation('The roster of this shift is not published', [{ rule: 'rosterNotPublished', field: 'shiftAssignmentId' }]);
  return {
    assignmentId: String(row.assignmentId),
    staffId: String(row.staffId),
    shiftId: String(row.shiftId),
    teamId: String(row.teamId),
    date: String(row.date),
    startsAt: parseDbDate(row.startsAt),
    endsAt: parseDbDate(row.endsAt),
  };
}

/**
 * 接班: the team's shifts that take over from this one, those starting after it started and no later
 * than it ends (a day shift's incoming is the night shift, not tomorrow's day shift), on a published
 * month. Whether anyone is rostered on them, and whether one of those has checked in: two statements.
 */
export async function incomingHandover(manager: EntityManager, record: Pick<AttendanceRecord, 'teamId' | 'shiftStart' | 'shiftEnd'>): Promise<{ incomingRostered: boolean; incomingCheckedIn: boolean }> {
  if (!record.teamId) return { incomingRostered: false, incomingCheckedIn: false };
  const incoming: Array<{ id: string }> = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .innerJoin(Shift, 's', 's.id = a.shift_id')
    .innerJoin(Roster, 'r', "r.id = s.roster_id AND r.status = 'PUBLISHED'")
    .select('a.id', 'id')
    .where('s.team_id = :teamId AND s.starts_at > :start AND s.starts_at <= :end', { teamId: record.teamId, start: record.shiftStart, end: record.shiftEnd })
    .getRawMany();
  if (incoming.length === 0) return { incomingRostered: false, incomingCheckedIn: false };
  const arrived = await manager.exists(AttendanceRecord, { where: { shiftAssignmentId: In(incoming.map((a) => a.id)), checkInAt: Not(IsNull()) } });
  return { incomingRostered: true, incomingCheckedIn: arrived };
}
