import type { JobType, Role } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { JobTypeEnum, RoleEnum } from '../../graphql/enums';

@InputType()
export class CreateStaffInput {
  @Field(() => String)
  username: string;

  @Field(() => String)
  password: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => JobTypeEnum, { nullable: true })
  jobType?: JobType | null;

  @Field(() => Int, { nullable: true, description: '1-5, default 1' })
  skillLevel?: number | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'Only the fields given change; a password given here replaces the old one' })
export class UpdateStaffInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role;

  @Field(() => JobTypeEnum, { nullable: true })
  jobType?: JobType | null;

  @Field(() => Int, { nullable: true })
  skillLevel?: number;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true })
  password?: string;
}

@InputType()
export class StaffFilter {
  @Field(() => String, { nullable: true, description: 'Name or username' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;
}

export const STAFF_SORT_FIELDS = ['NAME', 'USERNAME', 'ROLE', 'CREATED_AT'] as const;
export type StaffSortField = (typeof STAFF_SORT_FIELDS)[number];
export const StaffSort = SortInputType('Staff', STAFF_SORT_FIELDS);
export type StaffSort = InstanceType<typeof StaffSort>;
