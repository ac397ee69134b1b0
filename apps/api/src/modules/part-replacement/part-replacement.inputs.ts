import type { Department, PartReplacementStatus } from '@sanxin/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
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

  @Field(() => DepartmentEnum, { nullable: true, description: 'For a paid replacement, a business department (setting contract.paidDept.*); RULE_VIOLATION notBusinessDepartment otherwise' })
  department?: Department | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "整机保修截止日 from the machine's warranty card; with warrantyCovered, the request day must fall within it or the contract's warranty (RULE_VIOLATION warrantyExpired)" })
  machineWarrantyEndDate?: string | null;
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

  @Field(() => Boolean, { nullable: true, description: "Checked against the contract's and the machine's warranty on the day it was requested (RULE_VIOLATION warrantyExpired)" })
  warrantyCovered?: boolean;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "整机保修截止日 from the machine's warranty card; null clears it" })
  machineWarrantyEndDate?: string | null;
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

