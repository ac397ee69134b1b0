import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 签收: one row per notice and reader; the key makes a second read write nothing (markNoticeRead is idempotent). */
@ObjectType({ description: 'A read receipt (签收): who read a notice and when' })
@Entity('notice_receipt')
@Index('idx_notice_receipt_staff', ['staffId', 'noticeId'])
export class NoticeReceipt {
  @Field(() => String, { description: 'The notice read' })
  @PrimaryColumn({ name: 'notice_id', type: 'varchar', length: 36 })
  noticeId: string;

  @Field(() => String, { description: 'Who read it' })
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => Date, { description: 'When they first read it' })
  @Column({ name: 'read_at', type: 'datetime', precision: 3 })
  readAt: Date;
}
