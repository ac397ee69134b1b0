import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/** 投诉类别: the national taxonomy plus the department's own; an administrator adds and retires them. */
@ObjectType({ description: '投诉类别' })
@Entity('complaint_category')
@Index('idx_complaint_category_order', ['sortOrder', 'id'])
export class ComplaintCategory extends BaseRecord {
  @Field(() => String, { description: 'Stable key, e.g. QUALITY' })
  @Index('uq_complaint_category_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => String, { description: 'Chinese name (类别名称)' })
  @Column({ name: 'name_zh', type: 'varchar', length: 50 })
  nameZh: string;

  @Field(() => String, { description: 'English name' })
  @Column({ name: 'name_en', type: 'varchar', length: 80 })
  nameEn: string;

  @Field(() => Int, { nullable: true, description: 'A stricter time limit in business hours for this category (e.g. safety)' })
  @Column({ name: 'due_hours', type: 'int', nullable: true })
  dueHours: number | null;

  @Field(() => Int, { description: 'Position in pick lists, smallest first' })
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Retired categories stay on old complaints but take no new ones' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
