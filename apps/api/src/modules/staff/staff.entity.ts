import type { JobType, Role } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { JobTypeEnum, RoleEnum } from '../../graphql/enums';
import { BaseRecord } from '../../shared/base.entity';
import { Team } from '../team';

@ObjectType({ description: '员工' })
@Entity('staff')
@Index('idx_staff_name', ['name', 'id'])
@Index('idx_staff_role', ['role', 'name'])
export class Staff extends BaseRecord {
  @Field(() => String, { description: 'Sign-in name' })
  @Index('uq_staff_username', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  username: string;

  /** Never read with the record: only sign-in and password checks ask for it (`withPasswordHash`). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Field(() => Boolean, { description: 'The password was given to this person (a generated or demo one): they must choose their own before anything else' })
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Field(() => String, { description: 'Name (姓名)' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => RoleEnum, { description: 'Role (岗位)' })
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field(() => JobTypeEnum, { nullable: true, description: 'Job type (工种); null for roles without one' })
  @Column({ name: 'job_type', type: 'varchar', length: 20, nullable: true })
  jobType: JobType | null;

  @Field(() => Int, { description: 'Skill level 1–5 (技能等级), used by assignment suggestions' })
  @Column({ name: 'skill_level', type: 'int', default: 1 })
  skillLevel: number;

  @Field(() => Boolean, { description: 'Active; an inactive person cannot sign in and gets no work' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'Masked unless the viewer may see staff PII' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the team' })
  @Index('idx_staff_team')
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Field(() => Team, { nullable: true, description: 'The team (班组)' })
  team?: Team | null;
}
