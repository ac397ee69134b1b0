import { maxLength, notCleared, oneOf, phoneNumber, requiredText } from '../rules';
import type { Violation } from '../violation';
import { validatePassword } from './password.rules';
import { JOB_TYPES, ROLES, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from './staff.types';

export interface StaffDraft {
  username?: string | null;
  name?: string | null;
  role?: string | null;
  jobType?: string | null;
  skillLevel?: number | null;
  phone?: string | null;
  password?: string | null;
  active?: boolean | null;
}

const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/;

export function validateStaff(draft: StaffDraft, mode: 'create' | 'update'): Violation[] {
  const creating = mode === 'create';
  const violations: Violation[] = [
    ...(creating || draft.name !== undefined ? requiredText('name', draft.name) : []),
    ...maxLength('name', draft.name, 50),
    ...oneOf('role', draft.role, ROLES),
    ...oneOf('jobType', draft.jobType, JOB_TYPES),
    ...phoneNumber('phone', draft.phone),
    ...(creating ? [] : [...notCleared('role', draft.role), ...notCleared('skillLevel', draft.skillLevel), ...notCleared('active', draft.active)]),
  ];
  if (creating && !draft.role) violations.push({ rule: 'required', field: 'role' });
  if (creating || draft.username !== undefined) {
    if (!draft.username || !USERNAME.test(draft.username)) violations.push({ rule: 'invalidUsername', field: 'username' });
  }
  if (creating && !draft.password) violations.push({ rule: 'required', field: 'password' });
  if (draft.password) violations.push(...validatePassword(draft.password, draft.username));
  const level = draft.skillLevel;
  if (level != null && (!Number.isInteger(level) || level < SKILL_LEVEL_MIN || level > SKILL_LEVEL_MAX)) {
    violations.push({ rule: 'outOfRange', field: 'skillLevel', params: { min: SKILL_LEVEL_MIN, max: SKILL_LEVEL_MAX } });
  }
  return violations;
}
