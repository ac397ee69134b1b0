import { evaluationNextActions, type ScorecardDimension } from '@sanxin/domain';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { requireViewer } from '../../shared/viewer';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { EvaluatedKindEnum, QualityEvaluationActionEnum, QuotaStatusEnum } from './quality.enums';
import {
  AcknowledgeQualityEvaluationInput,
  CreateQualityEvaluationInput,
  CreateScorecardTemplateInput,
  QualityEvaluationFilter,
  QualityEvaluationReasonInput,
  QualityEvaluationSort,
  ReviseQualityEvaluationInput,
  ScorecardDimensionValue,
  ScorecardTemplateFilter,
  ScorecardTemplateSort,
  SubmitQualityEvaluationInput,
  UpdateQualityEvaluationInput,
  UpdateScorecardTemplateInput,
} from './quality.inputs';
import { qualityLoaders } from './quality.loaders';
import { QualityEvaluation } from './quality-evaluation.entity';
import {
  acknowledgeQualityEvaluation,
  createQualityEvaluation,
  disputeQualityEvaluation,
  getQualityEvaluation,
  listQualityEvaluations,
  type QualityContext,
  reviseQualityEvaluation,
  submitQualityEvaluation,
  updateQualityEvaluation,
  upholdQualityEvaluation,
} from './quality-evaluation.service';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';
import { agentsUnderQuota, qualityQueue, qualityTrend } from './quality-sampling.service';
import { ScorecardTemplate } from './scorecard-template.entity';
import { createScorecardTemplate, getScorecardTemplate, listScorecardTemplates, templateOf, updateScorecardTemplate } from './scorecard-template.service';
import { ScorecardTemplateVersion } from './scorecard-template-version.entity';
import type { EvaluatedKind, QuotaStatus } from '@sanxin/domain';

const qualityContext = (ctx: Context): QualityContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });
const ScorecardTemplatePage = PageType(ScorecardTemplate, 'ScorecardTemplate');
const QualityEvaluationPage = PageType(QualityEvaluation, 'QualityEvaluation');
const ID_ARG = { description: 'Identifier' };
const VERSION_ARG = { description: 'The version read; CONFLICT when stale' };

@ObjectType({ description: 'A record the sampler proposes for evaluation (抽检建议)' })
class QualitySampleProposal {
  @Field(() => EvaluatedKindEnum, { description: 'What kind of record' })
  kind: EvaluatedKind;

  @Field(() => ID, { description: 'The record' })
  id: string;

  @Field(() => String, { description: 'Its channel' })
  channel: string;

  @Field(() => Boolean, { description: 'A complaint or an unsatisfied follow-up (weighted up)' })
  flagged: boolean;

  @Field(() => ID, { nullable: true, description: 'The evaluation already made of it; null while none' })
  evaluationId: string | null;
}

@ObjectType({ description: 'One agent in the inspector’s queue: the month’s quota progress and the proposed records' })
class QualityQueueRow {
  @Field(() => ID, { description: 'The agent' })
  agentId: string;

  @Field(() => Staff, { nullable: true, description: 'The agent' })
  agent?: Staff | null;

  @Field(() => Int, { description: 'Evaluations of the agent’s records of the month (drafts included)' })
  evaluations: number;

  @Field(() => QuotaStatusEnum, { description: 'Under, within or over the quota' })
  quotaStatus: QuotaStatus;

  @Field(() => Int, { description: 'quality.minPerAgent' })
  minPerAgent: number;

  @Field(() => Int, { description: 'quality.maxPerAgent: beyond it an evaluation needs a reason' })
  maxPerAgent: number;

  @Field(() => [QualitySampleProposal], { description: 'The sampler’s proposals, the same for the same month and seed' })
  proposals: QualitySampleProposal[];
}

@ObjectType({ description: 'An agent’s quality in one month' })
class MonthlyQualityRow {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Float, { nullable: true, description: 'Average total of the month’s evaluations (drafts left out); null without any' })
  averageTotal: number | null;

  @Field(() => Int, { description: 'How many evaluations' })
  evaluations: number;
}

