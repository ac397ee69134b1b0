import {
  agreedCalibrationScores,
  type CalibrationAction,
  calibrationMachine,
  calibrationSpread,
  checkCalibrationInspectors,
  checkCalibrationReveal,
  checkCalibrationTopic,
  type ScorecardTemplate as DomainTemplate,
  maxLength,
  mayTakeCalibrationAction,
  scoreEvaluation,
  validateCalibrationScores,
} from '@sanxin/domain';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertNoRuleViolations, assertValid, badUserInput, checkTransition, forbidden, notFound, ruleViolation } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import { optionalText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan, scopeFor } from '../../shared/viewer';
import { auditTarget, type FieldChange, recordAction, recordFieldChanges } from '../audit';
import { evaluatedRecord, ScorecardTemplate, ScorecardTemplateVersion, templateOf } from '../quality';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import type {
  AgreeCalibrationSessionInput,
  CalibrationScoreInput,
  CalibrationSessionFilter,
  CalibrationSessionSort,
  CalibrationSessionSortField,
  CreateCalibrationSessionInput,
} from './calibration.inputs';
import { CalibrationParticipant } from './calibration-participant.entity';
import { CalibrationScore } from './calibration-score.entity';
import { CalibrationSession } from './calibration-session.entity';

/** Opening a session reads the record's business-time month through the evaluations' subject lookup. */
export interface CalibrationContext extends ServiceContext {
  timeZone: string;
}

const SORT_COLUMNS: Record<CalibrationSessionSortField, SortColumn<CalibrationSession>> = {
  CREATED_AT: { sql: 'session.createdAt', read: (s) => s.createdAt, isDate: true },
  UPDATED_AT: { sql: 'session.updatedAt', read: (s) => s.updatedAt, isDate: true },
};

const INVITED = 'EXISTS (SELECT 1 FROM calibration_participant invited WHERE invited.session_id = session.id AND invited.inspector_id = :viewerId)';
const AWAITING =
  "session.status = 'OPEN' AND EXISTS (SELECT 1 FROM calibration_participant awaiting WHERE awaiting.session_id = session.id AND awaiting.inspector_id = :viewerId AND awaiting.submitted_at IS NULL)";

/** Managers see every session; an inspector only those they are invited to ('own'), on the server whatever the filter says. */
const seesAllSessions = (ctx: ServiceContext) => scopeFor(ctx.viewer, 'calibrationSession', 'list') === 'all';

