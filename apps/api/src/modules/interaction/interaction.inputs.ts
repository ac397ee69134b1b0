import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';
import { InteractionChannelEnum, InteractionDirectionEnum, InteractionOutcomeEnum } from '../../graphql/enums';

@InputType({ description: "A new service record's values" })
export class CreateInteractionInput {
  @Field(() => ID, { description: 'Id of the customer' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the contact' })
  contactId?: string | null;

  @Field(() => InteractionChannelEnum, { description: 'Channel (服务渠道)' })
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum, { description: 'Inbound or outbound (呼入/呼出)' })
  direction: InteractionDirection;

  @Field(() => String, { description: 'What was said and done (服务内容)' })
  summary: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true, description: 'Outcome (服务结果)' })
  outcome?: InteractionOutcome | null;

  @Field(() => Date, { nullable: true, description: 'default: now' })
  occurredAt?: Date | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateInteractionInput {
  @Field(() => InteractionChannelEnum, { nullable: true, description: 'Channel (服务渠道)' })
  channel?: InteractionChannel;

  @Field(() => InteractionDirectionEnum, { nullable: true, description: 'Inbound or outbound (呼入/呼出)' })
  direction?: InteractionDirection;

  @Field(() => String, { nullable: true, description: 'What was said and done (服务内容)' })
  summary?: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true, description: 'Outcome (服务结果)' })
  outcome?: InteractionOutcome | null;

  @Field(() => Date, { nullable: true, description: 'When it happened' })
  occurredAt?: Date;
}

@InputType({ description: 'Which service records a list returns: every field given must match' })
export class InteractionFilter {
  @Field(() => String, { nullable: true, description: 'Words in the summary' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's records" })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this agent' })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own records (they served the customer)" })
  mine?: boolean | null;

  @Field(() => [InteractionChannelEnum], { nullable: true, description: 'Only these channels' })
  channel?: InteractionChannel[] | null;

  @Field(() => [InteractionDirectionEnum], { nullable: true, description: 'Only these directions (inbound, outbound)' })
  direction?: InteractionDirection[] | null;

  @Field(() => Date, { nullable: true, description: 'Happened at or after this instant (occurredAt)' })
  occurredAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Happened before this instant (occurredAt; the range is half-open)' })
  occurredAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Happened at or after this instant', deprecationReason: renamedFilter('occurredAtFrom') })
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Happened before this instant', deprecationReason: renamedFilter('occurredAtTo') })
  occurredTo?: Date | null;
}

export const INTERACTION_SORT_FIELDS = ['OCCURRED_AT', 'CREATED_AT'] as const;
export type InteractionSortField = (typeof INTERACTION_SORT_FIELDS)[number];
export const InteractionSort = SortInputType('Interaction', INTERACTION_SORT_FIELDS);
export type InteractionSort = InstanceType<typeof InteractionSort>;
