import type { CallListStatus } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { CallListStatusEnum } from './call-list.enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { CallListFilterValue } from './call-list-filter';

/** 外呼任务: a campaign of calls to the customers a filter picks, dealt to agents at a daily quota. */
@ObjectType({ description: '外呼任务 (call list): customers picked by a filter, dealt evenly to agents as follow-ups when launched' })
@Entity('call_list')
@Index('idx_call_list_status', ['status', 'updatedAt', 'id'])
@Index('idx_call_list_name', ['name', 'id'])
@Index('idx_call_list_updated', ['updatedAt', 'id'])
@Index('idx_call_list_created', ['createdAt', 'id'])
export class CallList extends BaseRecord {
  @Field(() => String, { description: 'Name (任务名称)' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => CallListStatusEnum, { description: 'Draft, or launched into follow-ups' })
  @Column({ type: 'varchar', length: 20 })
  status: CallListStatus;

  @Field(() => ID, { description: 'The call script the agents follow' })
  @Column({ name: 'call_script_id', type: 'varchar', length: 36 })
  callScriptId: string;

  @Field(() => Int, { description: 'The revision of the script the calls use: the current one until launch, then fixed' })
  @Column({ name: 'call_script_revision', type: 'int' })
  callScriptRevision: number;

  @Field(() => CallListFilterValue, { description: 'Which customers it calls' })
  @Column({ type: 'simple-json' })
  filter: CallListFilterValue;

  @Field(() => [ID], { description: 'The agents who call, in the order customers are dealt to them' })
  @Column({ name: 'agent_ids', type: 'simple-json' })
  agentIds: string[];

  @Field(() => Int, { description: 'Calls per agent and working day at most (每人每日配额)' })
  @Column({ name: 'daily_quota', type: 'int' })
  dailyQuota: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first working day of calls; set at launch' })
  @Column({ name: 'start_date', type: 'date', utc: true, nullable: true })
  startDate: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was launched' })
  @Column({ name: 'launched_at', type: 'datetime', precision: 3, nullable: true })
  launchedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Customers it was launched for' })
  @Column({ name: 'customer_count', type: 'int', nullable: true })
  customerCount: number | null;

  @Field(() => ID, { nullable: true, description: 'Who created it' })
  @Column({ name: 'created_by_id', type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;
}
