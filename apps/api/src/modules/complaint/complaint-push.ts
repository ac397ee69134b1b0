import { canAccess, ROLES } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { PushEventKind, publishPush } from '../push';
import type { Complaint } from './complaint.entity';

/** Roles whose inbox lists proposals waiting for approval (myInbox.approvals). */
const APPROVERS = ROLES.filter((role) => canAccess(role, 'complaint', 'approve'));

/**
 * The push events of a change to a complaint, in its transaction: its owner hears that it changed
 * (unless they made the change) and, when a proposal starts or stops waiting, every approver's inbox
 * changed; an urge lands in the owner's inbox.
 */
export function pushComplaintChange(tx: EntityManager, now: Date, actorId: string, before: Complaint, after: { status: string; urged?: boolean }): Promise<void> {
  const complaintId = before.id;
  const ownerHears = before.ownerId && before.ownerId !== actorId ? before.ownerId : null;
  const proposalMoved = (before.status === 'PROPOSED') !== (after.status === 'PROPOSED');
  return publishPush(tx, now, [
    { kind: PushEventKind.COMPLAINT_CHANGED, recipientId: ownerHears, complaintId },
    ...(after.urged ? [{ kind: PushEventKind.INBOX_CHANGED, recipientId: before.ownerId, complaintId }] : []),
    ...(proposalMoved ? APPROVERS.map((role) => ({ kind: PushEventKind.INBOX_CHANGED, recipientRole: role, complaintId })) : []),
  ]);
}

/** An escalation reached each of these people: their inbox has it. */
export function pushEscalations(tx: EntityManager, now: Date, escalations: readonly { complaintId: string; escalatedToId: string | null }[]): Promise<void> {
  return publishPush(
    tx,
    now,
    escalations.map((e) => ({ kind: PushEventKind.ESCALATION_REACHED, recipientId: e.escalatedToId, complaintId: e.complaintId })),
  );
}

/** The person's own inbox changed (they recorded their handling opinion on an escalation). */
export const pushInboxChanged = (tx: EntityManager, now: Date, staffId: string, complaintId: string) =>
  publishPush(tx, now, [{ kind: PushEventKind.INBOX_CHANGED, recipientId: staffId, complaintId }]);
