import type { AttemptOutcome, FollowUpStatus, FollowUpTrigger, Satisfaction, UnsatisfiedAction } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { AttemptOutcomeEnum, FollowUpStatusEnum, FollowUpTriggerEnum, SatisfactionEnum, UnsatisfiedActionEnum } from './follow-up.enums';

@InputType({ description: 'A follow-up made by hand (MANUAL) by anyone who may edit the customer' })
export class CreateFollowUpInput {
  @Field(() => ID, { description: 'The customer to call' })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'The contact person to ask for' })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who calls; default the customer’s owner (only a leader or manager names someone else)' })
  assigneeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Due time; default now + followUp.dueDays' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why, or what to ask (at most 1,000 characters)' })
  note?: string | null;
}

@InputType({ description: 'Only the fields given change; status and results change through the steps' })
export class UpdateFollowUpInput {
  @Field(() => ID, { nullable: true, description: 'The contact person to ask for; null clears it' })
  contactId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Due time' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why, or what to ask' })
  note?: string | null;
}

@InputType({ description: 'One call attempt (每次回访都有记录)' })
export class RecordFollowUpAttemptInput {
  @Field(() => AttemptOutcomeEnum, { description: 'How the call ended' })
  outcome: AttemptOutcome;

  @Field(() => Date, { nullable: true, description: 'When the call was made; default now. Outside the calling windows it is RULE_VIOLATION quietHours unless it keeps an agreed time' })
  at?: Date | null;

  @Field(() => Date, { nullable: true, description: 'APPOINTMENT only: the time the customer agreed to; it becomes the due time' })
  appointmentAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'The customer’s identity was checked; default false' })
  identityVerified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What was said (at most 1,000 characters)' })
  note?: string | null;
}

@InputType({ description: 'The result of a follow-up whose customer was reached (回访结果)' })
export class CompleteFollowUpInput {
  @Field(() => SatisfactionEnum, { description: '满意 / 一般 / 不满意' })
  satisfaction: Satisfaction;

  @Field(() => Int, { description: 'Score 1-5' })
  score: number;

  @Field(() => String, { nullable: true, description: 'The customer’s suggestions' })
  suggestions?: string | null;

  @Field(() => String, { nullable: true, description: 'What to improve: required when UNSATISFIED' })
  improvement?: string | null;

  @Field(() => UnsatisfiedActionEnum, { nullable: true, description: 'Required when UNSATISFIED: reopen the complaint (complaint follow-ups), a new complaint, or a task for the owner' })
  unsatisfiedAction?: UnsatisfiedAction | null;

  @Field(() => Boolean, { nullable: true, description: 'A serious result: the leader on duty is told at once' })
  serious?: boolean | null;
}

@InputType({ description: 'Another assignee, with the reason' })
export class ReassignFollowUpInput {
  @Field(() => ID, { description: 'The new assignee' })
  assigneeId: string;

  @Field(() => String, { description: 'Why (at most 1,000 characters)' })
  reason: string;
}

@InputType({ description: 'A reason for the step' })
export class FollowUpReasonInput {
  @Field(() => String, { description: 'Why (at most 1,000 characters)' })
  reason: string;
}

/** When the follow-up filters' old names go (the deprecation policy, docs/api). */

@InputType({ description: 'Which follow-ups; an agent sees their own, a shift leader their team’s. Every field given must match' })
export class FollowUpFilter {
  @Field(() => String, { nullable: true, description: 'The customer’s name, company, contact name or phone: a fragment, Chinese substrings match (as in customers(filter: { q }))' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'These ids only' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to me (我的回访)' })
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Waiting for me: assigned to me and not finished; for a shift leader also the team’s unreachable ones and its serious results of the last followUp.dueDays days',
  })
  awaitingMe?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this staff member' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Triggered by this record (a complaint …)' })
  sourceId?: string | null;

  @Field(() => [FollowUpStatusEnum], { nullable: true, description: 'In any of these statuses' })
  status?: FollowUpStatus[] | null;

  @Field(() => [FollowUpTriggerEnum], { nullable: true, description: 'Created for any of these' })
  trigger?: FollowUpTrigger[] | null;

  @Field(() => [SatisfactionEnum], { nullable: true, description: 'With any of these results' })
  satisfaction?: Satisfaction[] | null;

  @Field(() => Date, { nullable: true, description: 'Due at or after (half-open range [dueAtFrom, dueAtTo))' })
  dueAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due before' })
  dueAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Done at or after (half-open range [completedAtFrom, completedAtTo))' })
  completedAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Done before' })
  completedAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due at or after; read dueAtFrom', deprecationReason: renamedFilter('dueAtFrom') })
  dueFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due before; read dueAtTo', deprecationReason: renamedFilter('dueAtTo') })
  dueTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Past due and not finished' })
  overdue?: boolean | null;
}

export const FOLLOW_UP_SORT_FIELDS = ['DUE_AT', 'UPDATED_AT', 'CREATED_AT'] as const;
export type FollowUpSortField = (typeof FOLLOW_UP_SORT_FIELDS)[number];
export const FollowUpSort = SortInputType('FollowUp', FOLLOW_UP_SORT_FIELDS);
export type FollowUpSort = InstanceType<typeof FollowUpSort>;
