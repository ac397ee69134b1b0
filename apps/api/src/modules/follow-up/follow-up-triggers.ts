import { chooseFollowUpAssignee, followUpDueAt, type FollowUpPolicy, type FollowUpTrigger, followUpTriggerKey, type ResultEffects } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { newRecord } from '../../shared/new-record';
import { Staff } from '../staff';
import { FollowUp } from './follow-up.entity';

export interface TriggeredFollowUp {
  trigger: Exclude<FollowUpTrigger, 'MANUAL'>;
  sourceId: string;
  customerId: string;
  /** The complaint's owner, when there is one; else the customer's owner, else the team leader. */
  complaintOwnerId?: string | null;
  customerOwnerId?: string | null;
  triggeredAt: Date;
  /** For periodic care: the period (2026-12, 2026-Q4). */
  period?: string;
  /** A complaint's category, for satisfaction per category. */
  sourceCategoryId?: string | null;
}

/**
 * Creates the follow-up a trigger calls for, once: the trigger key is unique, so a second call (a
 * retried transaction, another API process, a job run twice) finds it and creates nothing. Runs in
 * the caller's transaction. Answers the follow-up's id, or null when nobody could be assigned.
 */
export async function createTriggeredFollowUp(tx: EntityManager, draft: TriggeredFollowUp, policy: FollowUpPolicy): Promise<string | null> {
  const triggerKey = followUpTriggerKey(draft.trigger, draft.sourceId, draft.period);
  const existing = await tx.findOne(FollowUp, { where: { triggerKey: triggerKey ?? '' }, select: { id: true } });
  if (existing) return existing.id;
  const owner = draft.complaintOwnerId ?? draft.customerOwnerId ?? null;
  const ownerStaff = owner ? await tx.findOne(Staff, { where: { id: owner }, select: { id: true, teamId: true, active: true } }) : null;
  // An owner who has left (inactive) gets no work: the leader of their team calls instead.
  const ownerCalls = ownerStaff?.active === true;
  const leader =
    !ownerCalls && ownerStaff?.teamId
      ? await tx.findOne(Staff, { where: { teamId: ownerStaff.teamId, role: 'SHIFT_LEADER', active: true }, order: { id: 'ASC' }, select: { id: true, teamId: true } })
      : null;
  const assigneeId = chooseFollowUpAssignee(
    ownerCalls ? { complaintOwnerId: draft.complaintOwnerId, customerOwnerId: draft.customerOwnerId } : { teamLeaderId: leader?.id },
  );
  const team = ownerCalls ? ownerStaff : leader;
  if (!assigneeId) return null;
  const record = followUpRecord({ ...draft, triggerKey, assigneeId, teamId: team?.teamId ?? null, dueAt: followUpDueAt(draft.triggeredAt, policy), createdById: null, note: null, contactId: null });
  try {
    await tx.insert(FollowUp, record);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another transaction created it first. A locking read sees its committed row, which this
    // transaction's snapshot (REPEATABLE READ) would not; SQLite writes one at a time and needs none.
    const lock = tx.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_read' as const } };
    return (await tx.findOneOrFail(FollowUp, { where: { triggerKey: triggerKey ?? '' }, select: { id: true }, ...lock })).id;
  }
  return record.id;
}

export function followUpRecord(
  draft: Pick<FollowUp, 'customerId' | 'contactId' | 'trigger' | 'triggerKey' | 'assigneeId' | 'teamId' | 'dueAt' | 'createdById' | 'note'> & { sourceId?: string | null; sourceCategoryId?: string | null; triggeredAt: Date },
): FollowUp {
  return Object.assign(new FollowUp(), {
    ...newRecord(draft.triggeredAt),
    customerId: draft.customerId,
    contactId: draft.contactId,
    trigger: draft.trigger,
    sourceId: draft.sourceId ?? null,
    sourceCategoryId: draft.sourceCategoryId ?? null,
    triggerKey: draft.triggerKey,
    assigneeId: draft.assigneeId,
    teamId: draft.teamId,
    dueAt: draft.dueAt,
    status: 'OPEN' as const,
    nextAttemptAt: null,
    appointmentAt: null,
    attemptCount: 0,
    attemptsCountedFrom: null,
    reachedAt: null,
    completedAt: null,
    satisfaction: null,
    score: null,
    suggestions: null,
    improvement: null,
    unsatisfiedAction: null,
    serious: false,
    note: draft.note,
    createdById: draft.createdById,
    archivedAt: null,
  } satisfies FollowUp);
}

/** What the module of a trigger does when its follow-up is done (a complaint moves on, or is reopened), in the same transaction. */
export type FollowUpCompletionHandler = (tx: EntityManager, followUp: FollowUp, effects: ResultEffects, step: { actorId: string; now: Date; timeZone: string }) => Promise<void>;

const completionHandlers = new Map<FollowUpTrigger, FollowUpCompletionHandler>();

/** Registered by the module that owns the trigger's record (the complaint module for COMPLAINT). */
export function onFollowUpCompleted(trigger: FollowUpTrigger, handler: FollowUpCompletionHandler): void {
  completionHandlers.set(trigger, handler);
}

export function completionHandler(trigger: FollowUpTrigger): FollowUpCompletionHandler | undefined {
  return completionHandlers.get(trigger);
}
