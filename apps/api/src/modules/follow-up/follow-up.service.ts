import {
  attemptEffect,
  type CallPreferences,
  callPreferencesOf,
  checkCallTime,
  type FollowUpAction,
  followUpDueAt,
  followUpMachine,
  followUpPolicy,
  followUpStanding,
  followUpVisibility,
  type FollowUpViewer,
  followUpResultEffects,
  maxLength,
  mayTakeFollowUpAction,
  requiredText,
  validateAttempt,
  validateFollowUpResult,
  type Violation,
} from '@sanxin/domain';
import { type EntityManager, IsNull, MoreThanOrEqual, Not, type SelectQueryBuilder } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertNoRuleViolations, assertValid, badUserInput, checkTransition, forbidden, notFound } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { optionalText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Contact } from '../contact';
import { Customer, whereSearchMatches } from '../customer';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import { FollowUpAttempt } from './follow-up-attempt.entity';
import { notifyLeader, openUnsatisfiedAction } from './follow-up-results';
import { readCallRules } from './follow-up-rules';
import { completionHandler, followUpRecord } from './follow-up-triggers';
import { FollowUp } from './follow-up.entity';
import type {
  CompleteFollowUpInput,
  CreateFollowUpInput,
  FollowUpFilter,
  FollowUpReasonInput,
  FollowUpSort,
  FollowUpSortField,
  ReassignFollowUpInput,
  RecordFollowUpAttemptInput,
  UpdateFollowUpInput,
} from './follow-up.inputs';

/** Follow-ups also need the business time zone: calling windows are in business time. */
export interface FollowUpContext extends ServiceContext {
  timeZone: string;
}

const SORT_COLUMNS: Record<FollowUpSortField, SortColumn<FollowUp>> = {
  DUE_AT: { sql: 'fu.dueAt', read: (f) => f.dueAt, isDate: true },
  UPDATED_AT: { sql: 'fu.updatedAt', read: (f) => f.updatedAt, isDate: true },
  CREATED_AT: { sql: 'fu.createdAt', read: (f) => f.createdAt, isDate: true },
};
const NOTE_MAX = 1000;
const FINISHED = ['DONE', 'CANCELLED'] as const;

/** The viewer's team: a shift leader sees and leads the team's follow-ups. */
export async function viewerTeamId(ctx: Pick<ServiceContext, 'dataSource' | 'viewer'>): Promise<string | null> {
  const staff = await ctx.dataSource.manager.findOne(Staff, { where: { id: ctx.viewer.id }, select: { id: true, teamId: true } });
  return staff?.teamId ?? null;
}

/** Narrows a query over follow-ups (alias `fu`) to those the viewer sees (followUpVisibility). */
export async function whereVisibleFollowUps(ctx: ServiceContext, query: SelectQueryBuilder<FollowUp>): Promise<void> {
  const visibility = followUpVisibility(ctx.viewer.role);
  if (visibility === 'ASSIGNED') query.andWhere('fu.assigneeId = :viewerId', { viewerId: ctx.viewer.id });
  if (visibility === 'ASSIGNED_OR_TEAM') query.andWhere('(fu.assigneeId = :viewerId OR fu.teamId = :viewerTeam)', { viewerId: ctx.viewer.id, viewerTeam: (await viewerTeamId(ctx)) ?? '' });
}

async function standingOf(ctx: ServiceContext, followUp: Pick<FollowUp, 'assigneeId' | 'teamId'>): Promise<FollowUpViewer> {
  return followUpStanding({ id: ctx.viewer.id, role: ctx.viewer.role, teamId: await viewerTeamId(ctx) }, followUp);
}

