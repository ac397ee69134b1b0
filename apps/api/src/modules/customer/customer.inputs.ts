import type { CustomerKind, CustomerSource, CustomerTier, LifecycleStage } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';
import { CustomerKindEnum, CustomerSourceEnum, CustomerTierEnum, LifecycleStageEnum } from '../../graphql/enums';

@InputType({ description: "A new customer's values" })
export class CreateCustomerInput {
  @Field(() => CustomerKindEnum, { description: 'Company or individual (客户类型)' })
  kind: CustomerKind;

  @Field(() => String, { description: 'Name (客户名称)' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Company or organisation (单位名称)' })
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话), mobile or landline' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (地址)' })
  address?: string | null;

  @Field(() => CustomerSourceEnum, { nullable: true, description: 'Where the customer came from (客户来源)' })
  source?: CustomerSource | null;

  @Field(() => String, { nullable: true, description: 'Industry (行业)' })
  industry?: string | null;

  @Field(() => CustomerTierEnum, { nullable: true, description: 'default C' })
  tier?: CustomerTier | null;

  @Field(() => LifecycleStageEnum, { nullable: true, description: 'default PROSPECT' })
  lifecycle?: LifecycleStage | null;

  @Field(() => [String], { nullable: true, description: 'Free tags (标签)' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Free notes (备注)' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'default: the creating agent' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Do not call at all (拒绝来电); default false' })
  doNotCall?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Do not call before this minute of the day (0-1439, business time); null: no limit' })
  callNotBeforeMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Do not call from this minute of the day on (1-1440, later than callNotBeforeMinute); null: no limit' })
  callNotAfterMinute?: number | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateCustomerInput {
  @Field(() => CustomerKindEnum, { nullable: true, description: 'Company or individual (客户类型)' })
  kind?: CustomerKind;

  @Field(() => String, { nullable: true, description: 'Name (客户名称)' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Company or organisation (单位名称)' })
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话), mobile or landline' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (地址)' })
  address?: string | null;

  @Field(() => CustomerSourceEnum, { nullable: true, description: 'Where the customer came from (客户来源)' })
  source?: CustomerSource | null;

  @Field(() => String, { nullable: true, description: 'Industry (行业)' })
  industry?: string | null;

  @Field(() => CustomerTierEnum, { nullable: true, description: 'Tier (客户分级): A is a key customer' })
  tier?: CustomerTier;

  @Field(() => LifecycleStageEnum, { nullable: true, description: 'Lifecycle stage (生命周期)' })
  lifecycle?: LifecycleStage;

  @Field(() => [String], { nullable: true, description: 'Free tags (标签)' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Free notes (备注)' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the owning agent (负责业务代表)' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Do not call at all (拒绝来电); default false' })
  doNotCall?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Do not call before this minute of the day (0-1439, business time); null: no limit' })
  callNotBeforeMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Do not call from this minute of the day on (1-1440, later than callNotBeforeMinute); null: no limit' })
  callNotAfterMinute?: number | null;
}

@InputType({ description: 'Which customers a list returns: every field given must match' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Name, company, contact name or phone fragment; Chinese substrings match' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [CustomerKindEnum], { nullable: true, description: 'Only customers of these kinds (companies, individuals)' })
  kind?: CustomerKind[] | null;

  @Field(() => [CustomerTierEnum], { nullable: true, description: 'Only customers of one of these tiers' })
  tier?: CustomerTier[] | null;

  @Field(() => [LifecycleStageEnum], { nullable: true, description: 'Only customers in one of these stages' })
  lifecycle?: LifecycleStage[] | null;

  @Field(() => ID, { nullable: true, description: 'Only customers this agent owns' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the customers the viewer owns (负责人)' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers without an owner (to be assigned)' })
  unassigned?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only customers with this tag' })
  tag?: string | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this instant (createdAt)' })
  createdAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this instant (createdAt; the range is half-open)' })
  createdAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this instant', deprecationReason: renamedFilter('createdAtFrom') })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this instant', deprecationReason: renamedFilter('createdAtTo') })
  createdTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Managers only' })
  includeArchived?: boolean | null;
}

export const CUSTOMER_SORT_FIELDS = ['NAME', 'TIER', 'LIFECYCLE', 'CREATED_AT', 'UPDATED_AT'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];
export const CustomerSort = SortInputType('Customer', CUSTOMER_SORT_FIELDS);
export type CustomerSort = InstanceType<typeof CustomerSort>;
