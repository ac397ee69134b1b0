import { followUpPolicy } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordChanges } from '../audit';
import { Customer } from '../customer';
import { createTriggeredFollowUp, type FollowUpCompletionHandler } from '../follow-up';
import { readSettings } from '../setting';
import { pushComplaintChange } from './complaint-push';
import { addTimelineEntry } from './complaint-timeline';
import { reopeningChanges } from './complaint-reopening';
import { Complaint } from './complaint.entity';

/** 回访 is mandatory (DOMAIN §6): a complaint entering its follow-up step gets a follow-up for its owner, once per round (cycle). */
export async function createComplaintFollowUp(tx: EntityManager, complaint: Complaint, now: Date): Promise<void> {
  const [settings, customer] = await Promise.all([readSettings(tx), tx.findOne(Customer, { where: { id: complaint.customerId }, select: { id: true, ownerId: true } })]);
  await createTriggeredFollowUp(
    tx,
    { trigger: 'COMPLAINT', sourceId: complaint.id, sourceCategoryId: complaint.categoryId, period: `cycle-${complaint.slaCycle}`, customerId: complaint.customerId, complaintOwnerId: complaint.ownerId, customerOwnerId: customer?.ownerId ?? null, triggeredAt: now },
    followUpPolicy(settings),
  );
}

/**
 * The follow-up's answer moves the complaint: satisfied or average → FOLLOWED_UP (ready to close);
 * unsatisfied with "reopen" → back to RECEIVED with a new clock. Any other unsatisfied answer leaves
 * it at FOLLOW_UP for its owner. A complaint already past the step (closed by hand) is left alone.
 */
export const completeComplaintFollowUp: FollowUpCompletionHandler = async (tx, followUp, effects, { actorId, now, timeZone }) => {
  const complaint = followUp.sourceId ? await tx.findOne(Complaint, { where: { id: followUp.sourceId } }) : null;
  if (!complaint || complaint.status !== 'FOLLOW_UP') return;
  const note = [`${followUp.satisfaction} ${followUp.score}/5`, followUp.improvement].filter(Boolean).join('：');
  let step: { action: 'followUpSatisfied' | 'reopen'; changes: Partial<Complaint> & Pick<Complaint, 'status'> };
  if (effects.complaintSatisfied) step = { action: 'followUpSatisfied', changes: { status: 'FOLLOWED_UP' } };
  else if (effects.reopenComplaint) step = { action: 'reopen', changes: { status: 'RECEIVED', ...(await reopeningChanges(tx, timeZone, now, complaint)) } };
  else return;
  await updateVersioned(tx, Complaint, 'Complaint', complaint.id, complaint.version, step.changes, now);
  await addTimelineEntry(tx, { complaintId: complaint.id, at: now, actorId, step: step.action, note });
  await recordChanges(tx, auditTarget({ viewer: { id: actorId } }, 'complaint', complaint.id, now), complaint, { ...complaint, ...step.changes }, Object.keys(step.changes) as Array<keyof Complaint & string>);
  await pushComplaintChange(tx, now, actorId, complaint, { status: step.changes.status });
};
