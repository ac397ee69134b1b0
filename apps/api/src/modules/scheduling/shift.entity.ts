import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';

/** One shift type worked by one team on one date; its instants are kept so "who is on duty at T" is one indexed range query. */
@ObjectType({ description: '班次' })
@Entity('shift')
@Index('uq_shift_team_date_type', ['teamId', 'date', 'shiftTypeId'], { unique: true })
@Index('idx_shift_date', ['date', 'id'])
@Index('idx_shift_starts', ['startsAt', 'endsAt'])
@Index('idx_shift_roster', ['rosterId'])
export class Shift extends BaseRecord {
  @Field(() => ID, { description: 'Id of the team' })
  @Column({ name: 'team_id', type: 'varchar', length: 36 })
  teamId: string;

  @Field(() => ID, { description: 'Id of the roster' })
  @Column({ name: 'roster_id', type: 'varchar', length: 36 })
  rosterId: string;

  @Field(() => LocalDateScalar, { description: 'The local date the shift starts on' })
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Field(() => ID, { description: 'Id of the shift type' })
  @Column({ name: 'shift_type_id', type: 'varchar', length: 36 })
  shiftTypeId: string;

  @Field(() => Date, { description: 'When it starts' })
  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends' })
  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;
}
