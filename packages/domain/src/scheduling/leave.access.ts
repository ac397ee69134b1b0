import { canAccess, scopeOf } from '../permissions';
import type { Role } from '../staff/staff.types';
import type { LeaveType } from './scheduling.types';

/** Whose leave requests a role reads: everyone's, the team's they lead (and their own), their own, or none. */
export type LeaveReach = 'all' | 'team' | 'own' | 'none';

/**
 * 请假 is personal: the approvers (department manager, centre director) read everyone's; a shift
 * leader plans the team's seats, so reads the team's; everyone else only their own.
 */
export function leaveReach(role: Role): LeaveReach {
  const scope = scopeOf(role, 'leaveRequest', 'list');
  if (scope === 'all') return 'all';
  if (scope === false) return 'none';
  return role === 'SHIFT_LEADER' ? 'team' : 'own';
}

/** Leave whose reason and certificate are medical (病假): kept from colleagues and leaders. */
export const MEDICAL_LEAVE_TYPES: readonly LeaveType[] = ['SICK'];

/**
 * Whether the viewer reads a request's reason and certificate reference: always for the person, the
 * leader who filed it for them and the approvers; for sick leave nobody else (a leader sees that a team member is off, not why).
 */
export function canSeeLeaveReason(viewer: { id: string; role: Role }, leave: { staffId: string; type: LeaveType; requestedById?: string | null }): boolean {
  if (!MEDICAL_LEAVE_TYPES.includes(leave.type)) return true;
  // The leader who filed it on the person's behalf wrote the reason down themselves.
  return leave.staffId === viewer.id || leave.requestedById === viewer.id || canAccess(viewer.role, 'leaveRequest', 'approve');
}
