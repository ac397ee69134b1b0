import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/** 统一答复口径: the answer the department agreed to give to a question customers ask, grouped by topic. */
@ObjectType({ description: '统一答复口径 (standard answer): the agreed answer to a question customers ask, grouped by topic' })
@Entity('standard_answer')
@Index('idx_standard_answer_topic', ['archivedAt', 'topic', 'id'])
@Index('idx_standard_answer_updated', ['archivedAt', 'updatedAt', 'id'])
export class StandardAnswer extends BaseRecord {
  @Field(() => String, { description: 'Topic (主题), e.g. 退换货, 价格, 配送' })
  @Column({ type: 'varchar', length: 30 })
  topic: string;

  @Field(() => String, { description: 'The question as customers ask it (问题)' })
  @Column({ type: 'varchar', length: 500 })
  question: string;

  @Field(() => String, { description: 'The agreed answer (答复口径)' })
  @Column({ type: 'text' })
  answer: string;

  @Field(() => Int, {
    description: 'Revision of the agreed wording (1, 2 …): each change of question or answer adds one; the change history keeps the old text',
  })
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Field(() => String, { description: 'Who last agreed the wording' })
  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  /** Topic, question and answer, lower-cased: `q` matches inside it (decision 34). */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;
}
