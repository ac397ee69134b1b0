import type { Department, PartReplacementStatus } from '@sanxin/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { DepartmentEnum, PartReplacementStatusEnum } from '../contract';

@InputType()
export class CreatePartReplacementInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Required when insideContract' })
  contractId?: string | null;

  @Field(() => String)
  partName: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Boolean, { nullable: true, description: 'default false' })
  insideContract?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'default false; the price is then 0' })
  warrantyCovered?: boolean | null;

  @Field(() => DepartmentEnum, { nullable: true })
  department?: Department | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Only the fields given change; price and status change through the steps' })
export class UpdatePartReplacementInput {
  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => String, { nullable: true })
  partName?: string;

  @Field(() => Int, { nullable: true })
  quantity?: number;

  @Field(() => Boolean, { nullable: true })
  insideContract?: boolean;

  @Field(() => Boolean, { nullable: true })
  warrantyCovered?: boolean;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class PartReplacementFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => [PartReplacementStatusEnum], { nullable: true })
  status?: PartReplacementStatus[] | null;

  @Field(() => DepartmentEnum, { nullable: true })
  department?: Department | null;
}

export const PART_REPLACEMENT_SORT_FIELDS = ['UPDATED_AT', 'CREATED_AT'] as const;
export type PartReplacementSortField = (typeof PART_REPLACEMENT_SORT_FIELDS)[number];
export const PartReplacementSort = SortInputType('PartReplacement', PART_REPLACEMENT_SORT_FIELDS);
export type PartReplacementSort = InstanceType<typeof PartReplacementSort>;

