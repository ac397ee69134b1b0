import { absenceFacts, attendancePolicyOf, checkCheckIn, checkCheckOut, checkInFacts, maxLength, type AttendancePolicy, type AttendanceViolationKind, type Violation } from '@sanxin/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertNoRuleViolations, assertValid, invalidTransition, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { PushEventKind, publishPush } from '../push';
import type { SchedulingContext } from '../scheduling';
import { readSettings } from '../setting';
import { assertMayAct } from './attendance-access';
import { AttendanceRecord } from './attendance-record.entity';
import { findRosteredShift, incomingHandover } from './attendance-shift';
import { AttendanceViolation } from './attendance-violation.entity';
import type { CheckInInput, CheckOutInput, RecordAbsenceFromPostInput } from './attendance.inputs';

/**
 * 签到 at the server's clock, for one's own shift (a leader for the team, a manager for anyone). The
 * record, and a LATE violation when lateViolationMinutes or more late, are written in one
 * transaction; a second check-in of the same assignment is INVALID_TRANSITION (from CHECKED_IN).
 */
export async function checkIn(ctx: SchedulingContext, input: CheckInInput): Promise<AttendanceRecord> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const shift = await findRosteredShift(manager, input.shiftAssignmentId);
    await assertMayAct(manager, ctx.viewer, shift, 'create');
    assertNoRuleViolations('A check-in belongs to its shift', aboutTheRecord(checkCheckIn(shift, now)));
    const policy = attendancePolicyOf(await readSettings(manager));
    const facts = checkInFacts(shift, now, policy);
    const record = Object.assign(new AttendanceRecord(), {
      ...newRecord(now),
      shiftAssignmentId: shift.assignmentId,
      staffId: shift.staffId,
      teamId: shift.teamId,
      shiftDate: shift.date,
      shiftStart: shift.startsAt,
      shiftEnd: shift.endsAt,
      checkInAt: now,
      checkOutAt: null,
      lateMinutes: facts.minutesLate,
      missedRollCall: facts.missedRollCall,
      checkOutOverrideReason: null,
      checkOutOverrideById: null,
    });
    await manager.insert(AttendanceRecord, record).catch((error) => {
      throw isUniqueViolation(error) ? invalidTransition('CHECKED_IN', 'checkIn', [], 'Already checked in to this shift') : error;
    });
    await recordAction(manager, auditTarget(ctx, 'attendance', record.id, now), 'CREATE', { field: 'checkInAt', newValue: `${shift.date} +${facts.minutesLate}min` });
    if (facts.violation) {
      await recordViolation(ctx, manager, policy, {
        staffId: shift.staffId,
        teamId: shift.teamId,
        kind: 'LATE',
        occurredAt: now,
        month: shift.date.slice(0, 7),
        minutes: facts.minutesLate,
        note: null,
        attendanceRecordId: record.id,
        recordedById: null,
      });
    }
    return record;
  });
}

/**
 * 签退: refused (RULE_VIOLATION incomingNotArrived) while the team's incoming shift has people
 * rostered and none of them has checked in, unless a leader of the team (or a manager) lets the
 * person go with `overrideReason`: FORBIDDEN for anyone else, and never for oneself.
 */
export async function checkOut(ctx: SchedulingContext, id: string, version: number, input: CheckOutInput | null | undefined): Promise<AttendanceRecord> {
  const now = ctx.clock.now();
  const reason = input?.overrideReason == null ? null : input.overrideReason.trim();
  return ctx.dataSource.transaction(async (manager) => {
    const record = await findRecord(manager, id);
    await assertMayAct(manager, ctx.viewer, record, reason === null ? 'create' : 'approve');
    if (record.checkOutAt) throw invalidTransition('CHECKED_OUT', 'checkOut', [], 'Already checked out');
    const handover = reason === null ? await incomingHandover(manager, record) : { incomingRostered: false, incomingCheckedIn: false };
    const problems = checkCheckOut(record.checkInAt, now, handover, reason === null ? null : { reason });
    // The reason's text is the caller's input; the next shift's absence is the situation's.
    assertValid(problems.filter((p) => p.field === 'overrideReason'));
    assertNoRuleViolations('The next shift has not arrived', aboutTheRecord(problems));
    const changes = { checkOutAt: now, checkOutOverrideReason: reason, checkOutOverrideById: reason === null ? null : ctx.viewer.id };
    await updateVersioned(manager, AttendanceRecord, 'AttendanceRecord', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'attendance', id, now), record, { ...record, ...changes }, ['checkOutAt', 'checkOutOverrideReason', 'checkOutOverrideById']);
    return findRecord(manager, id);
  });
}

