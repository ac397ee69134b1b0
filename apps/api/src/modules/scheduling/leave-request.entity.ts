import type { LeaveStatus, LeaveType, Role } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { RoleEnum } from '../../graphql/enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { LeaveStatusEnum, LeaveTypeEnum } from './scheduling.enums';

/** 请假申请, approved step by step: the department manager, then (longer than a day) the centre director. */
@ObjectType({ description: '请假申请' })
@Entity('leave_request')
@Index('idx_leave_staff', ['staffId', 'startsAt'])
@Index('idx_leave_status', ['status', 'createdAt', 'id'])
@Index('idx_leave_created', ['createdAt', 'id'])
@Index('idx_leave_certificate_due', ['certificateDueOn', 'status'])
export class LeaveRequest extends BaseRecord {
  @Field(() => ID, { description: 'Id of the person on leave' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => LeaveTypeEnum, { description: 'Kind of leave (请假类型)' })
  @Column({ type: 'varchar', length: 20 })
  type: LeaveType;

  @Field(() => Date, { description: 'When the leave starts' })
  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Field(() => Date, { description: 'When the leave ends' })
  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Null when the viewer may not read it (reasonHidden: sick leave of somebody else, for anyone but the approvers)' })
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => Boolean, { description: 'Emergency leave (紧急请假): asked at short notice, at least the emergency notice before the first shift' })
  @Column({ type: 'boolean', default: false })
  emergency: boolean;

  @Field(() => Boolean, { description: 'Leave on a public holiday is for exceptional cases only' })
  @Column({ type: 'boolean', default: false })
  exceptional: boolean;

  @Field(() => String, { nullable: true, description: 'Medical certificate reference (sick leave of a day or more); null when reasonHidden' })
  @Column({ name: 'certificate_ref', type: 'varchar', length: 100, nullable: true })
  certificateRef: string | null;

  @Field(() => LeaveStatusEnum, { description: 'Where the request stands' })
  @Column({ type: 'varchar', length: 20 })
  status: LeaveStatus;

  @Field(() => RoleEnum, { nullable: true, description: 'Whose decision the request waits for' })
  @Column({ name: 'awaiting_role', type: 'varchar', length: 20, nullable: true })
  awaitingRole: Role | null;

  @Field(() => ID, { nullable: true, description: 'Id of the manager who approved' })
  @Column({ name: 'manager_approved_by_id', type: 'varchar', length: 36, nullable: true })
  managerApprovedById: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the centre director who approved, when a long leave needs one' })
  @Column({ name: 'director_approved_by_id', type: 'varchar', length: 36, nullable: true })
  directorApprovedById: string | null;

  @Field(() => ID, { nullable: true, description: 'Who filed it: the person, or their shift leader on their behalf (代为请假: sick leave or an emergency); null on requests older than the field, which the person filed' })
  @Column({ name: 'requested_by_id', type: 'varchar', length: 36, nullable: true })
  requestedById: string | null;

  @Field(() => Boolean, { description: 'Requested after its notice deadline (lateRules): a department manager accepts it (acceptLateLeaveRequest) before anyone approves it' })
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Field(() => [String], { nullable: true, description: 'The deadlines missed (leaveNotDayBefore, emergencyLeaveTooLate, nightLeaveTooLate, holidayLeaveTooLate)' })
  @Column({ name: 'late_rules', type: 'simple-json', nullable: true })
  lateRules: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The department manager who accepted the late request (逾期申请已认可)' })
  @Column({ name: 'late_accepted_by_id', type: 'varchar', length: 36, nullable: true })
  lateAcceptedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the late request was accepted' })
  @Column({ name: 'late_accepted_at', type: 'datetime', precision: 3, nullable: true })
  lateAcceptedAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Sick leave of a day or more: the first working day after the leave, by which the medical certificate is handed in (an emergency is requested without it)' })
  @Column({ name: 'certificate_due_on', type: 'date', utc: true, nullable: true })
  certificateDueOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected; null while pending' })
  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Shifts the approved leave took the person off' })
  @Column({ name: 'vacated_shift_ids', type: 'simple-json', nullable: true })
  vacatedShiftIds: string[] | null;

  @Field(() => String, { nullable: true, description: "The approver's note (a rejection needs one)" })
  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;
}
