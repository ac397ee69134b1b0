import type { CallType } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CallTypeEnum } from './call-script.enums';

/** One saved text of a script, never changed afterwards. */
@ObjectType({ description: 'A revision of a call script as it was saved; never changes' })
@Entity('call_script_revision')
@Index('uq_call_script_revision', ['callScriptId', 'revision'], { unique: true })
export class CallScriptRevision {
  @Field(() => ID, { description: 'Unique id of the revision' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'The script' })
  @Column({ name: 'call_script_id', type: 'varchar', length: 36 })
  callScriptId: string;

  @Field(() => Int, { description: 'Revision number, from 1' })
  @Column({ type: 'int' })
  revision: number;

  @Field(() => CallTypeEnum, { description: 'The kind of call it guides' })
  @Column({ name: 'call_type', type: 'varchar', length: 30 })
  callType: CallType;

  @Field(() => String, { description: 'The name as saved' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Date, { description: 'When it was saved' })
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who saved it; null for the demo data' })
  @Column({ name: 'author_id', type: 'varchar', length: 36, nullable: true })
  authorId: string | null;
}
