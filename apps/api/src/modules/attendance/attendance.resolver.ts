import { attendanceReach } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { schedulingContext, ShiftAssignment } from '../scheduling';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';
import { listAttendanceRecords, listAttendanceViolations, violationCounts } from './attendance-queries';
import { checkIn, checkOut, recordAbsenceFromPost } from './attendance.service';
import {
  AttendanceRecordFilter,
  AttendanceRecordSort,
  AttendanceViolationFilter,
  AttendanceViolationSort,
  CheckInInput,
  CheckOutInput,
  RecordAbsenceFromPostInput,
} from './attendance.inputs';
import { attendanceLoaders } from './attendance.loaders';
import { AttendanceViolationCountView } from './attendance.views';

const AttendanceRecordPage = PageType(AttendanceRecord, 'AttendanceRecord');
const AttendanceViolationPage = PageType(AttendanceViolation, 'AttendanceViolation');

/** Whether the viewer reads this person's attendance (own; a leader's team; all for managers), with the viewer's team from the batched staff loader. */
async function mayRead(ctx: Context, row: { staffId: string; teamId: string | null }): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  const reach = attendanceReach(viewer.role, 'list');
  if (reach === 'all' || row.staffId === viewer.id) return reach !== 'none';
  if (reach !== 'team') return false;
  const me = await staffLoaders(ctx).staffById.load(viewer.id);
  return me?.role === 'SHIFT_LEADER' && me.active && me.teamId != null && me.teamId === row.teamId;
}

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @Authorized('attendance:list')
  @Query(() => AttendanceRecordPage, { description: '考勤记录: the viewer’s own; a shift leader’s team too; everyone’s for the managers' })
  async attendanceRecords(
    @Ctx() ctx: Context,
    @Arg('filter', () => AttendanceRecordFilter, { nullable: true }) filter?: AttendanceRecordFilter,
    @Arg('sort', () => [AttendanceRecordSort], { nullable: true }) sort?: AttendanceRecordSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return AttendanceRecordPage.of(await listAttendanceRecords(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('attendance:show')
  @Query(() => AttendanceRecord, { nullable: true, description: 'One attendance record by id; null when it does not exist or is not the viewer’s to read' })
  async attendanceRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AttendanceRecord | null> {
    return (await listAttendanceRecords(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('attendance:create')
  @Mutation(() => AttendanceRecord, {
    description:
      '签到 now, for a shift assignment of a published month: late minutes and the missed roll call are recorded, and a LATE violation when 20+ minutes late (scheduling.lateViolationMinutes), in one transaction. RULE_VIOLATION checkInOutsideShift (earlier than 2 hours before the start, or after the end), rosterNotPublished; INVALID_TRANSITION when already checked in; FORBIDDEN for someone else’s shift (a leader: outside their team)',
  })
  checkIn(@Ctx() ctx: Context, @Arg('input', () => CheckInInput) input: CheckInInput): Promise<AttendanceRecord> {
    return checkIn(schedulingContext(ctx), input);
  }

  @Authorized('attendance:edit')
  @Mutation(() => AttendanceRecord, {
    description:
      '签退 now. RULE_VIOLATION incomingNotArrived while the team’s incoming shift has people rostered and none checked in, unless overrideReason is given by a shift leader of the team or a manager (放行, audited; FORBIDDEN for anyone else and for oneself); INVALID_TRANSITION when already checked out',
  })
  checkOut(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CheckOutInput, { nullable: true }) input?: CheckOutInput,
  ): Promise<AttendanceRecord> {
    return checkOut(schedulingContext(ctx), id, version, input);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person' })
  staff(@Root() record: AttendanceRecord, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(record.staffId);
  }

  @FieldResolver(() => ShiftAssignment, { nullable: true, description: 'The shift assignment checked in to' })
  shiftAssignment(@Root() record: AttendanceRecord, @Ctx() ctx: Context): Promise<ShiftAssignment | null> {
    return attendanceLoaders(ctx).assignmentById.load(record.shiftAssignmentId);
  }

  @FieldResolver(() => Team, { nullable: true, description: "The shift's team" })
  team(@Root() record: AttendanceRecord, @Ctx() ctx: Context): Promise<Team | null> {
    return record.teamId ? teamLoaders(ctx).teamById.load(record.teamId) : Promise.resolve(null);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who let the person check out before the next shift arrived' })
  checkOutOverrideBy(@Root() record: AttendanceRecord, @Ctx() ctx: Context): Promise<Staff | null> {
    return record.checkOutOverrideById ? staffLoaders(ctx).staffById.load(record.checkOutOverrideById) : Promise.resolve(null);
  }

  @FieldResolver(() => [AttendanceViolation], { description: 'The violations of this shift (lateness recorded at check-in, absences recorded by a leader)' })
  violations(@Root() record: AttendanceRecord, @Ctx() ctx: Context): Promise<AttendanceViolation[]> {
    return attendanceLoaders(ctx).violationsByRecordId.load(record.id);
  }
}

@Resolver(() => AttendanceViolation)
export class AttendanceViolationResolver {
  @Authorized('attendance:list')
  @Query(() => AttendanceViolationPage, { description: '违纪: the viewer’s own; a shift leader’s team too; everyone’s for the managers; latest first' })
  async attendanceViolations(
    @Ctx() ctx: Context,
    @Arg('filter', () => AttendanceViolationFilter, { nullable: true }) filter?: AttendanceViolationFilter,
    @Arg('sort', () => [AttendanceViolationSort], { nullable: true }) sort?: AttendanceViolationSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return AttendanceViolationPage.of(await listAttendanceViolations(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('attendance:show')
  @Query(() => AttendanceViolation, { nullable: true, description: 'One violation by id; null when it does not exist or is not the viewer’s to read' })
  async attendanceViolation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AttendanceViolation | null> {
    return (await listAttendanceViolations(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('attendance:list')
  @Query(() => [AttendanceViolationCountView], {
    description: '违纪统计 of a month per person, most first; flaggedOnly: those at scheduling.violationsToFlag (3) or more, for the manager. Read as attendanceViolations: own, a leader’s team, all for managers',
  })
  attendanceViolationCounts(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: "'YYYY-MM'" }) month: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only this team' }) teamId?: string,
    @Arg('flaggedOnly', () => Boolean, { nullable: true, description: 'Only the people flagged to the manager' }) flaggedOnly?: boolean,
  ): Promise<AttendanceViolationCountView[]> {
    return violationCounts(schedulingContext(ctx), month, teamId, flaggedOnly ?? false);
  }

  @Authorized('attendance:approve')
  @Mutation(() => AttendanceViolation, {
    description:
      '脱岗: a shift leader of the team (or a manager) records a member’s absence from the post of 20+ minutes (scheduling.absenceViolationMinutes) within a shift; BAD_USER_INPUT absenceNotAViolation when shorter, absenceOutsideShift, inFuture, endsBeforeStart; FORBIDDEN outside the team and for oneself',
  })
  recordAbsenceFromPost(@Ctx() ctx: Context, @Arg('input', () => RecordAbsenceFromPostInput) input: RecordAbsenceFromPostInput): Promise<AttendanceViolation> {
    return recordAbsenceFromPost(schedulingContext(ctx), input);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person' })
  staff(@Root() violation: AttendanceViolation, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(violation.staffId);
  }

  @FieldResolver(() => Team, { nullable: true, description: "The person's team on that shift" })
  team(@Root() violation: AttendanceViolation, @Ctx() ctx: Context): Promise<Team | null> {
    return violation.teamId ? teamLoaders(ctx).teamById.load(violation.teamId) : Promise.resolve(null);
  }

  @FieldResolver(() => AttendanceRecord, { nullable: true, description: 'The attendance record it belongs to (none for an absence before any check-in)' })
  attendanceRecord(@Root() violation: AttendanceViolation, @Ctx() ctx: Context): Promise<AttendanceRecord | null> {
    return violation.attendanceRecordId ? attendanceLoaders(ctx).recordById.load(violation.attendanceRecordId) : Promise.resolve(null);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who recorded it; null when recorded at check-in' })
  recordedBy(@Root() violation: AttendanceViolation, @Ctx() ctx: Context): Promise<Staff | null> {
    return violation.recordedById ? staffLoaders(ctx).staffById.load(violation.recordedById) : Promise.resolve(null);
  }
}

@Resolver(() => AttendanceViolationCountView)
export class AttendanceViolationCountResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The person' })
  staff(@Root() row: AttendanceViolationCountView, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(row.staffId);
  }
}

/** 考勤 on the roster: each assignment's record, for whoever may read it (null otherwise, and before check-in). */
@Resolver(() => ShiftAssignment)
export class ShiftAssignmentAttendanceResolver {
  @FieldResolver(() => AttendanceRecord, { nullable: true, description: '考勤: the check-in and check-out of this assignment; null before check-in, and for viewers who may not read it' })
  async attendance(@Root() assignment: ShiftAssignment, @Ctx() ctx: Context): Promise<AttendanceRecord | null> {
    const record = await attendanceLoaders(ctx).recordByAssignmentId.load(assignment.id);
    return record && (await mayRead(ctx, record)) ? record : null;
  }
}
