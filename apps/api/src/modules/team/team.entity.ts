import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

@ObjectType({ description: '班组' })
@Entity('team')
export class Team extends BaseRecord {
  @Field(() => String, { description: 'Name (班组名称)' })
  @Index('uq_team_name', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;
}
