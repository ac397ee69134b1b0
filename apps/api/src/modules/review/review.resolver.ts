import { canSeePii, maskField, type OperatorReviewStats, PII_FIELDS, type PendingChangeAction, pendingChangeNextActions, type ReviewErrorReason, type ReviewPeriod } from '@sanxin/domain';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { PageInput, PageType } from '../../graphql/pagination';
import { StepNoteInput } from '../../graphql/step-note.input';
import { requireViewer } from '../../shared/viewer';
import { Staff, staffLoaders } from '../staff';
import { PendingChange } from './pending-change.entity';
import { PendingChangeActionEnum, ReviewFieldEnum, ReviewPeriodEnum } from './review.enums';
import { PendingChangeFilter, PendingChangeSort, RejectPendingChangeInput } from './review.inputs';
import { approvePendingChange, getPendingChange, listPendingChanges, rejectPendingChange, reviewStatistics, withdrawPendingChange } from './review.service';

const PendingChangePage = PageType(PendingChange, 'PendingChange');

@ObjectType({ description: 'One held field: its value when the change was submitted and the value asked for' })
export class PendingFieldChange {
  @Field(() => ReviewFieldEnum, { description: 'The field' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value when submitted (masked for a viewer who may not see it); null for none' })
  oldValue: string | null;

  @Field(() => String, { nullable: true, description: 'The value asked for (masked for a viewer who may not see it); null for none' })
  newValue: string | null;

  @Field(() => Boolean, { description: 'True when this viewer sees the values masked (保密)' })
  masked: boolean;
}

@ObjectType({ description: '复核 figures of one operator (the person who submitted) for one day or month' })
export class OperatorReviewStatsRow {
  @Field(() => ID, { description: 'The operator' })
  operatorId: string;

  @Field(() => String, { description: 'The day of submission as year-month-day, or its month as year-month, in the business time zone' })
  period: string;

  @Field(() => Int, { description: 'Changes submitted' })
  submitted: number;

  @Field(() => Int, { description: 'Approved' })
  approved: number;

  @Field(() => Int, { description: 'Rejected (差错)' })
  rejected: number;

  @Field(() => Int, { description: 'Withdrawn by the operator' })
  withdrawn: number;

  @Field(() => Int, { description: 'Still awaiting review' })
  pending: number;

  @Field(() => Float, { nullable: true, description: 'Error rate (差错率): rejected ÷ decided, 0–1; null when none was decided' })
  errorRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from submission to decision; null when none was decided' })
  medianCycleMinutes: number | null;

  @Field(() => Float, { nullable: true, description: 'Average minutes from submission to decision; null when none was decided' })
  averageCycleMinutes: number | null;
}

@Resolver(() => PendingChange)
export class PendingChangeResolver {
  @Authorized('pendingChange:list')
  @Query(() => PendingChangePage, { description: '复核: held changes, a page at a time (an agent sees the ones they submitted)' })
  async pendingChanges(
    @Ctx() ctx: Context,
    @Arg('filter', () => PendingChangeFilter, { nullable: true, description: 'Which changes' }) filter?: PendingChangeFilter,
    @Arg('sort', () => [PendingChangeSort], { nullable: true, description: 'Order (default: newest submission first)' }) sort?: PendingChangeSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return PendingChangePage.of(await listPendingChanges(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('pendingChange:show')
  @Query(() => PendingChange, { nullable: true, description: 'One held change by id; null when it does not exist' })
  pendingChange(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string): Promise<PendingChange | null> {
    return getPendingChange(serviceContext(ctx), id);
  }

  @Authorized('pendingChange:list')
  @Query(() => [OperatorReviewStatsRow], { description: '复核 statistics per operator and day or month: changes, rejections, error rate, cycle time (an agent sees their own)' })
  reviewStatistics(
    @Ctx() ctx: Context,
    @Arg('period', () => ReviewPeriodEnum, { description: 'Per day or per month' }) period: ReviewPeriod,
    @Arg('from', () => LocalDateScalar, { description: 'First day (submission date, business time zone)' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included (at most 366 days after from)' }) to: string,
    @Arg('operatorId', () => ID, { nullable: true, description: 'Only this operator' }) operatorId?: string,
  ): Promise<OperatorReviewStats[]> {
    return reviewStatistics({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone }, { period, from, to, operatorId });
  }

  @Authorized('pendingChange:approve')
  @Mutation(() => PendingChange, { description: '复核通过: applies the held values to the record (CONFLICT when a held field changed since); never by the submitter' })
  approvePendingChange(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the decision is based on' }) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark' }) input?: StepNoteInput,
  ): Promise<PendingChange> {
    return approvePendingChange(serviceContext(ctx), id, version, input?.note);
  }

  @Authorized('pendingChange:approve')
  @Mutation(() => PendingChange, { description: '复核退回 with an error reason; the record keeps its values; never by the submitter' })
  rejectPendingChange(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the decision is based on' }) version: number,
    @Arg('input', () => RejectPendingChangeInput, { description: 'The error reason' }) input: RejectPendingChangeInput,
  ): Promise<PendingChange> {
    return rejectPendingChange(serviceContext(ctx), id, version, input as { reason: ReviewErrorReason; note?: string | null });
  }

  @Authorized('pendingChange:edit')
  @Mutation(() => PendingChange, { description: 'The submitter takes a held change back before it is decided' })
  withdrawPendingChange(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the step is based on' }) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark' }) input?: StepNoteInput,
  ): Promise<PendingChange> {
    return withdrawPendingChange(serviceContext(ctx), id, version, input?.note);
  }

  @FieldResolver(() => [PendingFieldChange], { description: 'The held fields, old → new' })
  changes(@Root() change: PendingChange, @Ctx() ctx: Context): PendingFieldChange[] {
    const viewer = requireViewer(ctx.viewer);
    // 保密: reviewers see PII unmasked by role; anyone else sees what they submitted themselves.
    const masked = !canSeePii(viewer.role, change.entity, { isOwner: change.submittedById === viewer.id });
    const piiFields = PII_FIELDS[change.entity] ?? [];
    const view = (field: string, value: string | null) => (masked && piiFields.includes(field) ? (field === 'amount' ? null : maskField(field, value)) : value);
    return change.fieldChanges.map(({ field, oldValue, newValue }) => ({
      field,
      oldValue: view(field, oldValue),
      newValue: view(field, newValue),
      masked: masked && piiFields.includes(field),
    }));
  }

  @FieldResolver(() => [PendingChangeActionEnum], { description: 'The steps this viewer may take now, each a mutation (APPROVE → approvePendingChange)' })
  availableActions(@Root() change: PendingChange, @Ctx() ctx: Context): PendingChangeAction[] {
    return pendingChangeNextActions(change.status, requireViewer(ctx.viewer), change.submittedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who submitted the change' })
  submittedBy(@Root() change: PendingChange, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(change.submittedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who decided or withdrew it; null while pending' })
  decidedBy(@Root() change: PendingChange, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return change.decidedById ? staffLoaders(ctx).staffById.load(change.decidedById) : null;
  }
}

@Resolver(() => OperatorReviewStatsRow)
export class OperatorReviewStatsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The operator as a staff member' })
  operator(@Root() row: OperatorReviewStatsRow, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(row.operatorId);
  }
}
