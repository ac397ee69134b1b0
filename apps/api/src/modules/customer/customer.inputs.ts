import type { CustomerKind, CustomerSource, CustomerTier, LifecycleStage } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { CustomerKindEnum, CustomerSourceEnum, CustomerTierEnum, LifecycleStageEnum } from '../../graphql/enums';

@InputType()
export class CreateCustomerInput {
  @Field(() => CustomerKindEnum)
  kind: CustomerKind;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => CustomerSourceEnum, { nullable: true })
  source?: CustomerSource | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => CustomerTierEnum, { nullable: true, description: 'default C' })
  tier?: CustomerTier | null;

  @Field(() => LifecycleStageEnum, { nullable: true, description: 'default PROSPECT' })
  lifecycle?: LifecycleStage | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'default: the creating agent' })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateCustomerInput {
  @Field(() => CustomerKindEnum, { nullable: true })
  kind?: CustomerKind;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => CustomerSourceEnum, { nullable: true })
  source?: CustomerSource | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => CustomerTierEnum, { nullable: true })
  tier?: CustomerTier;

  @Field(() => LifecycleStageEnum, { nullable: true })
  lifecycle?: LifecycleStage;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Name, company, contact name or phone fragment; Chinese substrings match' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => CustomerKindEnum, { nullable: true })
  kind?: CustomerKind | null;

  @Field(() => [CustomerTierEnum], { nullable: true })
  tier?: CustomerTier[] | null;

  @Field(() => [LifecycleStageEnum], { nullable: true })
  lifecycle?: LifecycleStage[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers without an owner (to be assigned)' })
  unassigned?: boolean | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => Date, { nullable: true })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  createdTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Managers only' })
  includeArchived?: boolean | null;
}

export const CUSTOMER_SORT_FIELDS = ['NAME', 'TIER', 'LIFECYCLE', 'CREATED_AT', 'UPDATED_AT'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];
export const CustomerSort = SortInputType('Customer', CUSTOMER_SORT_FIELDS);
export type CustomerSort = InstanceType<typeof CustomerSort>;
