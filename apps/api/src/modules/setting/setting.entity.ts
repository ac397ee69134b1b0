import type { SettingKey } from '@sanxin/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SettingKeyEnum } from './setting.enums';

/** An administrator's value for one of the domain's SETTINGS; absent rows mean the default. */
@ObjectType({ description: '系统配置' })
@Entity('setting')
export class Setting {
  @Field(() => SettingKeyEnum, { description: 'Which setting' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: SettingKey;

  @Field(() => Int, { description: 'The value, in its unit' })
  @Column({ type: 'int' })
  value: number;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateSetting' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { description: 'When it last changed' })
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