@Resolver(() => ScorecardTemplate)
export class ScorecardTemplateResolver {
  @Authorized('scorecardTemplate:list')
  @Query(() => ScorecardTemplatePage, { description: '质检评分表: the scorecards, a page at a time' })
  async scorecardTemplates(
    @Ctx() ctx: Context,
    @Arg('filter', () => ScorecardTemplateFilter, { nullable: true, description: 'Which scorecards' }) filter?: ScorecardTemplateFilter,
    @Arg('sort', () => [ScorecardTemplateSort], { nullable: true, description: 'Order (default: by name)' }) sort?: ScorecardTemplateSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return ScorecardTemplatePage.of(await listScorecardTemplates(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('scorecardTemplate:show')
  @Query(() => ScorecardTemplate, { nullable: true, description: 'One scorecard by id; null when it does not exist' })
  scorecardTemplate(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<ScorecardTemplate | null> {
    return getScorecardTemplate(serviceContext(ctx), id);
  }

  @Authorized('scorecardTemplate:create')
  @Mutation(() => ScorecardTemplate, { description: 'Adds a scorecard (version 1)' })
  createScorecardTemplate(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateScorecardTemplateInput, { description: 'The scorecard' }) input: CreateScorecardTemplateInput,
  ): Promise<ScorecardTemplate> {
    return createScorecardTemplate(serviceContext(ctx), input);
  }

  @Authorized('scorecardTemplate:edit')
  @Mutation(() => ScorecardTemplate, { description: 'Changes a scorecard; new dimensions, critical items or name save a new version, evaluations keep theirs' })
  updateScorecardTemplate(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateScorecardTemplateInput, { description: 'What changes' }) input: UpdateScorecardTemplateInput,
  ): Promise<ScorecardTemplate> {
    return updateScorecardTemplate(serviceContext(ctx), id, version, input);
  }

  @FieldResolver(() => ScorecardTemplateVersion, { nullable: true, description: 'The current version' })
  current(@Root() template: ScorecardTemplate, @Ctx() ctx: Context): Promise<ScorecardTemplateVersion | null> {
    return qualityLoaders(ctx).templateVersion(template.id, template.currentVersion);
  }

  @FieldResolver(() => [ScorecardTemplateVersion], { description: 'Every version, newest first' })
  versions(@Root() template: ScorecardTemplate, @Ctx() ctx: Context): Promise<ScorecardTemplateVersion[]> {
    return qualityLoaders(ctx).versionsByTemplateId.load(template.id);
  }
}

@Resolver(() => ScorecardTemplateVersion)
export class ScorecardTemplateVersionResolver {
  @FieldResolver(() => [ScorecardDimensionValue], { description: 'The dimensions, in order' })
  dimensions(@Root() version: ScorecardTemplateVersion): ScorecardDimension[] {
    return [...templateOf(version).dimensions];
  }

  @FieldResolver(() => ScorecardTemplate, { nullable: true, description: 'The scorecard' })
  template(@Root() version: ScorecardTemplateVersion, @Ctx() ctx: Context): Promise<ScorecardTemplate | null> {
    return qualityLoaders(ctx).templateById.load(version.templateId);
  }

  @FieldResolver(() => [String], { description: 'The critical item codes (否决项)' })
  criticalItems(@Root() version: ScorecardTemplateVersion): string[] {
    return templateOf(version).criticalItems.map((c) => c.code);
  }
}

@Resolver(() => QualityEvaluation)
export class QualityEvaluationResolver {
  @Authorized('qualityEvaluation:list')
  @Query(() => QualityEvaluationPage, { description: '质检评分: evaluations, a page at a time; an agent gets only their own, submitted ones' })
  async qualityEvaluations(
    @Ctx() ctx: Context,
    @Arg('filter', () => QualityEvaluationFilter, { nullable: true, description: 'Which evaluations' }) filter?: QualityEvaluationFilter,
    @Arg('sort', () => [QualityEvaluationSort], { nullable: true, description: 'Order (default: newest first)' }) sort?: QualityEvaluationSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return QualityEvaluationPage.of(await listQualityEvaluations(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('qualityEvaluation:show')
  @Query(() => QualityEvaluation, { nullable: true, description: 'One evaluation; null when it does not exist or is not the viewer’s to see' })
  qualityEvaluation(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<QualityEvaluation | null> {
    return getQualityEvaluation(serviceContext(ctx), id);
  }

  @Authorized('qualityEvaluation:create')
  @Query(() => [QualityQueueRow], {
    description: '抽检队列: per active agent, the quota progress of the month and the sampler’s proposals (deterministic for a month and seed)',
  })
  async qualityQueue(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: 'The month of the records (YYYY-MM)' }) month: string,
    @Arg('seed', () => String, { nullable: true, description: 'The draw’s seed (default: the month); the same seed proposes the same records' }) seed?:
      | string
      | null,
  ): Promise<QualityQueueRow[]> {
    return qualityQueue(qualityContext(ctx), month, seed ?? month);
  }

  @Authorized('qualityEvaluation:create')
  @Query(() => Int, { description: '抽检进度: how many active agents are under the month’s quota (the queue’s UNDER rows, counted alone)' })
  qualityAgentsUnderQuota(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: 'The month of the records (YYYY-MM)' }) month: string,
  ): Promise<number> {
    return agentsUnderQuota(qualityContext(ctx), month);
  }

  @Authorized('qualityEvaluation:list')
  @Query(() => [MonthlyQualityRow], { description: '我的质检: the average total per month of the viewer (QA and managers may name an agent)' })
  qualityTrend(
    @Ctx() ctx: Context,
    @Arg('fromMonth', () => String, { description: 'The first month (YYYY-MM)' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'The last month, included' }) toMonth: string,
    @Arg('agentId', () => ID, { nullable: true, description: 'Another agent (QA and managers only; ignored for the others)' }) agentId?: string | null,
  ): Promise<MonthlyQualityRow[]> {
    return qualityTrend(serviceContext(ctx), fromMonth, toMonth, agentId);
  }

  @Authorized('qualityEvaluation:create')
  @Mutation(() => QualityEvaluation, {
    description:
      'Starts an evaluation (DRAFT) of a record; RULE_VIOLATION noSelfEvaluation; BAD_USER_INPUT quotaExceededNeedsReason beyond the monthly maximum',
  })
  createQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateQualityEvaluationInput, { description: 'The evaluation' }) input: CreateQualityEvaluationInput,
  ): Promise<QualityEvaluation> {
    return createQualityEvaluation(qualityContext(ctx), input);
  }

