import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * Columns every record has (an abstract type: type-graphql emits only reachable types). `version` is a plain column on purpose: services bump it in
 * `UPDATE ... WHERE id = ? AND version = ?` (TypeORM's @VersionColumn does not check it on save).
 */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID, { description: 'Unique id (a UUID), stable for the life of the record' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with a change; a stale one answers CONFLICT' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { description: 'When the record was created' })
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record last changed' })
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
