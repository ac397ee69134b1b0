import { CALIBRATION_STEPS, type CalibrationStep, calibrationNextActions, calibrationSpread, mayReadCalibrationScores, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { requireViewer } from '../../shared/viewer';
import { qualityLoaders, ScorecardTemplateVersion, templateOf } from '../quality';
import { Staff, staffLoaders } from '../staff';
import { CalibrationSessionActionEnum } from './calibration.enums';
import {
  AgreeCalibrationSessionInput,
  CalibrationSessionFilter,
  CalibrationSessionSort,
  CancelCalibrationSessionInput,
  CreateCalibrationSessionInput,
  SubmitCalibrationScoresInput,
} from './calibration.inputs';
import { calibrationLoaders } from './calibration.loaders';
import {
  agreeCalibrationSession,
  type CalibrationContext,
  cancelCalibrationSession,
  createCalibrationSession,
  getCalibrationSession,
  listCalibrationSessions,
  revealCalibrationSession,
  sheetsOf,
  submitCalibrationScores,
} from './calibration.service';
import { CalibrationDimensionScore, CalibrationDimensionSpread, CalibrationParticipantView } from './calibration.views';
import { CalibrationSession } from './calibration-session.entity';

const calibrationContext = (ctx: Context): CalibrationContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });
const CalibrationSessionPage = PageType(CalibrationSession, 'CalibrationSession');
const ID_ARG = { description: 'Identifier' };
const VERSION_ARG = { description: 'The version read; CONFLICT when stale' };

@Resolver(() => CalibrationSession)
export class CalibrationSessionResolver {
  @Authorized('calibrationSession:list')
  @Query(() => CalibrationSessionPage, { description: '质检校准: sessions, newest first; an inspector gets only those they are invited to' })
  async calibrationSessions(
    @Ctx() ctx: Context,
    @Arg('filter', () => CalibrationSessionFilter, { nullable: true, description: 'Which sessions' }) filter?: CalibrationSessionFilter,
    @Arg('sort', () => [CalibrationSessionSort], { nullable: true, description: 'Order (default: newest first)' }) sort?: CalibrationSessionSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return CalibrationSessionPage.of(await listCalibrationSessions(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('calibrationSession:show')
  @Query(() => CalibrationSession, { nullable: true, description: 'One session; null when it does not exist or the viewer is not invited to it' })
  calibrationSession(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<CalibrationSession | null> {
    return getCalibrationSession(serviceContext(ctx), id);
  }

  @Authorized('calibrationSession:create')
  @Mutation(() => CalibrationSession, {
    description: '开校准 (managers): OPEN for blind scoring; RULE_VIOLATION calibrationInspectorCount, calibrationInspectorIsAgent, calibrationNotAnInspector',
  })
  createCalibrationSession(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCalibrationSessionInput, { description: 'The record, scorecard and inspectors' }) input: CreateCalibrationSessionInput,
  ): Promise<CalibrationSession> {
    return createCalibrationSession(calibrationContext(ctx), input);
  }

  @Authorized('calibrationSession:edit')
  @Mutation(() => CalibrationSession, {
    description:
      '背对背评分: an invited inspector’s scores, once (RULE_VIOLATION calibrationAlreadySubmitted; FORBIDDEN when not invited; BAD_USER_INPUT scoreMissing, scoreOutOfScale)',
  })
  submitCalibrationScores(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SubmitCalibrationScoresInput, { description: 'Every dimension’s score' }) input: SubmitCalibrationScoresInput,
  ): Promise<CalibrationSession> {
    return submitCalibrationScores(serviceContext(ctx), id, version, input);
  }

  @Authorized('calibrationSession:approve')
  @Mutation(() => CalibrationSession, {
    description: '揭晓 (managers): OPEN → REVEALED, everyone’s scores and the spread shown; RULE_VIOLATION calibrationTooFewScores',
  })
  revealCalibrationSession(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
  ): Promise<CalibrationSession> {
    return revealCalibrationSession(serviceContext(ctx), id, version);
  }

  @Authorized('calibrationSession:approve')
  @Mutation(() => CalibrationSession, {
    description: '达成一致 (managers): REVEALED → AGREED; RULE_VIOLATION calibrationAgreedOutsideRange, calibrationNoteRequired',
  })
  agreeCalibrationSession(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => AgreeCalibrationSessionInput, { description: 'Decided scores and the note' }) input: AgreeCalibrationSessionInput,
  ): Promise<CalibrationSession> {
    return agreeCalibrationSession(serviceContext(ctx), id, version, input);
  }

  @Authorized('calibrationSession:approve')
  @Mutation(() => CalibrationSession, { description: '取消 (managers): an open or revealed session ends without agreed scores' })
  cancelCalibrationSession(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => CancelCalibrationSessionInput, { nullable: true, description: 'Why' }) input?: CancelCalibrationSessionInput,
  ): Promise<CalibrationSession> {
    return cancelCalibrationSession(serviceContext(ctx), id, version, input?.reason);
  }