  @Authorized('qualityEvaluation:edit')
  @Mutation(() => QualityEvaluation, { description: 'Changes a draft (its inspector only)' })
  updateQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateQualityEvaluationInput, { description: 'The changes' }) input: UpdateQualityEvaluationInput,
  ): Promise<QualityEvaluation> {
    return updateQualityEvaluation(serviceContext(ctx), id, version, input);
  }

  @Authorized('qualityEvaluation:edit')
  @Mutation(() => QualityEvaluation, { description: 'submit: DRAFT → SUBMITTED with every dimension scored (the inspector); the total is computed' })
  submitQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SubmitQualityEvaluationInput, { description: 'Final scores, if any change' }) input: SubmitQualityEvaluationInput,
  ): Promise<QualityEvaluation> {
    return submitQualityEvaluation(serviceContext(ctx), id, version, input);
  }

  @Authorized('qualityEvaluation:edit')
  @Mutation(() => QualityEvaluation, { description: 'acknowledge: SUBMITTED → ACKNOWLEDGED (the evaluated agent)' })
  acknowledgeQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => AcknowledgeQualityEvaluationInput, { nullable: true, description: 'Nothing required' }) _input?: AcknowledgeQualityEvaluationInput,
  ): Promise<QualityEvaluation> {
    return acknowledgeQualityEvaluation(serviceContext(ctx), id, version);
  }

  @Authorized('qualityEvaluation:edit')
  @Mutation(() => QualityEvaluation, { description: 'dispute (申诉): SUBMITTED → DISPUTED with a reason (the evaluated agent)' })
  disputeQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => QualityEvaluationReasonInput, { description: 'Why' }) input: QualityEvaluationReasonInput,
  ): Promise<QualityEvaluation> {
    return disputeQualityEvaluation(serviceContext(ctx), id, version, input.reason);
  }

  @Authorized('qualityEvaluation:approve')
  @Mutation(() => QualityEvaluation, { description: 'uphold: DISPUTED → UPHELD, the scores stand (a manager who is neither the agent nor the inspector)' })
  upholdQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => QualityEvaluationReasonInput, { description: 'Why' }) input: QualityEvaluationReasonInput,
  ): Promise<QualityEvaluation> {
    return upholdQualityEvaluation(serviceContext(ctx), id, version, input.reason);
  }

  @Authorized('qualityEvaluation:approve')
  @Mutation(() => QualityEvaluation, {
    description: 'revise: DISPUTED → REVISED with changed scores, each change audited (a manager who is neither the agent nor the inspector)',
  })
  reviseQualityEvaluation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ReviseQualityEvaluationInput, { description: 'The changed scores and why' }) input: ReviseQualityEvaluationInput,
  ): Promise<QualityEvaluation> {
    return reviseQualityEvaluation(serviceContext(ctx), id, version, input);
  }

  @FieldResolver(() => [QualityEvaluationActionEnum], { description: 'The steps this viewer may take now' })
  availableActions(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): string[] {
    const viewer = requireViewer(ctx.viewer);
    return evaluationNextActions(evaluation.status, {
      role: viewer.role,
      isInspector: evaluation.inspectorId === viewer.id,
      isEvaluatedAgent: evaluation.agentId === viewer.id,
    });
  }

  @FieldResolver(() => [QualityEvaluationActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): string[] {
    return this.availableActions(evaluation, ctx);
  }

  @FieldResolver(() => [QualityEvaluationScore], { description: 'The dimension scores, in the scorecard’s order' })
  async scores(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<QualityEvaluationScore[]> {
    const [rows, version] = await Promise.all([
      qualityLoaders(ctx).scoresByEvaluationId.load(evaluation.id),
      qualityLoaders(ctx).templateVersion(evaluation.templateId, evaluation.templateVersion),
    ]);
    const order = version ? templateOf(version).dimensions.map((d) => d.code) : [];
    return [...rows].sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension));
  }

  @FieldResolver(() => [String], { description: 'The critical items (否决项) that failed it' })
  criticalFailures(@Root() evaluation: QualityEvaluation): string[] {
    return evaluation.criticalFailures ? evaluation.criticalFailures.split(',') : [];
  }

  @FieldResolver(() => ScorecardTemplateVersion, { nullable: true, description: 'The scorecard version it was scored on' })
  template(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<ScorecardTemplateVersion | null> {
    return qualityLoaders(ctx).templateVersion(evaluation.templateId, evaluation.templateVersion);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The evaluated agent' })
  agent(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(evaluation.agentId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who decided the dispute' })
  decidedBy(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return evaluation.decidedById ? staffLoaders(ctx).staffById.load(evaluation.decidedById) : null;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The agent’s team when evaluated' })
  team(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<Team | null> | null {
    return evaluation.teamId ? teamLoaders(ctx).teamById.load(evaluation.teamId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The inspector' })
  inspector(@Root() evaluation: QualityEvaluation, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(evaluation.inspectorId);
  }
}

@Resolver(() => QualitySampleProposal)
export class QualitySampleProposalResolver {
  @FieldResolver(() => QualityEvaluation, { nullable: true, description: 'The evaluation already made of it' })
  evaluation(@Root() proposal: QualitySampleProposal, @Ctx() ctx: Context): Promise<QualityEvaluation | null> | null {
    return proposal.evaluationId ? qualityLoaders(ctx).evaluationById.load(proposal.evaluationId) : null;
  }
}

@Resolver(() => QualityQueueRow)
export class QualityQueueRowResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The agent' })
  agent(@Root() row: QualityQueueRow, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(row.agentId);
  }
}
