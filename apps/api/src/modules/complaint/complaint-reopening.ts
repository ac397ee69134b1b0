import { complaintDueAt } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { Customer } from '../customer';
import { ComplaintCategory } from './complaint-category.entity';
import { readSlaRules } from './complaint-sla';
import type { Complaint } from './complaint.entity';

/** What a reopening changes: a new time limit and a new round of escalations (its cycle); the first receipt stays on record. */
export type ReopeningChanges = Pick<Complaint, 'closedAt' | 'currentProposalId' | 'slaStartAt' | 'slaCycle' | 'dueAt' | 'escalationLevel' | 'escalatedAt'>;

export async function reopeningChanges(manager: EntityManager, timeZone: string, now: Date, complaint: Complaint): Promise<ReopeningChanges> {
  const [{ policy, calendar }, customer, category] = await Promise.all([
    readSlaRules(manager, timeZone, now),
    manager.findOneOrFail(Customer, { where: { id: complaint.customerId }, select: { id: true, tier: true } }),
    manager.findOneByOrFail(ComplaintCategory, { id: complaint.categoryId }),
  ]);
  const subject = { severity: complaint.severity, tier: customer.tier, categoryDueHours: category.dueHours };
  return {
    closedAt: null,
    currentProposalId: null,
    slaStartAt: now,
    slaCycle: complaint.slaCycle + 1,
    dueAt: complaintDueAt(now, subject, policy, calendar),
    escalationLevel: 0,
    escalatedAt: null,
  };
}