/** 我的回访 and the team's: an agent sees their own, a shift leader their team's (and their own), QA and the managers all. */
export async function listFollowUps(ctx: ServiceContext, filter: FollowUpFilter | null | undefined, sort: FollowUpSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<FollowUp>> {
  assertCan(ctx.viewer, 'followUp', 'list');
  const query = ctx.dataSource.getRepository(FollowUp).createQueryBuilder('fu').where('fu.archivedAt IS NULL');
  await whereVisibleFollowUps(ctx, query);
  const f = filter ?? {};
  whereIds(query, 'fu', f.ids);
  if (f.mine) query.andWhere('fu.assigneeId = :me', { me: ctx.viewer.id });
  if (f.assigneeId) query.andWhere('fu.assigneeId = :assigneeId', { assigneeId: f.assigneeId });
  if (f.customerId) query.andWhere('fu.customerId = :customerId', { customerId: f.customerId });
  if (f.sourceId) query.andWhere('fu.sourceId = :sourceId', { sourceId: f.sourceId });
  if (f.status?.length) query.andWhere('fu.status IN (:...statuses)', { statuses: f.status });
  if (f.trigger?.length) query.andWhere('fu.trigger IN (:...triggers)', { triggers: f.trigger });
  if (f.satisfaction?.length) query.andWhere('fu.satisfaction IN (:...satisfaction)', { satisfaction: f.satisfaction });
  const dueFrom = f.dueAtFrom ?? f.dueFrom;
  const dueTo = f.dueAtTo ?? f.dueTo;
  if (dueFrom) query.andWhere('fu.dueAt >= :dueFrom', { dueFrom });
  if (dueTo) query.andWhere('fu.dueAt < :dueTo', { dueTo });
  if (f.completedAtFrom) query.andWhere('fu.completedAt >= :completedFrom', { completedFrom: f.completedAtFrom });
  if (f.completedAtTo) query.andWhere('fu.completedAt < :completedTo', { completedTo: f.completedAtTo });
  if (f.awaitingMe) await whereAwaiting(ctx, query);
  if (f.q?.trim()) await whereCustomerMatches(ctx, query, f.q);
  if (f.overdue) query.andWhere('fu.dueAt < :now AND fu.status NOT IN (:...finished)', { now: ctx.clock.now(), finished: [...FINISHED, 'UNREACHABLE'] });
  return paginate({ query, alias: 'fu', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'DUE_AT', direction: SortDirection.ASC }], page });
}

/**
 * 待我处理: what is assigned to me and not finished; a shift leader also waits on the team's
 * unreachable follow-ups (to send back, reassign or cancel) and reads its serious results of the
 * last followUp.dueDays days, the time the team has to act on them.
 */
async function whereAwaiting(ctx: ServiceContext, query: SelectQueryBuilder<FollowUp>): Promise<void> {
  const mine = "(fu.assigneeId = :awaitingMe AND fu.status IN ('OPEN', 'IN_PROGRESS'))";
  const team = followUpVisibility(ctx.viewer.role) === 'ASSIGNED_OR_TEAM' ? await viewerTeamId(ctx) : null;
  if (!team) {
    query.andWhere(mine, { awaitingMe: ctx.viewer.id });
    return;
  }
  const { dueDays } = followUpPolicy(await readSettings(ctx.dataSource.manager));
  const since = new Date(ctx.clock.now().getTime() - dueDays * 86_400_000);
  query.andWhere(`(${mine} OR (fu.teamId = :awaitingTeam AND (fu.status = 'UNREACHABLE' OR (fu.serious = :serious AND fu.completedAt >= :seriousSince))))`, {
    awaitingMe: ctx.viewer.id,
    awaitingTeam: team,
    serious: true,
    seriousSince: since,
  });
}

/** The customer search of the customers list (name, company, contacts, phone; PII matched only where the viewer may see it). */
async function whereCustomerMatches(ctx: ServiceContext, query: SelectQueryBuilder<FollowUp>, q: string): Promise<void> {
  const customers = ctx.dataSource.getRepository(Customer).createQueryBuilder('customer').select('customer.id').where('customer.archivedAt IS NULL');
  await whereSearchMatches(ctx.dataSource.manager, customers, q, ctx.viewer);
  query.andWhere(`fu.customerId IN (${customers.getQuery()})`, customers.getParameters());
}

/** One follow-up, or null when there is none the viewer may see (an agent asking for a colleague's). */
export async function getFollowUp(ctx: ServiceContext, id: string): Promise<FollowUp | null> {
  assertCan(ctx.viewer, 'followUp', 'show');
  const query = ctx.dataSource.getRepository(FollowUp).createQueryBuilder('fu').where('fu.id = :id AND fu.archivedAt IS NULL', { id });
  await whereVisibleFollowUps(ctx, query);
  return query.getOne();
}

