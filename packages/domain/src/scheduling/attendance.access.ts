import { scopeOf } from '../permissions';
import type { Role } from '../staff/staff.types';

/** Whose attendance a role reads or acts on: everyone's, the team's they lead (and their own), their own, or none. */
export type AttendanceReach = 'all' | 'team' | 'own' | 'none';

/**
 * 考勤 (DOMAIN §7): an agent checks in and out for their own shifts and sees only their own record and
 * violations; a shift leader acts for the team they lead; the managers for everyone. `action`:
 * list/show to read, create/edit to check in and out, approve for a leader's decisions (a check-out
 * before the next shift arrives, an absence from the post).
 */
export function attendanceReach(role: Role, action: 'list' | 'create' | 'approve' = 'list'): AttendanceReach {
  const scope = scopeOf(role, 'attendance', action);
  if (scope === 'all') return 'all';
  if (scope === false) return 'none';
  return role === 'SHIFT_LEADER' ? 'team' : 'own';
}

/** Whether `viewer` may read or act on the attendance of `person` (their team given by the caller's lookups). */
export function mayActOnAttendance(
  viewer: { id: string; role: Role; teamId: string | null; leadsTeam: boolean },
  person: { staffId: string; teamId: string | null },
  action: 'list' | 'create' | 'approve' = 'list',
): boolean {
  const reach = attendanceReach(viewer.role, action);
  if (reach === 'all') return true;
  if (reach === 'none') return false;
  // A leader's decisions are about their team, never themselves (the override is a second person's word).
  if (action === 'approve') return reach === 'team' && viewer.leadsTeam && person.teamId === viewer.teamId && person.staffId !== viewer.id;
  if (person.staffId === viewer.id) return true;
  return reach === 'team' && viewer.leadsTeam && person.teamId != null && person.teamId === viewer.teamId;
}