/**
 * 脱岗: a leader of the team (or a manager) records a member's absence from the post during a shift of
 * absenceViolationMinutes or more; a shorter one is no violation and is refused
 * (BAD_USER_INPUT absenceNotAViolation), as is one outside the shift or not over yet.
 */
export async function recordAbsenceFromPost(ctx: SchedulingContext, input: RecordAbsenceFromPostInput): Promise<AttendanceViolation> {
  const now = ctx.clock.now();
  const note = input.note?.trim() || null;
  assertValid(maxLength('note', note, 500));
  return ctx.dataSource.transaction(async (manager) => {
    const shift = await findRosteredShift(manager, input.shiftAssignmentId);
    await assertMayAct(manager, ctx.viewer, shift, 'approve');
    const policy = attendancePolicyOf(await readSettings(manager));
    const facts = absenceFacts(input.from, input.to, policy);
    assertValid(facts.violations);
    assertValid([
      ...(input.from < shift.startsAt || input.to > shift.endsAt ? [{ rule: 'absenceOutsideShift', field: 'from' }] : []),
      ...(input.to > now ? [{ rule: 'inFuture', field: 'to' }] : []),
      ...(facts.violation ? [] : [{ rule: 'absenceNotAViolation', field: 'to', params: { minutes: facts.minutes, threshold: policy.absenceViolationMinutes } }]),
    ]);
    const record = await manager.findOne(AttendanceRecord, { where: { shiftAssignmentId: shift.assignmentId }, select: { id: true } });
    return recordViolation(ctx, manager, policy, {
      staffId: shift.staffId,
      teamId: shift.teamId,
      kind: 'ABSENT_FROM_POST',
      occurredAt: input.from,
      month: shift.date.slice(0, 7),
      minutes: facts.minutes,
      note,
      attendanceRecordId: record?.id ?? null,
      recordedById: ctx.viewer.id,
    });
  });
}

type ViolationFacts = Pick<AttendanceViolation, 'staffId' | 'teamId' | 'occurredAt' | 'month' | 'minutes' | 'note' | 'attendanceRecordId' | 'recordedById'> & { kind: AttendanceViolationKind };

/**
 * Writes a violation and its audit row; the one that brings the person's month to violationsToFlag
 * tells the managers (once a month). The month is the shift's (a night shift of the 31st checked in
 * after midnight counts in the month it was rostered in).
 */
async function recordViolation(ctx: SchedulingContext, manager: EntityManager, policy: AttendancePolicy, facts: ViolationFacts): Promise<AttendanceViolation> {
  const now = ctx.clock.now();
  const violation = Object.assign(new AttendanceViolation(), { id: randomUUID(), ...facts, createdAt: now });
  await manager.insert(AttendanceViolation, violation);
  await recordAction(manager, auditTarget(ctx, 'attendance', violation.id, now), 'CREATE', { field: facts.kind, newValue: `${facts.staffId} ${facts.minutes}min` });
  const count = await manager.countBy(AttendanceViolation, { staffId: facts.staffId, month: facts.month });
  if (count === policy.violationsToFlag) await publishPush(manager, now, [{ kind: PushEventKind.ATTENDANCE_FLAGGED, recipientRole: 'DEPT_MANAGER' }]);
  return violation;
}

/** The domain names the instant (`at`), which the client never sends (the server's clock is the time): a rule about the record as a whole. */
const aboutTheRecord = (violations: Violation[]): Violation[] => violations.map(({ field: _at, ...rest }) => rest);

async function findRecord(manager: EntityManager, id: string): Promise<AttendanceRecord> {
  const record = await manager.findOneBy(AttendanceRecord, { id });
  if (!record) throw notFound('AttendanceRecord', id);
  return record;
}
