import { canAccess } from '../permissions';
import type { Role } from '../staff/staff.types';
import { daysBetween, type LocalDate } from '../shared/local-date';
import { defineMachine } from '../shared/state-machine';
import { CONTRACT_STEPS, type ContractAction, type ContractStatus, type ContractStoredStatus } from './contract.types';

/**
 * Transitions between effective statuses. A running contract (ACTIVE, EXPIRING or EXPIRED) can be
 * terminated or renewed; renewing creates a successor DRAFT and marks this one RENEWED.
 */
export const contractMachine = defineMachine<ContractStatus, ContractAction>('contract', {
  DRAFT: { activate: 'ACTIVE' },
  ACTIVE: { terminate: 'TERMINATED', renew: 'RENEWED' },
  EXPIRING: { terminate: 'TERMINATED', renew: 'RENEWED' },
  EXPIRED: { terminate: 'TERMINATED', renew: 'RENEWED' },
  TERMINATED: {},
  RENEWED: {},
}, CONTRACT_STEPS);

/**
 * ACTIVE becomes EXPIRED once the end date is past (the end date itself is still a day of service)
 * and EXPIRING when it falls within the next `windowDays` days, `today` included.
 */
export function effectiveContractStatus(stored: ContractStoredStatus, endDate: LocalDate, today: LocalDate, windowDays: number): ContractStatus {
  if (stored !== 'ACTIVE') return stored;
  const daysLeft = daysBetween(today, endDate);
  if (daysLeft < 0) return 'EXPIRED';
  return daysLeft < windowDays ? 'EXPIRING' : 'ACTIVE';
}

/** The status an action leaves in the database (effective statuses are never stored). */
export function storedStatusAfter(from: ContractStatus, action: ContractAction): ContractStoredStatus {
  return contractMachine.assertTransition(from, action) as ContractStoredStatus;
}

/** Actions a person may take now: legal in the machine and allowed by the permission matrix. */
export function contractNextActions(status: ContractStatus, role: Role, context: { isOwner?: boolean } = {}): ContractAction[] {
  if (!canAccess(role, 'contract', 'edit', context)) return [];
  return contractMachine.allowedActions(status);
}
