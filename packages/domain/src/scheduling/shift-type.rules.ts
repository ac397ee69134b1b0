import { maxLength, oneOf, requiredText } from '../rules';
import { JOB_TYPES } from '../staff/staff.types';
import type { Violation } from '../violation';
import { type Headcount, SHIFT_DAYS, SHIFT_KINDS, type ShiftDays, type ShiftKind } from './scheduling.types';

export interface ShiftTypeDraft {
  name?: string;
  kind?: ShiftKind;
  days?: ShiftDays;
  startMinute?: number;
  endMinute?: number;
  minHeadcount?: Headcount[];
}

/** A shift type: named, minutes within a day, start ≠ end (an end before the start crosses midnight), one headcount per job type. */
export function validateShiftType(draft: ShiftTypeDraft, mode: 'create' | 'update'): Violation[] {
  const violations: Violation[] = [];
  if (mode === 'create' || draft.name !== undefined) violations.push(...requiredText('name', draft.name), ...maxLength('name', draft.name, 50));
  violations.push(...oneOf('kind', draft.kind, SHIFT_KINDS), ...oneOf('days', draft.days, SHIFT_DAYS));
  for (const field of ['startMinute', 'endMinute'] as const) {
    const value = draft[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value < 1440)) violations.push({ rule: 'outOfRange', field, params: { min: 0, max: 1439 } });
  }
  if (draft.startMinute !== undefined && draft.startMinute === draft.endMinute) violations.push({ rule: 'zeroLengthShift', field: 'endMinute' });
  for (const [i, h] of (draft.minHeadcount ?? []).entries()) {
    violations.push(...oneOf(`minHeadcount.${i}.jobType`, h.jobType, JOB_TYPES));
    if (!Number.isInteger(h.count) || h.count < 0 || h.count > 100) violations.push({ rule: 'outOfRange', field: `minHeadcount.${i}.count`, params: { min: 0, max: 100 } });
  }
  const jobTypes = (draft.minHeadcount ?? []).map((h) => h.jobType);
  if (new Set(jobTypes).size !== jobTypes.length) violations.push({ rule: 'duplicate', field: 'minHeadcount' });
  return violations;
}
