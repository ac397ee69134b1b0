import { maxLength, trainingPlanMachine, validateTrainingPlan, validateTrainingSession } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, badUserInput, checkTransition, notFound } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges, recordFieldChanges } from '../audit';
import { Staff } from '../staff';
import { TrainingPlan, TrainingPlanAgent } from './training-plan.entity';
import { TrainingResult, TrainingSession } from './training-session.entity';
import type { ArchiveTrainingPlanInput, CreateTrainingPlanInput, CreateTrainingSessionInput, TrainingPlanFilter, TrainingPlanSort, UpdateTrainingPlanInput } from './training.inputs';

const SORT_COLUMNS: Record<'PLANNED_ON' | 'CREATED_AT', SortColumn<TrainingPlan>> = {
  PLANNED_ON: { sql: 'plan.plannedOn', read: (p) => p.plannedOn },
  CREATED_AT: { sql: 'plan.createdAt', read: (p) => p.createdAt, isDate: true },
};

/** Plans, a page at a time; an agent sees only the plans they are in. */
export async function listTrainingPlans(ctx: ServiceContext, filter: TrainingPlanFilter | null | undefined, sort: TrainingPlanSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<TrainingPlan>> {
  assertCan(ctx.viewer, 'trainingPlan', 'list');
  const query = ctx.dataSource.getRepository(TrainingPlan).createQueryBuilder('plan');
  whereIds(query, 'plan', filter?.ids);
  if (filter?.status?.length) query.andWhere('plan.status IN (:...status)', { status: filter.status });
  if (filter?.q?.trim()) query.andWhere("plan.topic LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  if (filter?.plannedOnFrom) query.andWhere('plan.plannedOn >= :from', { from: filter.plannedOnFrom });
  if (filter?.plannedOnTo) query.andWhere('plan.plannedOn <= :to', { to: filter.plannedOnTo });
  if (filter?.mine || ctx.viewer.role === 'AGENT') {
    query.andWhere('EXISTS (SELECT 1 FROM training_plan_agent tpa WHERE tpa.plan_id = plan.id AND tpa.staff_id = :viewerId)', { viewerId: ctx.viewer.id });
  }
  return paginate({ query, alias: 'plan', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'PLANNED_ON', direction: SortDirection.DESC }], page });
}

async function assertAgentsExist(manager: EntityManager, agentIds: readonly string[]): Promise<void> {
  const found = await manager.find(Staff, { where: { id: In([...agentIds]) }, select: { id: true } });
  const known = new Set(found.map((s) => s.id));
  const missing = agentIds.findIndex((id) => !known.has(id));
  if (missing !== -1) throw badUserInput([{ rule: 'notFound', field: `agentIds.${missing}` }]);
}

export async function createTrainingPlan(ctx: ServiceContext, input: CreateTrainingPlanInput): Promise<TrainingPlan> {
  assertCan(ctx.viewer, 'trainingPlan', 'create');
  const draft = { topic: input.topic.trim(), dimension: input.dimension?.trim() || null, agentIds: input.agentIds, plannedOn: input.plannedOn, note: input.note?.trim() || null };
  const sourceViolations = (input.sourcePeriodKind == null) !== (input.sourcePeriodStart == null) ? [{ rule: 'required', field: input.sourcePeriodKind == null ? 'sourcePeriodKind' : 'sourcePeriodStart' }] : [];
  assertValid([...validateTrainingPlan(draft), ...sourceViolations]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    await assertAgentsExist(manager, draft.agentIds);
    const { agentIds, ...columns } = draft;
    const plan = Object.assign(new TrainingPlan(), {
      ...newRecord(now),
      ...columns,
      status: 'PLANNED',
      sourcePeriodKind: input.sourcePeriodKind ?? null,
      sourcePeriodStart: input.sourcePeriodStart ?? null,
      createdById: ctx.viewer.id,
      archivedAt: null,
      archivedById: null,
    });
    await manager.insert(TrainingPlan, plan);
    await manager.insert(TrainingPlanAgent, agentIds.map((staffId) => ({ planId: plan.id, staffId })));
    await recordAction(manager, auditTarget(ctx, 'trainingPlan', plan.id, now), 'CREATE', { newValue: plan.topic });
    return plan;
  });
}

async function findPlan(manager: EntityManager, id: string): Promise<TrainingPlan> {
  const plan = await manager.findOneBy(TrainingPlan, { id });
  if (!plan) throw notFound('TrainingPlan', id);
  return plan;
}

