import { mayReassignComplaint, mayReferComplaint, reassignViolations, referViolations, validateNote } from '@sanxin/domain';
import { assertNoRuleViolations, assertValid, badUserInput, forbidden } from '../../shared/errors';
import { optionalText } from '../../shared/normalize';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordChanges } from '../audit';
import { Staff } from '../staff';
import type { ComplaintContext } from './complaint-context';
import { addEscalation, findEscalationLeader } from './complaint-escalation.service';
import { pushComplaintChange, pushInboxChanged } from './complaint-push';
import { addTimelineEntry } from './complaint-timeline';
import { Complaint } from './complaint.entity';
import type { ReassignComplaintInput, ReferComplaintInput } from './complaint.inputs';
import { findComplaint } from './complaint.service';

/**
 * 上交: the owner hands the complaint up to the shift leader at once. It is the level-1 escalation of
 * the current cycle (the leader's inbox, a handling opinion), so the manager's turn comes 24 hours
 * later if it is still open, exactly as after an escalation by the job. One transaction: the
 * version-checked complaint, the escalation row, the timeline entry and the audit.
 */
export async function referComplaint(ctx: ComplaintContext, id: string, version: number, input: ReferComplaintInput): Promise<Complaint> {
  const manager = ctx.dataSource.manager;
  const current = await findComplaint(manager, id);
  if (!mayReferComplaint(ctx.viewer, current)) throw forbidden('complaint', 'refer', 'handing up a complaint you do not own');
  const reason = optionalText(input.reason) ?? null;
  assertValid(validateNote('reason', reason));
  assertNoRuleViolations('This complaint cannot be handed up', referViolations({ closed: current.closedAt !== null, escalationLevel: current.escalationLevel }));
  const now = ctx.clock.now();
  const leaderId = await findEscalationLeader(manager, current, now);
  const changes = { escalationLevel: 1, escalatedAt: now };
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Complaint, 'Complaint', id, version, changes, now);
    await addEscalation(tx, { complaintId: id, cycle: current.slaCycle, level: 1, escalatedToId: leaderId, at: now, actorId: ctx.viewer.id, step: 'refer', referredById: ctx.viewer.id, reason });
    await recordChanges(tx, auditTarget(ctx, 'complaint', id, now), current, { ...current, ...changes }, ['escalationLevel', 'escalatedAt']);
  });
  return findComplaint(manager, id);
}

/**
 * 转交: a shift leader or a manager moves the complaint to another handler; the first-contact duty
 * (首问负责) passes with it. The timeline entry names the new owner, which puts the complaint in
 * their inbox (`myInbox.reassigned`, pushed as myInboxChanged) until they take a step on it.
 */
export async function reassignComplaint(ctx: ComplaintContext, id: string, version: number, input: ReassignComplaintInput): Promise<Complaint> {
  if (!mayReassignComplaint(ctx.viewer.role)) throw forbidden('complaint', 'assign', 'transferring complaints');
  const manager = ctx.dataSource.manager;
  const current = await findComplaint(manager, id);
  const reason = optionalText(input.reason) ?? null;
  const handlerId = optionalText(input.handlerId) ?? '';
  assertValid(validateNote('reason', reason));
  const handler = handlerId ? await manager.findOne(Staff, { where: { id: handlerId }, select: { id: true, role: true, active: true } }) : null;
  const violations = reassignViolations({ closed: current.closedAt !== null, ownerId: current.ownerId }, handler);
  // A closed complaint is a state the rules refuse; a handler who cannot take it over is bad input.
  assertNoRuleViolations('A closed complaint cannot be transferred', violations.filter((v) => v.rule === 'closed'));
  if (violations.length) throw badUserInput(violations);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Complaint, 'Complaint', id, version, { ownerId: handlerId }, now);
    await addTimelineEntry(tx, { complaintId: id, at: now, actorId: ctx.viewer.id, step: 'reassign', note: reason, recipientId: handlerId });
    await recordChanges(tx, auditTarget(ctx, 'complaint', id, now), current, { ...current, ownerId: handlerId }, ['ownerId']);
    // The new owner's inbox has it (myInbox.reassigned); the previous owner hears that it changed.
    await pushInboxChanged(tx, now, handlerId, id);
    await pushComplaintChange(tx, now, ctx.viewer.id, current, { status: current.status });
  });
  return findComplaint(manager, id);
}
