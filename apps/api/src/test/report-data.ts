import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';
import { ComplaintEscalation } from '../modules/complaint/complaint-escalation.entity';
import { ComplaintTimelineEntry } from '../modules/complaint/complaint-timeline-entry.entity';
import { Complaint } from '../modules/complaint/complaint.entity';
import { FollowUpAttempt } from '../modules/follow-up/follow-up-attempt.entity';
import { FollowUp } from '../modules/follow-up/follow-up.entity';
import { followUpRecord } from '../modules/follow-up/follow-up-triggers';
import { Interaction } from '../modules/interaction/interaction.entity';
import { LeaveRequest } from '../modules/scheduling/leave-request.entity';
import { Roster } from '../modules/scheduling/roster.entity';
import { ShiftAssignment } from '../modules/scheduling/shift-assignment.entity';
import { Shift } from '../modules/scheduling/shift.entity';
import { Team } from '../modules/team';
import { newId } from '../shared/ids';
import { newRecord } from '../shared/new-record';
import { makeComplaint, makeCustomer } from './factories';
import type { TestApp } from './test-app';

/** A Shanghai wall-clock time. */
export const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/**
 * The reports' hand-built data set: team 一组 (agents a1, a2, leader), team 二组 (agent b1), around
 * the report day 2026-12-09 (a Wednesday; the clock stands at 20:00 that day). The expected figures
 * in report.test.ts are counted by hand from these rows.
 */
