import type { NoticeKind, NoticeStatus } from '@sanxin/domain';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { NoticeKindEnum, NoticeStatusEnum } from './notice.enums';

/**
 * 公告: a policy change, an offer or a product update every agent must read. Written as a draft,
 * published (then its text no longer changes: people have read it), archived when it no longer applies.
 */
@ObjectType({ description: '公告 (notice): a policy change, offer or product update every agent reads and signs for' })
@Entity('notice')
@Index('idx_notice_board', ['status', 'pinned', 'boardAt', 'id'])
@Index('idx_notice_updated', ['updatedAt', 'id'])
@Index('idx_notice_title', ['title', 'id'])
export class Notice extends BaseRecord {
  @Field(() => NoticeKindEnum, { description: 'What it is about' })
  @Column({ type: 'varchar', length: 20 })
  kind: NoticeKind;

  @Field(() => String, { description: 'Title (标题)' })
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { description: 'The text (正文)' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => NoticeStatusEnum, { description: 'Draft, published or archived' })
  @Column({ type: 'varchar', length: 20 })
  status: NoticeStatus;

  @Field(() => Boolean, { description: '置顶: listed before the others' })
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft' })
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who published it' })
  @Column({ name: 'published_by_id', type: 'varchar', length: 36, nullable: true })
  publishedById: string | null;

  @Field(() => String, { description: 'Who wrote it' })
  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId: string;

  /** Where it stands on the board: when it was published, or created while a draft (sorted by, never null). */
  @Column({ name: 'board_at', type: 'datetime', precision: 3 })
  boardAt: Date;

  /** Title and body, lower-cased: `q` matches inside it (decision 34). */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;
}