export async function updateTrainingPlan(ctx: ServiceContext, id: string, version: number, input: UpdateTrainingPlanInput): Promise<TrainingPlan> {
  assertCan(ctx.viewer, 'trainingPlan', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const plan = await findPlan(manager, id);
    checkTransition(() => trainingPlanMachine.assertTransition(plan.status, 'edit'));
    const before = (await manager.findBy(TrainingPlanAgent, { planId: id })).map((row) => row.staffId).sort();
    const next = {
      topic: input.topic == null ? plan.topic : input.topic.trim(),
      dimension: input.dimension === undefined ? plan.dimension : input.dimension?.trim() || null,
      plannedOn: input.plannedOn ?? plan.plannedOn,
      note: input.note === undefined ? plan.note : input.note?.trim() || null,
    };
    const agentIds = input.agentIds ?? before;
    assertValid(validateTrainingPlan({ ...next, agentIds }));
    await updateVersioned(manager, TrainingPlan, 'TrainingPlan', id, version, next, now);
    const target = auditTarget(ctx, 'trainingPlan', id, now);
    await recordChanges(manager, target, plan, { ...plan, ...next }, ['topic', 'dimension', 'plannedOn', 'note']);
    if (input.agentIds && [...input.agentIds].sort().join() !== before.join()) {
      await assertAgentsExist(manager, input.agentIds);
      await manager.delete(TrainingPlanAgent, { planId: id });
      await manager.insert(TrainingPlanAgent, input.agentIds.map((staffId) => ({ planId: id, staffId })));
      await recordFieldChanges(manager, [{ ...target, field: 'agentIds', oldValue: before.join(','), newValue: [...input.agentIds].sort().join(',') }]);
    }
    return findPlan(manager, id);
  });
}

/** 归档: the plan and its sessions become read-only; nothing is deleted. */
export async function archiveTrainingPlan(ctx: ServiceContext, id: string, version: number, input: ArchiveTrainingPlanInput | null | undefined): Promise<TrainingPlan> {
  assertCan(ctx.viewer, 'trainingPlan', 'edit');
  const note = input?.note?.trim() || null;
  assertValid(maxLength('note', note, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const plan = await findPlan(manager, id);
    const status = checkTransition(() => trainingPlanMachine.assertTransition(plan.status, 'archive'));
    const changes = { status, archivedAt: now, archivedById: ctx.viewer.id };
    await updateVersioned(manager, TrainingPlan, 'TrainingPlan', id, version, changes, now);
    const target = auditTarget(ctx, 'trainingPlan', id, now);
    await recordChanges(manager, target, plan, { ...plan, ...changes }, ['status']);
    if (note) await recordAction(manager, target, 'UPDATE', { field: 'archiveNote', newValue: note });
    return findPlan(manager, id);
  });
}

/**
 * 培训记录: a session of a planned plan with attendance and exam scores of the plan's agents. The plan's
 * version is bumped too, so a session cannot slip into a plan being archived at the same moment.
 */
export async function createTrainingSession(ctx: ServiceContext, input: CreateTrainingSessionInput): Promise<TrainingSession> {
  assertCan(ctx.viewer, 'trainingPlan', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const plan = await findPlan(manager, input.planId);
    checkTransition(() => trainingPlanMachine.assertTransition(plan.status, 'edit'));
    const agentIds = (await manager.findBy(TrainingPlanAgent, { planId: plan.id })).map((row) => row.staffId);
    const note = input.note?.trim() || null;
    assertValid(validateTrainingSession({ heldOn: input.heldOn, note, results: input.results }, agentIds));
    await updateVersioned(manager, TrainingPlan, 'TrainingPlan', plan.id, plan.version, {}, now);
    const session = Object.assign(new TrainingSession(), { ...newRecord(now), planId: plan.id, heldOn: input.heldOn, note, recordedById: ctx.viewer.id });
    await manager.insert(TrainingSession, session);
    if (input.results.length > 0) {
      await manager.insert(TrainingResult, input.results.map((r) => ({ sessionId: session.id, staffId: r.staffId, attended: r.attended, examScore: r.examScore ?? null })));
    }
    await recordAction(manager, auditTarget(ctx, 'trainingSession', session.id, now), 'CREATE', { newValue: `${plan.topic} ${input.heldOn}` });
    return session;
  });
}
