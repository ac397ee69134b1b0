import { ASSESSMENT_STEPS, type AssessmentStep, assessmentNextActions, finalAssessmentScore, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { MonthlyAssessmentActionEnum } from './assessment.enums';
import { AdjustMonthlyAssessmentInput, ComputeMonthlyAssessmentsInput, ConfirmMonthlyAssessmentInput, MonthlyAssessmentComputation, MonthlyAssessmentFilter, MonthlyAssessmentSort } from './assessment.inputs';
import { adjustMonthlyAssessment, computeMonthlyAssessments, confirmMonthlyAssessment, listMonthlyAssessments } from './assessment.service';
import { MonthlyAssessment } from './monthly-assessment.entity';

@ObjectType({ description: 'One part of the assessment: its 0–100 value and its weight; a part with nothing to measure passes its weight to the others' })
export class AssessmentPartFigure {
  @Field(() => String, { description: 'qa, followUpTimeliness, complaintTimeliness, satisfaction or discipline' })
  part: string;

  @Field(() => Float, { nullable: true, description: '0–100 before weighting, one decimal; null when the month gave it nothing to measure' })
  value: number | null;

  @Field(() => Float, { description: 'Its relative weight (setting quality.assessmentWeight.* when computed)' })
  weight: number;
}

const MonthlyAssessmentPage = PageType(MonthlyAssessment, 'MonthlyAssessment');

@Resolver(() => MonthlyAssessment)
export class MonthlyAssessmentResolver {
  @Authorized('monthlyAssessment:list')
  @Query(() => MonthlyAssessmentPage, { description: '月考核, a page at a time: an agent sees only their own, a shift leader their team’s. BAD_USER_INPUT filter.month (invalidMonth)' })
  async monthlyAssessments(
    @Ctx() ctx: Context,
    @Arg('filter', () => MonthlyAssessmentFilter, { nullable: true }) filter?: MonthlyAssessmentFilter,
    @Arg('sort', () => [MonthlyAssessmentSort], { nullable: true }) sort?: MonthlyAssessmentSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return MonthlyAssessmentPage.of(await listMonthlyAssessments(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('monthlyAssessment:show')
  @Query(() => MonthlyAssessment, { nullable: true, description: 'One monthly assessment; null when it does not exist or is not the viewer’s to see' })
  async monthlyAssessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<MonthlyAssessment | null> {
    return (await listMonthlyAssessments(serviceContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('monthlyAssessment:create')
  @Mutation(() => MonthlyAssessmentComputation, {
    description: 'Computes (or recomputes) the month for every active agent; confirmed assessments never change. BAD_USER_INPUT month (invalidMonth, inFuture), staffIds (notFound, tooMany)',
  })
  computeMonthlyAssessments(@Ctx() ctx: Context, @Arg('input', () => ComputeMonthlyAssessmentsInput) input: ComputeMonthlyAssessmentsInput): Promise<MonthlyAssessmentComputation> {
    return computeMonthlyAssessments(serviceContext(ctx), input, ctx.config.businessTimeZone);
  }

  @Authorized('monthlyAssessment:approve')
  @Mutation(() => MonthlyAssessment, { description: '调整: a manager sets the score with a reason (audited). BAD_USER_INPUT score (outOfRange), reason (required, tooLong); INVALID_TRANSITION once confirmed; FORBIDDEN for one’s own' })
  adjustMonthlyAssessment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AdjustMonthlyAssessmentInput) input: AdjustMonthlyAssessmentInput,
  ): Promise<MonthlyAssessment> {
    return adjustMonthlyAssessment(serviceContext(ctx), id, version, input);
  }

  @Authorized('monthlyAssessment:approve')
  @Mutation(() => MonthlyAssessment, { description: '认定: a manager confirms; final afterwards. INVALID_TRANSITION when already confirmed; FORBIDDEN for one’s own' })
  confirmMonthlyAssessment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ConfirmMonthlyAssessmentInput, { nullable: true }) input?: ConfirmMonthlyAssessmentInput,
  ): Promise<MonthlyAssessment> {
    return confirmMonthlyAssessment(serviceContext(ctx), id, version, input);
  }

  @FieldResolver(() => Float, { description: 'The score that counts: the adjusted score when adjusted, else the computed one' })
  score(@Root() assessment: MonthlyAssessment): number {
    return finalAssessmentScore(assessment);
  }

  @FieldResolver(() => [AssessmentPartFigure], { description: 'The five parts behind the score, each with its value and weight' })
  parts(@Root() assessment: MonthlyAssessment): AssessmentPartFigure[] {
    return Object.entries(assessment.weights).map(([part, weight]) => ({ part, weight, value: assessment.parts[part as keyof typeof assessment.parts] ?? null }));
  }

  @FieldResolver(() => [MonthlyAssessmentActionEnum], { description: 'The steps this viewer may take now, each one mutation' })
  availableActions(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): AssessmentStep[] {
    return ctx.viewer ? stepsOf(ASSESSMENT_STEPS, assessmentNextActions(assessment.status, ctx.viewer, assessment.staffId)) : [];
  }

  @FieldResolver(() => [MonthlyAssessmentActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): AssessmentStep[] {
    return this.availableActions(assessment, ctx);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The assessed agent' })
  staff(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(assessment.staffId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'Their team when computed' })
  team(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): Promise<Team | null> | null {
    return assessment.teamId ? teamLoaders(ctx).teamById.load(assessment.teamId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who confirmed it' })
  confirmedBy(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return assessment.confirmedById ? staffLoaders(ctx).staffById.load(assessment.confirmedById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who adjusted the score, when adjusted' })
  adjustedBy(@Root() assessment: MonthlyAssessment, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return assessment.adjustedById ? staffLoaders(ctx).staffById.load(assessment.adjustedById) : null;
  }
}
