import { callPreferencesOf, callStatus, FOLLOW_UP_STEPS, followUpNextActions, followUpStanding, stepsOf } from '@sanxin/domain';
import type { FollowUpTrigger } from '@sanxin/domain';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { requireViewer } from '../../shared/viewer';
import { Contact, contactLoaders } from '../contact';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { FollowUpAttempt } from './follow-up-attempt.entity';
import { FollowUp } from './follow-up.entity';
import { followUpSatisfaction } from './follow-up-satisfaction.service';
import { FollowUpActionEnum, FollowUpTriggerEnum } from './follow-up.enums';
import {
  CompleteFollowUpInput,
  CreateFollowUpInput,
  FollowUpFilter,
  FollowUpReasonInput,
  FollowUpSort,
  ReassignFollowUpInput,
  RecordFollowUpAttemptInput,
  UpdateFollowUpInput,
} from './follow-up.inputs';
import { followUpLoaders } from './follow-up.loaders';
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  deleteFollowUp,
  type FollowUpContext,
  getFollowUp,
  listFollowUps,
  reassignFollowUp,
  recordFollowUpAttempt,
  retryFollowUp,
  updateFollowUp,
} from './follow-up.service';

const FollowUpPage = PageType(FollowUp, 'FollowUp');

@ObjectType({ description: 'Whether the customer may be called now (一个避免: never in their rest hours)' })
class CallWindowStatus {
  @Field(() => Boolean, { description: 'Inside a calling window now' })
  callable: boolean;

  @Field(() => Date, { nullable: true, description: 'When not: the next time the customer may be called ("not before 14:00"); null when never (do not call)' })
  nextAt: Date | null;
}

