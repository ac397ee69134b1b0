import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/** 交接班记录: written by the outgoing leader, acknowledged by the incoming one. */
@ObjectType({ description: '交接班记录' })
@Entity('handover_log')
@Index('idx_handover_shift', ['shiftId'])
@Index('idx_handover_created', ['createdAt', 'id'])
export class HandoverLog extends BaseRecord {
  @Field(() => ID, { description: 'The outgoing shift' })
  @Column({ name: 'shift_id', type: 'varchar', length: 36 })
  shiftId: string;

  @Field(() => ID, { description: 'Id of the team' })
  @Column({ name: 'team_id', type: 'varchar', length: 36 })
  teamId: string;

  @Field(() => ID, { description: 'Id of the outgoing leader' })
  @Column({ name: 'outgoing_leader_id', type: 'varchar', length: 36 })
  outgoingLeaderId: string;

  @Field(() => String, { description: '设备状态' })
  @Column({ name: 'equipment_status', type: 'text' })
  equipmentStatus: string;

  @Field(() => [String], { description: 'Open difficult cases: complaint ids' })
  @Column({ name: 'open_case_ids', type: 'simple-json' })
  openCaseIds: string[];

  @Field(() => String, { nullable: true, description: '人员变动' })
  @Column({ name: 'staffing_changes', type: 'text', nullable: true })
  staffingChanges: string | null;

  @Field(() => String, { nullable: true, description: 'Other notes (其他事项)' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the incoming leader, once acknowledged' })
  @Column({ name: 'incoming_leader_id', type: 'varchar', length: 36, nullable: true })
  incomingLeaderId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the incoming leader acknowledged it (接班确认); null until then' })
  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;
}
