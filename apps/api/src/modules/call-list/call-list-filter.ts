import type { CustomerKind, CustomerTier, LifecycleStage } from '@sanxin/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CustomerKindEnum, CustomerTierEnum, LifecycleStageEnum } from '../../graphql/enums';

/** The customers a call list calls: the fields of both the input and the stored filter (kept as given). */
@ObjectType()
@InputType('CallListFilterFieldsInput')
abstract class CallListFilterFields {
  @Field(() => [CustomerTierEnum], { nullable: true, description: 'Only customers of one of these tiers' })
  tier?: CustomerTier[] | null;

  @Field(() => [LifecycleStageEnum], { nullable: true, description: 'Only customers in one of these stages' })
  lifecycle?: LifecycleStage[] | null;

  @Field(() => CustomerKindEnum, { nullable: true, description: 'Only companies or only individuals' })
  kind?: CustomerKind | null;

  @Field(() => String, { nullable: true, description: 'Only customers with this tag' })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only customers this agent owns' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only registered customers not verified yet (已注册未认证)' })
  unverified?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only customers with a running contract ending within this many days (0–365)' })
  contractEndingWithinDays?: number | null;
}

@InputType('CallListCustomerFilterInput', { description: 'Which customers a call list calls: every field given must match; none means everyone' })
export class CallListFilterInput extends CallListFilterFields {}

@ObjectType('CallListCustomerFilter', { description: 'Which customers a call list calls: every field given must match' })
export class CallListFilterValue extends CallListFilterFields {}