export async function buildReportData(t: TestApp) {
  const ds = t.dataSource;
  const at = sh('2026-12-01', '08:00');
  const teamA = newId();
  const teamB = newId();
  await ds.getRepository(Team).insert([
    { ...newRecord(at), id: teamA, name: '坐席一组' },
    { ...newRecord(at), id: teamB, name: '坐席二组' },
  ]);
  const [a1, a2, b1, leader, manager, qa] = await Promise.all([
    t.staffWithToken('AGENT', { teamId: teamA, name: '王芳' }),
    t.staffWithToken('AGENT', { teamId: teamA, name: '李娜' }),
    t.staffWithToken('AGENT', { teamId: teamB, name: '张伟' }),
    t.staffWithToken('SHIFT_LEADER', { teamId: teamA, name: '刘洋' }),
    t.staffWithToken('DEPT_MANAGER', { name: '陈静' }),
    t.staffWithToken('QA_INSPECTOR', { name: '杨磊' }),
  ]);
  const customer = await makeCustomer(ds);

  const interaction = (
    staffId: string,
    occurredAt: Date,
    channel: InteractionChannel,
    direction: InteractionDirection,
    outcome: InteractionOutcome | null,
    archived = false,
  ) =>
    Object.assign(new Interaction(), {
      ...newRecord(occurredAt),
      customerId: customer.id,
      contactId: null,
      staffId,
      channel,
      direction,
      summary: '咨询保养周期',
      outcome,
      occurredAt,
      archivedAt: archived ? occurredAt : null,
    });
  const D = '2026-12-09';
  await ds.getRepository(Interaction).insert([
    interaction(a1.staff.id, sh(D, '09:00'), 'PHONE', 'INBOUND', 'INFO_GIVEN'),
    interaction(a1.staff.id, sh(D, '09:30'), 'PHONE', 'INBOUND', 'INFO_GIVEN'),
    interaction(a1.staff.id, sh(D, '10:00'), 'ONLINE', 'INBOUND', 'INFO_GIVEN'),
    interaction(a1.staff.id, sh(D, '10:30'), 'PHONE', 'INBOUND', 'RESOLVED'),
    interaction(a1.staff.id, sh(D, '11:00'), 'PHONE', 'OUTBOUND', null),
    interaction(a1.staff.id, sh(D, '11:30'), 'PHONE', 'OUTBOUND', 'OPPORTUNITY'),
    interaction(a1.staff.id, sh(D, '14:00'), 'ONLINE', 'INBOUND', 'COMPLAINT_REGISTERED'),
    interaction(a2.staff.id, sh(D, '15:00'), 'PHONE', 'INBOUND', 'INFO_GIVEN'),
    interaction(a2.staff.id, sh(D, '15:30'), 'PHONE', 'INBOUND', 'INFO_GIVEN', true),
    interaction(b1.staff.id, sh(D, '16:00'), 'PHONE', 'OUTBOUND', null),
    // The day's edges: 23:59 the day before and midnight after belong to other days.
    interaction(a1.staff.id, sh('2026-12-08', '23:59'), 'PHONE', 'INBOUND', 'INFO_GIVEN'),
    interaction(a1.staff.id, sh('2026-12-10', '00:00'), 'PHONE', 'INBOUND', 'INFO_GIVEN'),
  ]);

  const complaint = async (ownerId: string, receivedAt: Date, closedAt: Date | null = null) => {
    const made = await makeComplaint(ds, { ownerId, receivedAt });
    if (closedAt) await ds.getRepository(Complaint).update(made.id, { status: 'CLOSED', closedAt, updatedAt: closedAt });
    return made;
  };
  const c1 = await complaint(a1.staff.id, sh(D, '09:00'));
  const c2 = await complaint(a1.staff.id, sh('2026-12-07', '10:00'));
  const c3 = await complaint(a2.staff.id, sh('2026-12-08', '08:00'), sh(D, '15:00'));
  const c4 = await complaint(b1.staff.id, sh('2026-12-06', '09:00'));
  const c5 = await complaint(a2.staff.id, sh('2026-12-08', '21:00'));

  const escalation = (complaintId: string, level: number, escalatedAt: Date) =>
    Object.assign(new ComplaintEscalation(), {
      id: newId(),
      complaintId,
      cycle: 0,
      level,
      escalatedToId: leader.staff.id,
      escalatedAt,
      sweepId: newId(),
      referredById: null,
      reason: null,
      opinion: null,
      opinionAt: null,
    });
  await ds
    .getRepository(ComplaintEscalation)
    .insert([escalation(c2.id, 1, sh(D, '10:00')), escalation(c2.id, 2, sh(D, '14:00')), escalation(c4.id, 1, sh(D, '11:00'))]);
  const urge = (complaintId: string, when: Date) => ({
    id: newId(),
    complaintId,
    at: when,
    actorId: null,
    step: 'urge' as const,
    note: '客户来电催办',
    recipientId: null,
  });
  await ds.getRepository(ComplaintTimelineEntry).insert([urge(c1.id, sh(D, '12:00')), urge(c1.id, sh(D, '16:00')), urge(c4.id, sh(D, '13:00'))]);

  const followUp = (assigneeId: string, teamId: string, dueAt: Date, extra: Partial<FollowUp> = {}) =>
    Object.assign(
      followUpRecord({
        customerId: customer.id,
        contactId: null,
        trigger: 'MANUAL',
        triggerKey: null,
        assigneeId,
        teamId,
        dueAt,
        createdById: null,
        note: null,
        triggeredAt: sh('2026-12-01', '09:00'),
      }),
      extra,
    );
  const f1 = followUp(a1.staff.id, teamA, sh(D, '10:00'), { status: 'DONE', completedAt: sh(D, '09:30'), satisfaction: 'SATISFIED', score: 5 });
  const f2 = followUp(a1.staff.id, teamA, sh(D, '11:00'), { status: 'DONE', completedAt: sh(D, '13:00'), satisfaction: 'AVERAGE', score: 3 });
  const f3 = followUp(a2.staff.id, teamA, sh(D, '12:00'));
  const f4 = followUp(a2.staff.id, teamA, sh(D, '22:00'));
  const f5 = followUp(a1.staff.id, teamA, sh(D, '09:00'), { status: 'CANCELLED' });
  const f6 = followUp(b1.staff.id, teamB, sh('2026-12-08', '10:00'), { status: 'DONE', completedAt: sh(D, '10:00'), satisfaction: 'UNSATISFIED', score: 1 });
  await ds.getRepository(FollowUp).insert([f1, f2, f3, f4, f5, f6]);
  const attempt = (followUpId: string, actorId: string, when: Date) => ({
    id: newId(),
    followUpId,
    at: when,
    outcome: 'REACHED' as const,
    appointmentAt: null,
    identityVerified: true,
    note: null,
    actorId,
  });
  await ds
    .getRepository(FollowUpAttempt)
    .insert([attempt(f1.id, a1.staff.id, sh(D, '09:20')), attempt(f2.id, a1.staff.id, sh(D, '12:50')), attempt(f3.id, a2.staff.id, sh(D, '11:00'))]);

  // 排班: team 一组's published December roster puts a1, a2 and the leader on D's day shift; a2 has approved leave that day.
  const roster = { ...newRecord(at), teamId: teamA, month: '2026-12', status: 'PUBLISHED', publishedAt: at, publishedById: leader.staff.id };
  await ds.getRepository(Roster).insert(roster as Roster);
  const shift = { ...newRecord(at), teamId: teamA, rosterId: roster.id, date: D, shiftTypeId: newId(), startsAt: sh(D, '08:00'), endsAt: sh(D, '17:00') };
  await ds.getRepository(Shift).insert(shift as Shift);
  await ds.getRepository(ShiftAssignment).insert(
    [a1, a2, leader].map(
      (p) =>
        ({
          ...newRecord(at),
          shiftId: shift.id,
          staffId: p.staff.id,
          isLeaderOnDuty: p === leader,
          swapRequestId: null,
          startsAt: shift.startsAt,
          endsAt: shift.endsAt,
        }) as ShiftAssignment,
    ),
  );
  await ds.getRepository(LeaveRequest).insert({
    ...newRecord(at),
    staffId: a2.staff.id,
    type: 'PERSONAL',
    startsAt: sh(D, '00:00'),
    endsAt: sh('2026-12-10', '00:00'),
    reason: '家中有事',
    status: 'APPROVED',
  } as unknown as LeaveRequest);

  return { teamA, teamB, a1, a2, b1, leader, manager, qa, customer, complaints: { c1, c2, c3, c4, c5 }, followUps: { f1, f2, f3, f4, f5, f6 } };
}