export async function listCalibrationSessions(
  ctx: ServiceContext,
  filter?: CalibrationSessionFilter | null,
  sort?: CalibrationSessionSort[] | null,
  page?: PageInput | null,
): Promise<PageResult<CalibrationSession>> {
  assertCan(ctx.viewer, 'calibrationSession', 'list');
  const query = ctx.dataSource.getRepository(CalibrationSession).createQueryBuilder('session').setParameter('viewerId', ctx.viewer.id);
  if (!seesAllSessions(ctx)) query.andWhere(INVITED);
  const q = filter?.q?.trim();
  if (q) query.andWhere("(session.topic LIKE :q ESCAPE '!' OR session.agreementNote LIKE :q ESCAPE '!')", { q: containsPattern(q) });
  whereIds(query, 'session', filter?.ids);
  if (filter?.status?.length) query.andWhere('session.status IN (:...statuses)', { statuses: filter.status });
  if (filter?.subjectKind?.length) query.andWhere('session.subjectKind IN (:...kinds)', { kinds: filter.subjectKind });
  if (filter?.agentId) query.andWhere('session.agentId = :agentId', { agentId: filter.agentId });
  if (filter?.inspectorId)
    query.andWhere('EXISTS (SELECT 1 FROM calibration_participant p WHERE p.session_id = session.id AND p.inspector_id = :inspectorId)', {
      inspectorId: filter.inspectorId,
    });
  if (filter?.awaitingMe != null) query.andWhere(filter.awaitingMe ? AWAITING : `NOT (${AWAITING})`);
  return paginate({ query, alias: 'session', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

async function isInvited(manager: EntityManager, sessionId: string, inspectorId: string): Promise<boolean> {
  return manager.existsBy(CalibrationParticipant, { sessionId, inspectorId });
}

/** One session; null when it does not exist or the viewer is an inspector not invited to it (ids cannot be probed). */
export async function getCalibrationSession(ctx: ServiceContext, id: string): Promise<CalibrationSession | null> {
  assertCan(ctx.viewer, 'calibrationSession', 'show');
  const session = await ctx.dataSource.getRepository(CalibrationSession).findOneBy({ id });
  if (!session || seesAllSessions(ctx)) return session;
  return (await isInvited(ctx.dataSource.manager, id, ctx.viewer.id)) ? session : null;
}

async function activeVersion(manager: EntityManager, templateId: string | null | undefined): Promise<ScorecardTemplateVersion> {
  const template = templateId
    ? await manager.findOneBy(ScorecardTemplate, { id: templateId })
    : await manager.findOne(ScorecardTemplate, { where: { active: true }, order: { updatedAt: 'DESC' } });
  if (!template) throw templateId ? notFound('ScorecardTemplate', templateId) : badUserInput([{ rule: 'required', field: 'templateId' }]);
  return manager.findOneByOrFail(ScorecardTemplateVersion, { templateId: template.id, templateVersion: template.currentVersion });
}

/** 开校准: the record, the scorecard version everyone scores on, the invited inspectors; the tolerance is the setting's now. */
export async function createCalibrationSession(ctx: CalibrationContext, input: CreateCalibrationSessionInput): Promise<CalibrationSession> {
  assertCan(ctx.viewer, 'calibrationSession', 'create');
  const topic = optionalText(input.topic) ?? null;
  assertValid(checkCalibrationTopic(topic));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const subject = await evaluatedRecord(manager, input.subjectKind, input.subjectId, ctx.timeZone);
    const people = await manager.find(Staff, {
      where: { id: In(input.inspectorIds.length ? input.inspectorIds : ['']), active: true },
      select: { id: true, role: true },
    });
    const unknown = input.inspectorIds.find((id) => !people.some((p) => p.id === id));
    if (unknown) throw badUserInput([{ rule: 'calibrationNotAnInspector', field: 'inspectorIds', params: { id: unknown } }]);
    const inspectors = input.inspectorIds.map((id) => people.find((p) => p.id === id) as Staff);
    assertNoRuleViolations('The inspectors cannot calibrate this record', checkCalibrationInspectors(inspectors, subject.agentId));
    const version = await activeVersion(manager, input.templateId);
    const settings = await readSettings(manager);
    const session = Object.assign(new CalibrationSession(), {
      ...newRecord(now),
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      agentId: subject.agentId,
      templateId: version.templateId,
      templateVersion: version.templateVersion,
      topic,
      status: 'OPEN' as const,
      tolerancePercent: settings['quality.calibrationTolerance'],
      openedById: ctx.viewer.id,
      revealedAt: null,
      agreedAt: null,
      agreedById: null,
      agreedScores: null,
      agreedTotal: null,
      agreementNote: null,
      cancelledAt: null,
      cancelReason: null,
    });
    await manager.insert(CalibrationSession, session);
    await manager.insert(
      CalibrationParticipant,
      inspectors.map((inspector) => ({ sessionId: session.id, inspectorId: inspector.id, submittedAt: null })),
    );
    const target = auditTarget(ctx, 'calibrationSession', session.id, now);
    await recordAction(manager, target, 'CREATE', { newValue: `${input.subjectKind} ${input.subjectId}` });
    await recordAction(manager, target, 'UPDATE', { field: 'inspectors', newValue: input.inspectorIds.join(',') });
    return session;
  });
}

/** The session at a step: NOT_FOUND when the viewer may not see it, INVALID_TRANSITION when the state forbids it, FORBIDDEN when the step is not theirs. */
async function forStep(ctx: ServiceContext, manager: EntityManager, id: string, action: CalibrationAction) {
  const session = await manager.findOneBy(CalibrationSession, { id });
  const participant = session ? await manager.findOneBy(CalibrationParticipant, { sessionId: id, inspectorId: ctx.viewer.id }) : null;
  if (!session || (!seesAllSessions(ctx) && !participant)) throw notFound('CalibrationSession', id);
  checkTransition(() => calibrationMachine.assertTransition(session.status, action));
  if (action === 'submitScores' && participant?.submittedAt)
    throw ruleViolation('Blind scores are submitted once', [{ rule: 'calibrationAlreadySubmitted', field: 'scores' }]);
  const viewer = { role: ctx.viewer.role, isParticipant: participant != null, hasSubmitted: participant?.submittedAt != null };
  if (!mayTakeCalibrationAction(action, viewer))
    throw forbidden('calibrationSession', action, participant ? 'not this viewer’s step' : 'calibrationNotInvited');
  return { session, participant };
}

async function scorecardOf(manager: EntityManager, session: CalibrationSession): Promise<DomainTemplate> {
  return templateOf(await manager.findOneByOrFail(ScorecardTemplateVersion, { templateId: session.templateId, templateVersion: session.templateVersion }));
}

function scoreMap(input: readonly CalibrationScoreInput[] | null | undefined): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const { dimension, score } of input ?? []) {
    if (dimension in scores) throw badUserInput([{ rule: 'scoreRepeated', field: 'scores', params: { dimension } }]);
    scores[dimension] = score;
  }
  return scores;
}

