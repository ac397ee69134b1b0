import { describe, expect, it } from 'vitest';
import { ROLES } from '../staff/staff.types';
import { canSeeLeaveReason, leaveReach } from './leave.access';
import { LEAVE_TYPES } from './scheduling.types';

describe('who reads whose leave', () => {
  it('approvers read everyone’s, a shift leader the team’s, other rostered staff their own, the administrator none', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, leaveReach(role)]))).toEqual({
      AGENT: 'own',
      SHIFT_LEADER: 'team',
      QA_INSPECTOR: 'own',
      DEPT_MANAGER: 'all',
      CENTER_DIRECTOR: 'all',
      ADMIN: 'none',
    });
  });

  it('keeps a sick leave’s reason to the person and the approvers', () => {
    const sick = { staffId: 'p', type: 'SICK' as const };
    expect(canSeeLeaveReason({ id: 'p', role: 'AGENT' }, sick)).toBe(true);
    expect(canSeeLeaveReason({ id: 'l', role: 'SHIFT_LEADER' }, sick)).toBe(false);
    expect(canSeeLeaveReason({ id: 'q', role: 'QA_INSPECTOR' }, sick)).toBe(false);
    expect(canSeeLeaveReason({ id: 'a', role: 'ADMIN' }, sick)).toBe(false);
    expect(canSeeLeaveReason({ id: 'm', role: 'DEPT_MANAGER' }, sick)).toBe(true);
    expect(canSeeLeaveReason({ id: 'd', role: 'CENTER_DIRECTOR' }, sick)).toBe(true);
  });

  it('shows the reason of every other kind of leave to whoever reads the request', () => {
    for (const type of LEAVE_TYPES.filter((t) => t !== 'SICK')) expect(canSeeLeaveReason({ id: 'l', role: 'SHIFT_LEADER' }, { staffId: 'p', type })).toBe(true);
  });
});
