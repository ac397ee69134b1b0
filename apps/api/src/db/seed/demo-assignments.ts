import type { CustomerAssignment } from '../../modules/assignment/customer-assignment.entity';
import type { Customer } from '../../modules/customer/customer.entity';
import { newRecord } from '../../shared/new-record';

const DAY = 24 * 60 * 60 * 1000;
const FIRST_CONTACT_DAYS = 7;
/** The last few customers were assigned recently and not yet called: some late, some still in time. */
const RECENT = 8;

/**
 * One assignment per owned customer: most long ago and contacted within days, the last RECENT of
 * them assigned 3-12 days before `now` and still waiting, so the overdue list has entries.
 */
export function demoAssignments(customers: Customer[], managerId: string, now: Date): CustomerAssignment[] {
  const owned = customers.filter((c) => c.ownerId);
  return owned.map((customer, index) => {
    const recent = index >= owned.length - RECENT;
    const daysAgo = recent ? 3 + ((index * 5) % 10) : 20 + ((index * 37) % 300);
    const assignedAt = new Date(Math.max(customer.createdAt.getTime(), now.getTime() - daysAgo * DAY));
    return {
      ...newRecord(assignedAt),
      customerId: customer.id,
      agentId: customer.ownerId as string,
      previousAgentId: null,
      assignedById: managerId,
      reason: recent ? '新客户分配' : '客户分级管理，按负载分配',
      assignedAt,
      firstContactDueAt: new Date(assignedAt.getTime() + FIRST_CONTACT_DAYS * DAY),
      firstContactedAt: recent ? null : new Date(assignedAt.getTime() + (1 + (index % 5)) * DAY),
      firstContactInteractionId: null,
      endedAt: null,
    } as CustomerAssignment;
  });
}