/**
 * 背对背评分: the viewer's scores, once. The audit says that they submitted, never what: the audit
 * log is readable more widely than the blind scores, which stay hidden until the reveal.
 */
export async function submitCalibrationScores(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: { scores: CalibrationScoreInput[] },
): Promise<CalibrationSession> {
  assertCan(ctx.viewer, 'calibrationSession', 'edit');
  const scores = scoreMap(input.scores);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { session } = await forStep(ctx, manager, id, 'submitScores');
    const scorecard = await scorecardOf(manager, session);
    assertValid(validateCalibrationScores(scorecard, scores));
    await manager.insert(
      CalibrationScore,
      scorecard.dimensions.map((d) => ({ sessionId: id, inspectorId: ctx.viewer.id, dimension: d.code, score: scores[d.code] as number })),
    );
    // Only a row still unsubmitted is stamped: two tabs of the same inspector cannot both submit.
    const stamped = await manager.update(CalibrationParticipant, { sessionId: id, inspectorId: ctx.viewer.id, submittedAt: IsNull() }, { submittedAt: now });
    if (stamped.affected === 0) throw ruleViolation('Blind scores are submitted once', [{ rule: 'calibrationAlreadySubmitted', field: 'scores' }]);
    await updateVersioned(manager, CalibrationSession, 'CalibrationSession', id, version, {}, now);
    await recordAction(manager, auditTarget(ctx, 'calibrationSession', id, now), 'UPDATE', { field: 'submittedBy', newValue: ctx.viewer.id });
    return manager.findOneByOrFail(CalibrationSession, { id });
  });
}

/** 揭晓: OPEN → REVEALED once two inspectors have scored; those who have not stay unscored. */
export async function revealCalibrationSession(ctx: ServiceContext, id: string, version: number): Promise<CalibrationSession> {
  assertCan(ctx.viewer, 'calibrationSession', 'approve');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { session } = await forStep(ctx, manager, id, 'reveal');
    const submitted = await manager.count(CalibrationParticipant, { where: { sessionId: id, submittedAt: Not(IsNull()) } });
    assertNoRuleViolations('Too few scores to compare', checkCalibrationReveal(submitted));
    await updateVersioned(manager, CalibrationSession, 'CalibrationSession', id, version, { status: 'REVEALED', revealedAt: now }, now);
    await recordFieldChanges(manager, [statusChange(ctx, id, now, session.status, 'REVEALED')]);
    return manager.findOneByOrFail(CalibrationSession, { id });
  });
}

