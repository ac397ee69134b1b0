import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An administrator's value for one of the domain's SETTINGS; absent rows mean the default. */
@ObjectType({ description: '系统配置' })
@Entity('setting')
export class Setting {
  @Field(() => String)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  value: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
