import { followUpDueAt, type FollowUpPolicy, type ResultEffects } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { auditTarget, recordAction } from '../audit';
import { Customer } from '../customer';
import { PushEventKind, publishPush } from '../push';
import { findLeaderOnDuty } from '../scheduling';
import { Staff } from '../staff';
import { followUpRecord } from './follow-up-triggers';
import { FollowUp } from './follow-up.entity';

/**
 * The leader who must hear of a follow-up (DOMAIN §6): the leader on duty (值班长) of the assignee's
 * team now, else a shift leader of the team. Null for a follow-up of nobody's team.
 */
async function leaderFor(tx: EntityManager, followUp: Pick<FollowUp, 'teamId'>, at: Date): Promise<string | null> {
  if (!followUp.teamId) return null;
  const onDuty = await findLeaderOnDuty(tx, followUp.teamId, at);
  if (onDuty?.role === 'SHIFT_LEADER') return onDuty.id;
  const leader = await tx.findOne(Staff, { where: { teamId: followUp.teamId, role: 'SHIFT_LEADER', active: true }, order: { id: 'ASC' }, select: { id: true } });
  return leader?.id ?? onDuty?.id ?? null;
}

/** A serious result or an unreachable customer: the leader's inbox (followUps awaitingMe) has it, and they are pushed at once. */
export async function notifyLeader(tx: EntityManager, followUp: FollowUp, at: Date): Promise<void> {
  await publishPush(tx, at, [{ kind: PushEventKind.FOLLOW_UP_NEEDS_LEADER, recipientId: await leaderFor(tx, followUp, at) }]);
}

/**
 * 不满意 on a follow-up that has no complaint to reopen: a task for the customer's owner, as a new
 * follow-up due by the usual rule, with what the customer wants improved. A new complaint
 * (NEW_COMPLAINT) is an owner task too: registering one needs what the call did not collect
 * (category, severity, the customer's emotion), so the owner calls back and registers it (首问负责).
 */
export async function openUnsatisfiedAction(
  tx: EntityManager,
  followUp: FollowUp,
  effects: ResultEffects,
  step: { actorId: string; now: Date; policy: FollowUpPolicy },
): Promise<string | null> {
  if (!effects.ownerTask && !effects.newComplaint) return null;
  const customer = await tx.findOne(Customer, { where: { id: followUp.customerId }, select: { id: true, ownerId: true } });
  const owner = customer?.ownerId ? await tx.findOne(Staff, { where: { id: customer.ownerId, active: true }, select: { id: true, teamId: true } }) : null;
  const assigneeId = owner?.id ?? (await leaderFor(tx, followUp, step.now)) ?? followUp.assigneeId;
  const task = effects.newComplaint ? '客户不满意，需登记投诉' : '客户不满意，需跟进改进';
  const record = followUpRecord({
    customerId: followUp.customerId,
    contactId: followUp.contactId,
    trigger: 'MANUAL',
    sourceId: followUp.id,
    triggerKey: null,
    assigneeId,
    teamId: owner ? owner.teamId : followUp.teamId,
    dueAt: followUpDueAt(step.now, step.policy),
    createdById: step.actorId,
    note: `${task}：${followUp.improvement ?? ''}`.slice(0, 1000),
    triggeredAt: step.now,
  });
  await tx.insert(FollowUp, record);
  await recordAction(tx, auditTarget({ viewer: { id: step.actorId } }, 'followUp', record.id, step.now), 'CREATE', { newValue: record.customerId });
  return record.id;
}