/** 达成一致: REVEALED → AGREED with the agreed score per dimension (the median unless decided), its total, and how it was settled. */
export async function agreeCalibrationSession(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: AgreeCalibrationSessionInput,
): Promise<CalibrationSession> {
  assertCan(ctx.viewer, 'calibrationSession', 'approve');
  const decisions = scoreMap(input.scores);
  const note = optionalText(input.note) ?? null;
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { session } = await forStep(ctx, manager, id, 'agree');
    const scorecard = await scorecardOf(manager, session);
    const rows = await manager.findBy(CalibrationScore, { sessionId: id });
    const spread = calibrationSpread(scorecard, sheetsOf(rows), session.tolerancePercent);
    const { scores, violations } = agreedCalibrationScores(spread, decisions, note);
    if (violations.some((v) => v.rule === 'tooLong' || v.rule === 'scoreUnknownDimension')) assertValid(violations);
    assertNoRuleViolations('The agreed scores do not settle the calibration', violations);
    const total = scoreEvaluation(scorecard, { scores, criticalFailures: [] }).total;
    const changes = {
      status: 'AGREED' as const,
      agreedAt: now,
      agreedById: ctx.viewer.id,
      agreedScores: JSON.stringify(scores),
      agreedTotal: total,
      agreementNote: note,
    };
    await updateVersioned(manager, CalibrationSession, 'CalibrationSession', id, version, changes, now);
    const audit = (field: string, value: string | null): FieldChange => ({
      ...auditTarget(ctx, 'calibrationSession', id, now),
      field,
      oldValue: null,
      newValue: value,
    });
    await recordFieldChanges(manager, [
      statusChange(ctx, id, now, session.status, 'AGREED'),
      ...Object.entries(scores).map(([dimension, score]) => audit(`agreed.${dimension}`, String(score))),
      audit('agreedTotal', String(total)),
      ...(note ? [audit('agreementNote', note)] : []),
    ]);
    return manager.findOneByOrFail(CalibrationSession, { id });
  });
}

/** 取消: an open or revealed session ends without agreed scores; cancelled before the reveal, its scores are never shown. */
export async function cancelCalibrationSession(
  ctx: ServiceContext,
  id: string,
  version: number,
  reason: string | null | undefined,
): Promise<CalibrationSession> {
  assertCan(ctx.viewer, 'calibrationSession', 'approve');
  const why = optionalText(reason) ?? null;
  assertValid(maxLength('reason', why, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { session } = await forStep(ctx, manager, id, 'cancel');
    await updateVersioned(manager, CalibrationSession, 'CalibrationSession', id, version, { status: 'CANCELLED', cancelledAt: now, cancelReason: why }, now);
    await recordFieldChanges(manager, [
      statusChange(ctx, id, now, session.status, 'CANCELLED'),
      ...(why ? [{ ...auditTarget(ctx, 'calibrationSession', id, now), field: 'cancelReason', oldValue: null, newValue: why }] : []),
    ]);
    return manager.findOneByOrFail(CalibrationSession, { id });
  });
}

function statusChange(ctx: ServiceContext, id: string, now: Date, from: string, to: string): FieldChange {
  return { ...auditTarget(ctx, 'calibrationSession', id, now), field: 'status', oldValue: from, newValue: to };
}

/** The score rows of a session as one sheet per inspector. */
export function sheetsOf(rows: readonly CalibrationScore[]): Record<string, number>[] {
  const byInspector = new Map<string, Record<string, number>>();
  for (const row of rows) byInspector.set(row.inspectorId, { ...byInspector.get(row.inspectorId), [row.dimension]: row.score });
  return [...byInspector.values()];
}
