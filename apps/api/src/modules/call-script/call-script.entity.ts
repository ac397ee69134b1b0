import type { CallType } from '@sanxin/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { CallTypeEnum } from './call-script.enums';

/**
 * 标准服务用语: a script of one call type. Its text lives in revisions: every edit of the text adds
 * one, and the old ones stay readable (a call list names the revision its calls used).
 */
@ObjectType({ description: '标准服务用语 (call script): the steps and situation phrases of one call type, versioned by revision' })
@Entity('call_script')
@Index('idx_call_script_type', ['callType', 'active', 'updatedAt'])
@Index('idx_call_script_name', ['name', 'id'])
@Index('idx_call_script_updated', ['updatedAt', 'id'])
export class CallScript extends BaseRecord {
  @Field(() => CallTypeEnum, { description: 'The kind of call it guides; fixed once created' })
  @Column({ name: 'call_type', type: 'varchar', length: 30 })
  callType: CallType;

  @Field(() => String, { description: 'Name (话术名称)' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Boolean, { description: 'The script agents see for this call type; one per call type' })
  @Column({ type: 'boolean', default: false })
  active: boolean;

  @Field(() => Int, { description: 'The current revision (1, 2 …): each edit of the name, steps or phrases adds one' })
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;
}
