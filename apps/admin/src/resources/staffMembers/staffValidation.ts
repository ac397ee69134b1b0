import { type StaffDraft, validateStaff } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

export const validateStaffForm = (mode: 'create' | 'update') =>
  // An empty password on edit means "keep the current one", not "set an empty one".
  domainValidator(({ password, ...values }: StaffDraft) => validateStaff({ ...values, ...(password ? { password } : {}) }, mode));
