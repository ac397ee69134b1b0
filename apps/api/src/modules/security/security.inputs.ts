import type { SecurityEventKind, SecurityOutcome } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';
import { SecurityEventKindEnum, SecurityOutcomeEnum } from './security.enums';

@InputType({ description: 'Which security events a list returns: every field given must match' })
export class SecurityEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [SecurityEventKindEnum], { nullable: true, description: 'Only events of these kinds' })
  kind?: SecurityEventKind[] | null;

  @Field(() => [SecurityOutcomeEnum], { nullable: true, description: 'Only events with these outcomes' })
  outcome?: SecurityOutcome[] | null;

  @Field(() => ID, { nullable: true, description: 'Events by this staff member or made to them' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'The username given at sign-in' })
  @MaxLength(64)
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events from this address' })
  @MaxLength(64)
  ip?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this instant (at)' })
  atFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant (at; the range is half-open)' })
  atTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)', deprecationReason: renamedFilter('atFrom') })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant', deprecationReason: renamedFilter('atTo') })
  to?: Date | null;
}

export const SECURITY_EVENT_SORT_FIELDS = ['AT', 'KIND'] as const;
export type SecurityEventSortField = (typeof SECURITY_EVENT_SORT_FIELDS)[number];
export const SecurityEventSort = SortInputType('SecurityEvent', SECURITY_EVENT_SORT_FIELDS);
export type SecurityEventSort = InstanceType<typeof SecurityEventSort>;
