import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { InteractionChannelEnum, InteractionDirectionEnum, InteractionOutcomeEnum } from '../../graphql/enums';

@InputType()
export class CreateInteractionInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => InteractionChannelEnum)
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum)
  direction: InteractionDirection;

  @Field(() => String)
  summary: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true })
  outcome?: InteractionOutcome | null;

  @Field(() => Date, { nullable: true, description: 'default: now' })
  occurredAt?: Date | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateInteractionInput {
  @Field(() => InteractionChannelEnum, { nullable: true })
  channel?: InteractionChannel;

  @Field(() => InteractionDirectionEnum, { nullable: true })
  direction?: InteractionDirection;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true })
  outcome?: InteractionOutcome | null;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date;
}

@InputType()
export class InteractionFilter {
  @Field(() => String, { nullable: true, description: 'Words in the summary' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  staffId?: string | null;

  @Field(() => InteractionChannelEnum, { nullable: true })
  channel?: InteractionChannel | null;

  @Field(() => InteractionDirectionEnum, { nullable: true })
  direction?: InteractionDirection | null;

  @Field(() => Date, { nullable: true })
  occurredFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  occurredTo?: Date | null;
}

export const INTERACTION_SORT_FIELDS = ['OCCURRED_AT', 'CREATED_AT'] as const;
export type InteractionSortField = (typeof INTERACTION_SORT_FIELDS)[number];
export const InteractionSort = SortInputType('Interaction', INTERACTION_SORT_FIELDS);
export type InteractionSort = InstanceType<typeof InteractionSort>;