/** A follow-up by hand: anyone who may edit the customer asks for one; only leaders and managers name another assignee. */
export async function createFollowUp(ctx: FollowUpContext, input: CreateFollowUpInput): Promise<FollowUp> {
  const manager = ctx.dataSource.manager;
  const customer = await manager.findOne(Customer, { where: { id: input.customerId, archivedAt: IsNull() }, select: { id: true, ownerId: true } });
  if (!customer) throw badUserInput([{ rule: 'notFound', field: 'customerId' }]);
  assertCan(ctx.viewer, 'followUp', 'create', { isOwner: customer.ownerId === ctx.viewer.id });
  const note = optionalText(input.note) ?? null;
  const violations: Violation[] = [...maxLength('note', note, NOTE_MAX)];
  if (input.contactId && !(await manager.existsBy(Contact, { id: input.contactId, customerId: customer.id }))) violations.push({ rule: 'notFound', field: 'contactId' });
  const assigneeId = input.assigneeId ?? customer.ownerId ?? ctx.viewer.id;
  if (assigneeId !== ctx.viewer.id && assigneeId !== customer.ownerId && !['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR'].includes(ctx.viewer.role)) throw forbidden('followUp', 'assign');
  const assignee = await manager.findOne(Staff, { where: { id: assigneeId, active: true }, select: { id: true, teamId: true } });
  if (!assignee) violations.push({ rule: 'notFound', field: 'assigneeId' });
  assertValid(violations);
  const now = ctx.clock.now();
  const { policy } = await readCallRules(manager, ctx.timeZone, now);
  const record = followUpRecord({
    customerId: customer.id,
    contactId: input.contactId ?? null,
    trigger: 'MANUAL',
    triggerKey: null,
    assigneeId,
    teamId: assignee?.teamId ?? null,
    dueAt: input.dueAt ?? followUpDueAt(now, policy),
    createdById: ctx.viewer.id,
    note,
    triggeredAt: now,
  });
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(FollowUp, record);
    await recordAction(tx, auditTarget(ctx, 'followUp', record.id, now), 'CREATE', { newValue: record.customerId });
  });
  return findActive(manager, record.id);
}

export async function updateFollowUp(ctx: FollowUpContext, id: string, version: number, input: UpdateFollowUpInput): Promise<FollowUp> {
  const manager = ctx.dataSource.manager;
  const current = await findVisible(ctx, id);
  const viewer = await standingOf(ctx, current);
  if (!viewer.isAssignee && !viewer.leadsAssignee) throw forbidden('followUp', 'edit');
  const changes: Partial<FollowUp> = {};
  if (input.contactId !== undefined) changes.contactId = input.contactId;
  if (input.dueAt) changes.dueAt = input.dueAt;
  if (input.note !== undefined) changes.note = optionalText(input.note) ?? null;
  const violations: Violation[] = [...maxLength('note', changes.note, NOTE_MAX)];
  if (changes.contactId && !(await manager.existsBy(Contact, { id: changes.contactId, customerId: current.customerId }))) violations.push({ rule: 'notFound', field: 'contactId' });
  assertValid(violations);
  const now = ctx.clock.now();
  const fields = Object.keys(changes) as Array<keyof FollowUp & string>;
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, FollowUp, 'FollowUp', id, version, changes, now);
    await recordChanges(tx, auditTarget(ctx, 'followUp', id, now), current, { ...current, ...changes }, fields);
  });
  return findActive(manager, id);
}

export async function deleteFollowUp(ctx: ServiceContext, id: string, version: number): Promise<void> {
  assertCan(ctx.viewer, 'followUp', 'delete');
  await findActive(ctx.dataSource.manager, id);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, FollowUp, 'FollowUp', id, version, { archivedAt: now }, now);
    await recordAction(tx, auditTarget(ctx, 'followUp', id, now), 'ARCHIVE');
  });
}

/**
 * 每次回访都有记录: the attempt is checked against the calling windows (unless it keeps the time the
 * customer agreed to), then the domain says what it does: a retry planned outside quiet hours, the
 * agreed time as the new due time, UNREACHABLE after the failed attempts the settings allow.
 */