const followUpContext = (ctx: Context): FollowUpContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Authorized('followUp:list')
  @Query(() => FollowUpPage, { description: 'Follow-ups: an agent sees their own, a shift leader their team’s, QA and the managers all; due first by default' })
  async followUps(
    @Ctx() ctx: Context,
    @Arg('filter', () => FollowUpFilter, { nullable: true, description: 'Which follow-ups' }) filter?: FollowUpFilter,
    @Arg('sort', () => [FollowUpSort], { nullable: true, description: 'Order; default DUE_AT ascending' }) sort?: FollowUpSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return FollowUpPage.of(await listFollowUps(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('followUp:show')
  @Query(() => FollowUp, { nullable: true, description: 'One follow-up; null when none the viewer may see' })
  followUp(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string): Promise<FollowUp | null> {
    return getFollowUp(serviceContext(ctx), id);
  }

  @Authorized('followUp:create')
  @Mutation(() => FollowUp, { description: 'A follow-up made by hand (MANUAL)' })
  createFollowUp(@Ctx() ctx: Context, @Arg('input', () => CreateFollowUpInput, { description: 'The follow-up' }) input: CreateFollowUpInput): Promise<FollowUp> {
    return createFollowUp(followUpContext(ctx), input);
  }

  @Authorized('followUp:edit')
  @Mutation(() => FollowUp, { description: 'Changes the contact, due time or note (the assignee or their leader)' })
  updateFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => UpdateFollowUpInput, { description: 'The changes' }) input: UpdateFollowUpInput,
  ): Promise<FollowUp> {
    return updateFollowUp(followUpContext(ctx), id, version, input);
  }

  @Authorized('followUp:delete')
  @Mutation(() => ID, { description: 'Archives the follow-up; answers its id, for clients to evict it from their cache' })
  async deleteFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
  ): Promise<string> {
    await deleteFollowUp(serviceContext(ctx), id, version);
    return id;
  }

  @Authorized('followUp:edit')
  @Mutation(() => FollowUp, { description: 'recordAttempt: OPEN/IN_PROGRESS → IN_PROGRESS, UNREACHABLE (failed attempts spent, wrong number) or DONE (refused); RULE_VIOLATION quietHours outside the calling windows' })
  recordFollowUpAttempt(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => RecordFollowUpAttemptInput, { description: 'The attempt' }) input: RecordFollowUpAttemptInput,
  ): Promise<FollowUp> {
    return recordFollowUpAttempt(followUpContext(ctx), id, version, input);
  }

  @Authorized('followUp:edit')
  @Mutation(() => FollowUp, { description: 'complete: IN_PROGRESS → DONE with the result, after the customer was reached (RULE_VIOLATION notReached before)' })
  completeFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => CompleteFollowUpInput, { description: 'The result' }) input: CompleteFollowUpInput,
  ): Promise<FollowUp> {
    return completeFollowUp(followUpContext(ctx), id, version, input);
  }

  @Authorized('followUp:assign')
  @Mutation(() => FollowUp, { description: 'reassign: to another member of staff (the assignee’s leader or a manager)' })
  reassignFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => ReassignFollowUpInput, { description: 'The new assignee and why' }) input: ReassignFollowUpInput,
  ): Promise<FollowUp> {
    return reassignFollowUp(followUpContext(ctx), id, version, input);
  }

  @Authorized('followUp:assign')
  @Mutation(() => FollowUp, { description: 'cancel: → CANCELLED, with the reason (the assignee’s leader or a manager)' })
  cancelFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => FollowUpReasonInput, { description: 'Why' }) input: FollowUpReasonInput,
  ): Promise<FollowUp> {
    return cancelFollowUp(followUpContext(ctx), id, version, input);
  }

  @Authorized('followUp:assign')
  @Mutation(() => FollowUp, { description: 'retry: UNREACHABLE → OPEN, to be tried again; earlier failed attempts no longer count' })
  retryFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; CONFLICT when stale' }) version: number,
    @Arg('input', () => FollowUpReasonInput, { description: 'Why' }) input: FollowUpReasonInput,
  ): Promise<FollowUp> {
    return retryFollowUp(followUpContext(ctx), id, version, input);
  }

  @FieldResolver(() => [FollowUpActionEnum], { description: 'The steps this viewer may take now' })
  async availableActions(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<string[]> {
    const viewer = requireViewer(ctx.viewer);
    const me = await staffLoaders(ctx).staffById.load(viewer.id);
    return stepsOf(FOLLOW_UP_STEPS, followUpNextActions(record.status, followUpStanding({ id: viewer.id, role: viewer.role, teamId: me?.teamId ?? null }, record)));
  }

  @FieldResolver(() => [FollowUpActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<string[]> {
    return this.availableActions(record, ctx);
  }

  @FieldResolver(() => CallWindowStatus, { description: 'Whether the customer may be called now, or from when: the calling windows narrowed by the customer’s preferences' })
  async callWindow(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<CallWindowStatus> {
    const [{ calendar, policy }, customer] = await Promise.all([followUpLoaders(ctx).callRules(), customerLoaders(ctx).customerById.load(record.customerId)]);
    const status = callStatus(ctx.clock.now(), calendar, policy, callPreferencesOf(customer));
    return { callable: status.callable, nextAt: status.callable ? null : status.nextAt };
  }

  @FieldResolver(() => Boolean, { description: 'Past due and not finished' })
  overdue(@Root() record: FollowUp, @Ctx() ctx: Context): boolean {
    return !['DONE', 'CANCELLED', 'UNREACHABLE'].includes(record.status) && record.dueAt.getTime() < ctx.clock.now().getTime();
  }

  @FieldResolver(() => [FollowUpAttempt], { description: 'The call attempts, oldest first' })
  attempts(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<FollowUpAttempt[]> {
    return followUpLoaders(ctx).attempts.load(record.id);
  }

  @FieldResolver(() => FollowUpAttempt, { nullable: true, description: 'The latest call attempt (one statement for a page); null before the first call' })
  lastAttempt(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<FollowUpAttempt | null> {
    // Asked even before the first call, so that a page costs the same statements whatever its rows.
    return followUpLoaders(ctx).lastAttempt.load(record.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer to call (PII masked by role)' })
  customer(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(record.customerId);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact person to ask for' })
  contact(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<Contact | null> | null {
    return record.contactId ? contactLoaders(ctx).contactById.load(record.contactId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who created it by hand; null when a trigger did' })
  createdBy(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return record.createdById ? staffLoaders(ctx).staffById.load(record.createdById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who calls' })
  assignee(@Root() record: FollowUp, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(record.assigneeId);
  }
}

@Resolver(() => FollowUpAttempt)
export class FollowUpAttemptResolver {
  @FieldResolver(() => FollowUp, { nullable: true, description: 'The follow-up' })
  followUp(@Root() attempt: FollowUpAttempt, @Ctx() ctx: Context): Promise<FollowUp | null> {
    return followUpLoaders(ctx).followUpById.load(attempt.followUpId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who called' })
  actor(@Root() attempt: FollowUpAttempt, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(attempt.actorId);
  }
}

@ObjectType({ description: '满意度统计: the answers of one agent’s follow-ups of one trigger (and complaint category) done in one month' })
export class FollowUpSatisfactionRow {
  @Field(() => String, { description: 'The month, business time (2026-12)' })
  month: string;

  @Field(() => ID, { description: 'The agent who called' })
  assigneeId: string;

  @Field(() => FollowUpTriggerEnum, { description: 'What the follow-ups were created for' })
  trigger: FollowUpTrigger;

  @Field(() => ID, { nullable: true, description: 'The complaint category (投诉类别) of complaint follow-ups; null for the other triggers' })
  categoryId: string | null;

  @Field(() => Int, { description: '满意' })
  satisfied: number;

  @Field(() => Int, { description: '一般' })
  average: number;

  @Field(() => Int, { description: '不满意' })
  unsatisfied: number;

  @Field(() => Float, { nullable: true, description: 'Mean score 1-5, two decimals; null when none was scored' })
  meanScore: number | null;
}

@Resolver(() => FollowUpSatisfactionRow)
export class FollowUpSatisfactionResolver {
  @Authorized('followUp:list')
  @Query(() => [FollowUpSatisfactionRow], {
    description: '满意度统计 per month, agent, trigger and complaint category: an agent counts their own, a shift leader their team’s, QA and the managers everyone’s; at most 24 months',
  })
  followUpSatisfaction(
    @Ctx() ctx: Context,
    @Arg('fromMonth', () => String, { description: 'The first month (2026-01)' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'The last month, included' }) toMonth: string,
    @Arg('assigneeId', () => ID, { nullable: true, description: 'One agent only' }) assigneeId?: string,
  ): Promise<FollowUpSatisfactionRow[]> {
    return followUpSatisfaction(serviceContext(ctx), fromMonth, toMonth, ctx.config.businessTimeZone, assigneeId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The agent who called' })
  assignee(@Root() row: FollowUpSatisfactionRow, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(row.assigneeId);
  }
}
