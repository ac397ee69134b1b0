import type { SwapStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { SwapStatusEnum } from './scheduling.enums';

/** 换班申请: the requester gives their shift to the counterpart and works the counterpart's shift (the repaid shift). */
@ObjectType({ description: '换班申请' })
@Entity('shift_swap_request')
@Index('idx_swap_status', ['status', 'createdAt', 'id'])
@Index('idx_swap_requester', ['requesterId', 'createdAt'])
@Index('idx_swap_counterpart', ['counterpartId', 'createdAt'])
@Index('idx_swap_created', ['createdAt', 'id'])
export class ShiftSwapRequest extends BaseRecord {
  @Field(() => ID, { description: 'Id of the requester' })
  @Column({ name: 'requester_id', type: 'varchar', length: 36 })
  requesterId: string;

  @Field(() => ID, { description: "Id of the requester's shift, which the colleague takes" })
  @Column({ name: 'requester_shift_id', type: 'varchar', length: 36 })
  requesterShiftId: string;

  @Field(() => ID, { description: 'Id of the colleague' })
  @Column({ name: 'counterpart_id', type: 'varchar', length: 36 })
  counterpartId: string;

  @Field(() => ID, { description: "Id of the colleague's shift, which the requester takes" })
  @Column({ name: 'counterpart_shift_id', type: 'varchar', length: 36 })
  counterpartShiftId: string;

  @Field(() => String, { description: 'Why the requester asks (换班原因)' })
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => SwapStatusEnum, { description: 'Where the request stands' })
  @Column({ type: 'varchar', length: 20 })
  status: SwapStatus;

  @Field(() => Date, { nullable: true, description: 'When the counterpart accepted or declined (null while it waits for them)' })
  @Column({ name: 'counterpart_answered_at', type: 'datetime', precision: 3, nullable: true })
  counterpartAnsweredAt: Date | null;

  @Field(() => String, { nullable: true, description: "The counterpart's note with their answer (accept or decline)" })
  @Column({ name: 'counterpart_note', type: 'varchar', length: 500, nullable: true })
  counterpartNote: string | null;

  @Field(() => ID, { nullable: true, description: "Shift leader of the requester's shift's team who approved" })
  @Column({ name: 'requester_leader_id', type: 'varchar', length: 36, nullable: true })
  requesterLeaderId: string | null;

  @Field(() => ID, { nullable: true, description: "Shift leader of the counterpart's shift's team who approved" })
  @Column({ name: 'counterpart_leader_id', type: 'varchar', length: 36, nullable: true })
  counterpartLeaderId: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the leader who decided' })
  @Column({ name: 'decided_by_id', type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected; null while pending' })
  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The leader's note" })
  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;
}
