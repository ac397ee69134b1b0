import type { PendingChangeStatus, ReviewedEntity, ReviewErrorReason } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { PendingChangeStatusEnum, ReviewedEntityEnum, ReviewErrorReasonEnum } from './review.enums';

@InputType({ description: 'Which held changes a list returns: every field given must match' })
export class PendingChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the changes with these ids' })
  ids?: string[] | null;

  @Field(() => [PendingChangeStatusEnum], { nullable: true, description: 'Only changes in these statuses (the review queue: PENDING)' })
  status?: PendingChangeStatus[] | null;

  @Field(() => [ReviewedEntityEnum], { nullable: true, description: 'Only changes of these kinds of record' })
  entity?: ReviewedEntity[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the changes of this record' })
  recordId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the changes this person submitted' })
  submittedById?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the changes I submitted' })
  mine?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Submitted at or after this instant (submittedAt)' })
  submittedAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Submitted before this instant (submittedAt; the range is half-open)' })
  submittedAtTo?: Date | null;
}

export const PENDING_CHANGE_SORT_FIELDS = ['SUBMITTED_AT', 'UPDATED_AT'] as const;
export type PendingChangeSortField = (typeof PENDING_CHANGE_SORT_FIELDS)[number];
export const PendingChangeSort = SortInputType('PendingChange', PENDING_CHANGE_SORT_FIELDS);
export type PendingChangeSort = InstanceType<typeof PendingChangeSort>;

@InputType({ description: '复核退回: why the change is rejected, from the configured error reasons' })
export class RejectPendingChangeInput {
  @Field(() => ReviewErrorReasonEnum, { description: 'The error reason (差错原因); one the settings review.reason.* switch on' })
  reason: ReviewErrorReason;

  @Field(() => String, { nullable: true, description: 'A remark for the submitter (at most 500 characters)' })
  note?: string | null;
}
