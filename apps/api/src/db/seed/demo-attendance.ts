import type { EntityManager } from 'typeorm';
import { AttendanceRecord } from '../../modules/attendance/attendance-record.entity';
import { AttendanceViolation } from '../../modules/attendance/attendance-violation.entity';
import { ShiftAssignment } from '../../modules/scheduling/shift-assignment.entity';
import { Shift } from '../../modules/scheduling/shift.entity';
import { Staff } from '../../modules/staff/staff.entity';
import { parseDbDate } from '../../shared/db-date';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { createRandom } from './random';

const MINUTE = 60_000;
/** 20 minutes late is a violation (scheduling.lateViolationMinutes); the demo's lateness straddles it. */
const LATE_VIOLATION = 25;

/**
 * 考勤 of the demo roster's shifts that have ended: most people arrive for the roll call, some a few
 * minutes late, a few 20+ minutes (a LATE violation), everyone checked out. One agent of the first
 * team (`flaggedUsername`) has three violations this month (up to two late, the rest absences noted by `leader`), so the manager's violations screen shows a flagged person.
 * Nothing on the 1st before the first shift ends. Run after the scheduling seed.
 */
export async function seedDemoAttendance(manager: EntityManager, now: Date, flaggedUsername: string): Promise<void> {
  const random = createRandom(20261302);
  const past = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .innerJoin(Shift, 's', 's.id = a.shift_id')
    .select(['a.id AS id', 'a.staff_id AS staffId', 's.team_id AS teamId', 's.date AS date', 'a.starts_at AS startsAt', 'a.ends_at AS endsAt'])
    .where('a.ends_at <= :now', { now })
    .orderBy('a.starts_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getRawMany<{ id: string; staffId: string; teamId: string; date: string; startsAt: Date | string; endsAt: Date | string }>();
  // `flaggedUsername` when they have worked a shift already this month, else the first agent who has.
  const agents = await manager.find(Staff, { where: { role: 'AGENT', active: true }, order: { username: 'ASC' } });
  const worked = new Set(past.map((row) => row.staffId));
  const flagged = agents.find((s) => s.username === flaggedUsername && worked.has(s.id)) ?? agents.find((s) => s.username !== 'agent' && worked.has(s.id)) ?? null;
  const records: AttendanceRecord[] = [];
  const violations: AttendanceViolation[] = [];
  let flaggedCount = 0;
  for (const row of past) {
    const start = parseDbDate(row.startsAt);
    const end = parseDbDate(row.endsAt);
    const date = String(row.date);
    const isFlagged = row.staffId === flagged?.id && flaggedCount < 2;
    const roll = random.float();
    const minutesLate = isFlagged ? LATE_VIOLATION + flaggedCount * 5 : roll < 0.015 ? LATE_VIOLATION : roll < 0.15 ? random.int(1, 12) : 0;
    const checkInAt = minutesLate > 0 ? new Date(start.getTime() + minutesLate * MINUTE + random.int(0, 50) * 1000) : new Date(start.getTime() - random.int(10, 20) * MINUTE);
    const record = Object.assign(new AttendanceRecord(), {
      ...newRecord(checkInAt),
      id: newId(checkInAt.getTime()),
      shiftAssignmentId: row.id,
      staffId: row.staffId,
      teamId: row.teamId,
      shiftDate: date,
      shiftStart: start,
      shiftEnd: end,
      checkInAt,
      checkOutAt: new Date(end.getTime() + random.int(2, 15) * MINUTE),
      lateMinutes: minutesLate,
      missedRollCall: checkInAt.getTime() > start.getTime() - 10 * MINUTE,
      checkOutOverrideReason: null,
      checkOutOverrideById: null,
    });
    records.push(record);
    if (minutesLate >= 20) {
      if (isFlagged) flaggedCount++;
      violations.push(
        Object.assign(new AttendanceViolation(), {
          id: newId(checkInAt.getTime()),
          staffId: row.staffId,
          teamId: row.teamId,
          kind: 'LATE' as const,
          occurredAt: checkInAt,
          month: date.slice(0, 7),
          minutes: minutesLate,
          note: null,
          attendanceRecordId: record.id,
          recordedById: null,
          createdAt: checkInAt,
        }),
      );
    }
  }
  // Two lateness violations at most (fewer early in the month), then absences from the post their
  // leader noted on the latest shift (25, 30, 35 minutes, inside the shift) up to three.
  const theirs = records.filter((r) => r.staffId === flagged?.id);
  const latest = theirs[theirs.length - 1];
  const leader = await manager.findOneBy(Staff, { username: 'leader' });
  for (let i = 0; latest && flaggedCount < 3; i++, flaggedCount++) {
    const occurredAt = new Date(latest.shiftStart.getTime() + (2 + i * 2) * 60 * MINUTE);
    violations.push(
      Object.assign(new AttendanceViolation(), {
        id: newId(occurredAt.getTime()),
        staffId: latest.staffId,
        teamId: latest.teamId,
        kind: 'ABSENT_FROM_POST' as const,
        occurredAt,
        month: latest.shiftDate.slice(0, 7),
        minutes: 25 + i * 5,
        note: i === 0 ? '离开座位未报备，电话无人接听' : '午休后超时未回岗',
        attendanceRecordId: latest.id,
        recordedById: leader?.id ?? null,
        createdAt: new Date(occurredAt.getTime() + 40 * MINUTE),
      }),
    );
  }
  for (let i = 0; i < records.length; i += 500) await manager.insert(AttendanceRecord, records.slice(i, i + 500));
  if (violations.length) await manager.insert(AttendanceViolation, violations);
}
