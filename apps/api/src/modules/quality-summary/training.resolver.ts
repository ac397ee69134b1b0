import { stepsOf, TRAINING_PLAN_STEPS, type TrainingPlanStep, trainingPlanMachine, canAccess } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { TrainingPlanActionEnum } from './quality-summary.enums';
import { TrainingPlan } from './training-plan.entity';
import { TrainingResult, TrainingSession } from './training-session.entity';
import { ArchiveTrainingPlanInput, CreateTrainingPlanInput, CreateTrainingSessionInput, TrainingPlanFilter, TrainingPlanSort, UpdateTrainingPlanInput } from './training.inputs';
import { trainingLoaders } from './training.loaders';
import { archiveTrainingPlan, createTrainingPlan, createTrainingSession, listTrainingPlans, updateTrainingPlan } from './training.service';

const TrainingPlanPage = PageType(TrainingPlan, 'TrainingPlan');

const present = (staff: Array<Staff | null>) => staff.filter((s): s is Staff => s !== null);

@Resolver(() => TrainingPlan)
export class TrainingPlanResolver {
  @Authorized('trainingPlan:list')
  @Query(() => TrainingPlanPage, { description: 'Training plans, a page at a time (an agent: the plans they are in)' })
  async trainingPlans(
    @Ctx() ctx: Context,
    @Arg('filter', () => TrainingPlanFilter, { nullable: true }) filter?: TrainingPlanFilter,
    @Arg('sort', () => [TrainingPlanSort], { nullable: true }) sort?: TrainingPlanSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return TrainingPlanPage.of(await listTrainingPlans(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('trainingPlan:show')
  @Query(() => TrainingPlan, { nullable: true, description: 'One training plan by id; null when it does not exist or the viewer may not see it' })
  async trainingPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<TrainingPlan | null> {
    return (await listTrainingPlans(serviceContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('trainingPlan:create')
  @Mutation(() => TrainingPlan, { description: '培训计划 from a QA summary. BAD_USER_INPUT: topic, agentIds (required, duplicate, tooMany, notFound), plannedOn (invalidDate)' })
  createTrainingPlan(@Ctx() ctx: Context, @Arg('input', () => CreateTrainingPlanInput) input: CreateTrainingPlanInput): Promise<TrainingPlan> {
    return createTrainingPlan(serviceContext(ctx), input);
  }

  @Authorized('trainingPlan:edit')
  @Mutation(() => TrainingPlan, { description: 'Changes a planned training plan; INVALID_TRANSITION once archived, CONFLICT on a stale version' })
  updateTrainingPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateTrainingPlanInput) input: UpdateTrainingPlanInput,
  ): Promise<TrainingPlan> {
    return updateTrainingPlan(serviceContext(ctx), id, version, input);
  }

  @Authorized('trainingPlan:edit')
  @Mutation(() => TrainingPlan, { description: '归档: the plan and its sessions become read-only and are kept (never deleted); INVALID_TRANSITION when already archived' })
  archiveTrainingPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ArchiveTrainingPlanInput, { nullable: true }) input?: ArchiveTrainingPlanInput,
  ): Promise<TrainingPlan> {
    return archiveTrainingPlan(serviceContext(ctx), id, version, input);
  }

  @Authorized('trainingPlan:edit')
  @Mutation(() => TrainingSession, { description: '培训记录: a session with attendance and exam scores. BAD_USER_INPUT notInPlan / duplicate / scoreWithoutAttendance / outOfRange; INVALID_TRANSITION when the plan is archived' })
  createTrainingSession(@Ctx() ctx: Context, @Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput): Promise<TrainingSession> {
    return createTrainingSession(serviceContext(ctx), input);
  }

  @FieldResolver(() => [ID], { description: 'Ids of the agents to train' })
  agentIds(@Root() plan: TrainingPlan, @Ctx() ctx: Context): Promise<string[]> {
    return trainingLoaders(ctx).agentIdsByPlanId.load(plan.id);
  }

  @FieldResolver(() => [Staff], { description: 'The agents to train' })
  async agents(@Root() plan: TrainingPlan, @Ctx() ctx: Context): Promise<Staff[]> {
    const ids = await trainingLoaders(ctx).agentIdsByPlanId.load(plan.id);
    return present(await Promise.all(ids.map((id) => staffLoaders(ctx).staffById.load(id))));
  }

  @FieldResolver(() => [TrainingSession], { description: 'Its sessions, oldest first' })
  sessions(@Root() plan: TrainingPlan, @Ctx() ctx: Context): Promise<TrainingSession[]> {
    return trainingLoaders(ctx).sessionsByPlanId.load(plan.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who planned it' })
  createdBy(@Root() plan: TrainingPlan, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(plan.createdById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who archived it; null while it is in use' })
  archivedBy(@Root() plan: TrainingPlan, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return plan.archivedById ? staffLoaders(ctx).staffById.load(plan.archivedById) : null;
  }

  @FieldResolver(() => [TrainingPlanActionEnum], { description: 'The steps this viewer may take now, each one mutation' })
  availableActions(@Root() plan: TrainingPlan, @Ctx() ctx: Context): TrainingPlanStep[] {
    if (!ctx.viewer || !canAccess(ctx.viewer.role, 'trainingPlan', 'edit')) return [];
    return stepsOf(TRAINING_PLAN_STEPS, trainingPlanMachine.allowedActions(plan.status));
  }

  @FieldResolver(() => [TrainingPlanActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() plan: TrainingPlan, @Ctx() ctx: Context): TrainingPlanStep[] {
    return this.availableActions(plan, ctx);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => [TrainingResult], { description: 'Attendance and exam score per agent' })
  results(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<TrainingResult[]> {
    return trainingLoaders(ctx).resultsBySessionId.load(session.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the session' })
  recordedBy(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(session.recordedById);
  }
}

@Resolver(() => TrainingResult)
export class TrainingResultResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The agent' })
  staff(@Root() result: TrainingResult, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(result.staffId);
  }
}
