import type { RosterStatus } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { RosterStatusEnum } from './scheduling.enums';

@InputType({ description: 'Which rosters a list returns: every field given must match' })
export class RosterFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only this team's rosters" })
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month?: string | null;

  @Field(() => [RosterStatusEnum], { nullable: true, description: 'Only months in these statuses; drafts are visible to leaders and managers only' })
  status?: RosterStatus[] | null;
}

export const ROSTER_SORT_FIELDS = ['MONTH'] as const;
export const RosterSort = SortInputType('Roster', ROSTER_SORT_FIELDS);
export type RosterSort = InstanceType<typeof RosterSort>;
