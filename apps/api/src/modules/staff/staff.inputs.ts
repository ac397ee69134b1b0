import type { JobType, Role } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { JobTypeEnum, RoleEnum } from '../../graphql/enums';

@InputType({ description: "A new staff member's values and first password" })
export class CreateStaffInput {
  @Field(() => String, { description: 'Sign-in name' })
  username: string;

  @Field(() => String, { description: 'First password (the person should change it)' })
  password: string;

  @Field(() => String, { description: 'Name (姓名)' })
  name: string;

  @Field(() => RoleEnum, { description: 'Role (岗位)' })
  role: Role;

  @Field(() => JobTypeEnum, { nullable: true, description: 'Job type (工种); null for roles without one' })
  jobType?: JobType | null;

  @Field(() => Int, { nullable: true, description: '1-5, default 1' })
  skillLevel?: number | null;

  @Field(() => ID, { nullable: true, description: 'Id of the team' })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话)' })
  phone?: string | null;
}

@InputType({ description: 'Only the fields given change; a password given here replaces the old one' })
export class UpdateStaffInput {
  @Field(() => String, { nullable: true, description: 'Name (姓名)' })
  name?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'Role (岗位)' })
  role?: Role;

  @Field(() => JobTypeEnum, { nullable: true, description: 'Job type (工种); null for roles without one' })
  jobType?: JobType | null;

  @Field(() => Int, { nullable: true, description: 'Skill level 1–5 (技能等级), used by assignment suggestions' })
  skillLevel?: number;

  @Field(() => ID, { nullable: true, description: 'Id of the team' })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话)' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Active; an inactive person cannot sign in and gets no work' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password set by an administrator' })
  password?: string;
}

@InputType({ description: 'Which staff a list returns: every field given must match' })
export class StaffFilter {
  @Field(() => String, { nullable: true, description: 'Name or username' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [RoleEnum], { nullable: true, description: 'Only these roles' })
  role?: Role[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) staff' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only this team's members" })
  teamId?: string | null;
}

export const STAFF_SORT_FIELDS = ['NAME', 'USERNAME', 'ROLE', 'CREATED_AT'] as const;
export type StaffSortField = (typeof STAFF_SORT_FIELDS)[number];
export const StaffSort = SortInputType('Staff', STAFF_SORT_FIELDS);
export type StaffSort = InstanceType<typeof StaffSort>;