export async function recordFollowUpAttempt(ctx: FollowUpContext, id: string, version: number, input: RecordFollowUpAttemptInput): Promise<FollowUp> {
  const manager = ctx.dataSource.manager;
  const current = await findVisible(ctx, id);
  await authorizeStep(ctx, current, 'recordAttempt');
  const now = ctx.clock.now();
  const attempt = { at: input.at ?? now, outcome: input.outcome, appointmentAt: input.appointmentAt ?? null, identityVerified: input.identityVerified ?? false, note: optionalText(input.note) ?? null };
  assertValid(validateAttempt(attempt, now));
  const [rules, customer] = await Promise.all([readCallRules(manager, ctx.timeZone, attempt.at), readCallPreferences(manager, current.customerId)]);
  assertNoRuleViolations('The customer may not be called now (休息时间)', checkCallTime(attempt.at, rules.calendar, rules.policy, customer, current.appointmentAt));
  const failedBefore = await failedAttemptTimes(manager, current);
  const effect = attemptEffect(attempt, failedBefore, rules.policy, rules.calendar);
  const changes: Partial<FollowUp> = {
    status: effect.status,
    attemptCount: current.attemptCount + 1,
    nextAttemptAt: effect.nextAttemptAt,
    appointmentAt: attempt.outcome === 'APPOINTMENT' ? attempt.appointmentAt : current.appointmentAt,
    ...(effect.dueAt ? { dueAt: effect.dueAt } : {}),
    ...(effect.reached ? { reachedAt: attempt.at } : {}),
    ...(effect.status === 'DONE' ? { completedAt: now } : {}),
  };
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, FollowUp, 'FollowUp', id, version, changes, now);
    await tx.insert(FollowUpAttempt, { id: newId(now.getTime()), followUpId: id, ...attempt, actorId: ctx.viewer.id });
    await recordChanges(tx, auditTarget(ctx, 'followUp', id, now), current, { ...current, ...changes }, ['status', 'dueAt', 'nextAttemptAt', 'appointmentAt']);
    if (effect.status === 'UNREACHABLE') await notifyLeader(tx, current, now);
  });
  return findActive(manager, id);
}

/** 回访结果: only after the customer was reached; what an unsatisfied answer sets off runs in the same transaction. */
export async function completeFollowUp(ctx: FollowUpContext, id: string, version: number, input: CompleteFollowUpInput): Promise<FollowUp> {
  const current = await findVisible(ctx, id);
  const status = await authorizeStep(ctx, current, 'complete');
  const result = {
    satisfaction: input.satisfaction,
    score: input.score,
    suggestions: optionalText(input.suggestions) ?? null,
    improvement: optionalText(input.improvement) ?? null,
    unsatisfiedAction: input.unsatisfiedAction ?? null,
    serious: input.serious ?? false,
  };
  assertValid(validateFollowUpResult(result, current.trigger));
  assertNoRuleViolations('The customer has not been reached yet', current.reachedAt ? [] : [{ rule: 'notReached', field: 'satisfaction' }]);
  const now = ctx.clock.now();
  const changes: Partial<FollowUp> = { ...result, status, completedAt: now, nextAttemptAt: null };
  const effects = followUpResultEffects(result, current.trigger);
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, FollowUp, 'FollowUp', id, version, changes, now);
    await recordChanges(tx, auditTarget(ctx, 'followUp', id, now), current, { ...current, ...changes }, ['status', 'satisfaction', 'score', 'unsatisfiedAction']);
    const done = { ...current, ...changes };
    await completionHandler(current.trigger)?.(tx, done, effects, { actorId: ctx.viewer.id, now, timeZone: ctx.timeZone });
    await openUnsatisfiedAction(tx, done, effects, { actorId: ctx.viewer.id, now, policy: followUpPolicy(await readSettings(tx)) });
    if (effects.notifyLeader) await notifyLeader(tx, done, now);
  });
  return findActive(ctx.dataSource.manager, id);
}