  @FieldResolver(() => [CalibrationSessionActionEnum], { description: 'The steps the viewer may take now' })
  async availableActions(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<CalibrationStep[]> {
    const viewer = requireViewer(ctx.viewer);
    const mine = (await calibrationLoaders(ctx).participantsBySessionId.load(session.id)).find((p) => p.inspectorId === viewer.id);
    const actions = calibrationNextActions(session.status, { role: viewer.role, isParticipant: mine != null, hasSubmitted: mine?.submittedAt != null });
    return stepsOf(CALIBRATION_STEPS, actions);
  }

  @FieldResolver(() => [CalibrationParticipantView], { description: 'The invited inspectors; their scores stay hidden until the reveal (blind scoring)' })
  async participants(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<CalibrationParticipantView[]> {
    const viewer = requireViewer(ctx.viewer);
    const loaders = calibrationLoaders(ctx);
    const [participants, scores, version] = await Promise.all([
      loaders.participantsBySessionId.load(session.id),
      loaders.scoresBySessionId.load(session.id),
      qualityLoaders(ctx).templateVersion(session.templateId, session.templateVersion),
    ]);
    const order = version ? templateOf(version).dimensions.map((d) => d.code) : [];
    return participants.map((p) => {
      const readable = mayReadCalibrationScores(session.revealedAt != null, p.inspectorId === viewer.id);
      const own = scores.filter((s) => s.inspectorId === p.inspectorId).sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension));
      return Object.assign(new CalibrationParticipantView(), {
        inspectorId: p.inspectorId,
        submittedAt: p.submittedAt,
        scores: readable && p.submittedAt ? own.map((s): CalibrationDimensionScore => ({ dimension: s.dimension, score: s.score })) : null,
      });
    });
  }

  @FieldResolver(() => Int, { description: 'How many inspectors have submitted (shown while blind too)' })
  async submittedCount(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<number> {
    return (await calibrationLoaders(ctx).participantsBySessionId.load(session.id)).filter((p) => p.submittedAt).length;
  }

  @FieldResolver(() => [CalibrationDimensionSpread], {
    nullable: true,
    description: 'The spread per dimension, in the scorecard’s order; null until the reveal',
  })
  async spread(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<CalibrationDimensionSpread[] | null> {
    if (!session.revealedAt) return null;
    const [scores, version] = await Promise.all([
      calibrationLoaders(ctx).scoresBySessionId.load(session.id),
      qualityLoaders(ctx).templateVersion(session.templateId, session.templateVersion),
    ]);
    return version ? calibrationSpread(templateOf(version), sheetsOf(scores), session.tolerancePercent) : null;
  }

  @FieldResolver(() => [CalibrationDimensionScore], { nullable: true, description: 'The agreed score per dimension; null until agreed' })
  agreedScores(@Root() session: CalibrationSession): CalibrationDimensionScore[] | null {
    if (!session.agreedScores) return null;
    return Object.entries(JSON.parse(session.agreedScores) as Record<string, number>).map(([dimension, score]) => ({ dimension, score }));
  }

  @FieldResolver(() => ScorecardTemplateVersion, { nullable: true, description: 'The scorecard version everyone scores on' })
  template(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<ScorecardTemplateVersion | null> {
    return qualityLoaders(ctx).templateVersion(session.templateId, session.templateVersion);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The agent whose record it is' })
  agent(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(session.agentId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who opened it' })
  openedBy(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(session.openedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who recorded the agreed scores' })
  agreedBy(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return session.agreedById ? staffLoaders(ctx).staffById.load(session.agreedById) : null;
  }
}

@Resolver(() => CalibrationParticipantView)
export class CalibrationParticipantResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The inspector' })
  inspector(@Root() participant: CalibrationParticipantView, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(participant.inspectorId);
  }
}
