import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { CallListStatus } from '@sanxin/domain';
import { SortInputType } from '../../graphql/pagination';
import { CallListStatusEnum } from './call-list.enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { CallListFilterInput } from './call-list-filter';

@InputType({ description: "A new call list's values (a draft until launched)" })
export class CreateCallListInput {
  @Field(() => String, { description: 'Name (任务名称)' })
  name: string;

  @Field(() => ID, { description: 'The call script the agents follow' })
  callScriptId: string;

  @Field(() => CallListFilterInput, { nullable: true, description: 'Which customers; none means everyone' })
  filter?: CallListFilterInput | null;

  @Field(() => [ID], { description: 'The agents who call (active staff)' })
  agentIds: string[];

  @Field(() => Int, { description: 'Calls per agent and working day at most (1–500)' })
  dailyQuota: number;
}

@InputType({ description: 'Only the fields given change; only a draft changes' })
export class UpdateCallListInput {
  @Field(() => String, { nullable: true, description: 'Name (任务名称)' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The call script the agents follow' })
  callScriptId?: string | null;

  @Field(() => CallListFilterInput, { nullable: true, description: 'Which customers, replacing the current filter' })
  filter?: CallListFilterInput | null;

  @Field(() => [ID], { nullable: true, description: 'The agents who call' })
  agentIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Calls per agent and working day at most (1–500)' })
  dailyQuota?: number | null;
}

@InputType({ description: 'How a call list is launched' })
export class LaunchCallListInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day of calls (not before today); default today, or tomorrow once today’s calling hours are over' })
  startDate?: string | null;
}

@InputType({ description: 'Which call lists a list returns: every field given must match' })
export class CallListFilter {
  @Field(() => String, { nullable: true, description: 'Text in the name' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [CallListStatusEnum], { nullable: true, description: 'Only lists in these statuses (drafts, launched)' })
  status?: CallListStatus[] | null;
}

export const CALL_LIST_SORT_FIELDS = ['NAME', 'CREATED_AT', 'UPDATED_AT'] as const;
export type CallListSortField = (typeof CALL_LIST_SORT_FIELDS)[number];
export const CallListSort = SortInputType('CallList', CALL_LIST_SORT_FIELDS);
export type CallListSort = InstanceType<typeof CallListSort>;