/** 转派: to another active member of staff, by the assignee's leader or a manager. */
export async function reassignFollowUp(ctx: FollowUpContext, id: string, version: number, input: ReassignFollowUpInput): Promise<FollowUp> {
  const manager = ctx.dataSource.manager;
  const current = await findVisible(ctx, id);
  const status = await authorizeStep(ctx, current, 'reassign');
  const reason = optionalText(input.reason) ?? null;
  const assignee = await manager.findOne(Staff, { where: { id: input.assigneeId, active: true }, select: { id: true, teamId: true } });
  assertValid([...requiredText('reason', reason), ...maxLength('reason', reason, NOTE_MAX), ...(assignee ? [] : [{ rule: 'notFound', field: 'assigneeId' }])]);
  return writeStep(ctx, current, version, { status, assigneeId: input.assigneeId, teamId: assignee?.teamId ?? null }, reason);
}

export async function cancelFollowUp(ctx: FollowUpContext, id: string, version: number, input: FollowUpReasonInput): Promise<FollowUp> {
  const current = await findVisible(ctx, id);
  const status = await authorizeStep(ctx, current, 'cancel');
  const reason = checkedReason(input.reason);
  return writeStep(ctx, current, version, { status, nextAttemptAt: null, note: reason }, reason);
}

/** An unreachable follow-up sent back to be tried again: its earlier failed attempts no longer count. */
export async function retryFollowUp(ctx: FollowUpContext, id: string, version: number, input: FollowUpReasonInput): Promise<FollowUp> {
  const current = await findVisible(ctx, id);
  const status = await authorizeStep(ctx, current, 'retry');
  const reason = checkedReason(input.reason);
  return writeStep(ctx, current, version, { status, attemptsCountedFrom: ctx.clock.now() }, reason);
}

function checkedReason(text: string): string | null {
  const reason = optionalText(text) ?? null;
  assertValid([...requiredText('reason', reason), ...maxLength('reason', reason, NOTE_MAX)]);
  return reason;
}

async function writeStep(ctx: FollowUpContext, current: FollowUp, version: number, changes: Partial<FollowUp>, reason: string | null): Promise<FollowUp> {
  const now = ctx.clock.now();
  const fields = Object.keys(changes) as Array<keyof FollowUp & string>;
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, FollowUp, 'FollowUp', current.id, version, changes, now);
    const target = auditTarget(ctx, 'followUp', current.id, now);
    await recordChanges(tx, target, current, { ...current, ...changes }, fields);
    if (reason) await recordAction(tx, target, 'UPDATE', { field: 'reason', newValue: reason });
  });
  return findActive(ctx.dataSource.manager, current.id);
}

/** The step is legal from the status and the viewer's to take (FORBIDDEN otherwise); answers the next status. */
async function authorizeStep(ctx: ServiceContext, current: FollowUp, action: FollowUpAction) {
  const viewer = await standingOf(ctx, current);
  if (!mayTakeFollowUpAction(action, viewer)) throw forbidden('followUp', action === 'recordAttempt' || action === 'complete' ? 'edit' : 'assign');
  return checkTransition(() => followUpMachine.assertTransition(current.status, action));
}

async function failedAttemptTimes(manager: EntityManager, followUp: FollowUp): Promise<Date[]> {
  const rows = await manager.find(FollowUpAttempt, {
    where: { followUpId: followUp.id, outcome: Not('REACHED'), ...(followUp.attemptsCountedFrom ? { at: MoreThanOrEqual(followUp.attemptsCountedFrom) } : {}) },
    select: { id: true, at: true, outcome: true },
  });
  return rows.filter((row) => ['NO_ANSWER', 'BUSY', 'SILENT_LINE'].includes(row.outcome)).map((row) => row.at);
}

/** The customer's own "not before / not after / do not call". */
export async function readCallPreferences(manager: EntityManager, customerId: string): Promise<CallPreferences> {
  return callPreferencesOf(await manager.findOne(Customer, { where: { id: customerId }, select: { id: true, doNotCall: true, callNotBeforeMinute: true, callNotAfterMinute: true } }));
}

async function findVisible(ctx: ServiceContext, id: string): Promise<FollowUp> {
  const record = await getFollowUp(ctx, id);
  if (!record) throw notFound('FollowUp', id);
  return record;
}

async function findActive(manager: EntityManager, id: string): Promise<FollowUp> {
  const record = await manager.findOneBy(FollowUp, { id, archivedAt: IsNull() });
  if (!record) throw notFound('FollowUp', id);
  return record;
}
