import type { CalendarDayKind } from '@sanxin/domain';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CalendarDayKindEnum } from '../../graphql/enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';

/** A public holiday or a make-up working day (调休) in the business time zone. */
@ObjectType({ description: '节假日与调休' })
@Entity('holiday')
export class Holiday extends BaseRecord {
  @Field(() => LocalDateScalar, { description: 'The day' })
  @Index('uq_holiday_date', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => CalendarDayKindEnum, { description: 'A public holiday or a make-up working day' })
  @Column({ type: 'varchar', length: 20 })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'Name, e.g. 春节' })
  @Column({ type: 'varchar', length: 50 })
  name: string;
}
