import { canAccess, type Role } from '@sanxin/domain';

/** Managers assign customers (分配); the domain matrix decides who they are. */
export const canAssignCustomers = (role: Role | undefined) => Boolean(role && canAccess(role, 'customer', 'assign'));

/**
 * The workload page: whoever assigns, plus the shift leader who balances seats on the shift
 * (the API's agentWorkloads answers the same roles).
 */
export const canSeeWorkload = (role: Role | undefined) => canAssignCustomers(role) || role === 'SHIFT_LEADER';
