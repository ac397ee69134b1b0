import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * Columns every record has (an abstract type: type-graphql emits only reachable types). `version` is a plain column on purpose: services bump it in
 * `UPDATE ... WHERE id = ? AND version = ?` (TypeORM's @VersionColumn does not check it on save).
 */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
