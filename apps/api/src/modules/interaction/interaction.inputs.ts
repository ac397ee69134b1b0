import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { InteractionChannelEnum, InteractionDirectionEnum, InteractionOutcomeEnum, SortDirection } from '../../graphql/enums';

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

export enum InteractionSortField {
  OCCURRED_AT = 'OCCURRED_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(InteractionSortField, { name: 'InteractionSortField' });

@InputType()
export class InteractionSort {
  @Field(() => InteractionSortField)
  field: InteractionSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}
