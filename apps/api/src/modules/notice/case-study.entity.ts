import type { ComplaintChannel, ComplaintSeverity } from '@sanxin/domain';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { ComplaintChannelEnum, ComplaintSeverityEnum } from '../complaint';

/**
 * 案例库: a closed complaint written up for training: what happened, how it was handled, the lesson.
 * It names the complaint by number and keeps its category, but no customer details (保密): those stay
 * in the complaint, behind its own permissions and masking.
 */
@ObjectType({ description: '案例 (case): a closed complaint written up for the case library, without customer details' })
@Entity('case_study')
@Index('uq_case_study_complaint', ['complaintId'], { unique: true })
@Index('idx_case_study_updated', ['archivedAt', 'updatedAt', 'id'])
@Index('idx_case_study_category', ['archivedAt', 'categoryId', 'id'])
export class CaseStudy extends BaseRecord {
  @Field(() => String, { description: 'The complaint it was written from' })
  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  @Field(() => String, { description: "The complaint's number (投诉单号)" })
  @Column({ name: 'complaint_number', type: 'varchar', length: 20 })
  complaintNumber: string;

  @Field(() => String, { description: "The complaint's category" })
  @Column({ name: 'category_id', type: 'varchar', length: 36 })
  categoryId: string;

  @Field(() => ComplaintSeverityEnum, { description: "The complaint's severity" })
  @Column({ type: 'varchar', length: 20 })
  severity: ComplaintSeverity;

  @Field(() => ComplaintChannelEnum, { description: 'How the complaint came in' })
  @Column({ type: 'varchar', length: 20 })
  channel: ComplaintChannel;

  @Field(() => String, { description: 'Title (案例标题)' })
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { description: 'What happened (案情), without customer details' })
  @Column({ type: 'text' })
  facts: string;

  @Field(() => String, { description: 'How it was handled (处理经过)' })
  @Column({ type: 'text' })
  handling: string;

  @Field(() => String, { description: 'The lesson (经验教训)' })
  @Column({ type: 'text' })
  lesson: string;

  @Field(() => String, { description: 'Who wrote it up' })
  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  /** Title, facts, handling and lesson, lower-cased: `q` matches inside it (decision 34). */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;
}
