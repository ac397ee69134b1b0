import type { Violation } from './violation';

/** Small checks the aggregate rules compose; each returns at most one violation. */

export function requiredText(field: string, value: string | null | undefined): Violation[] {
  return value == null || value.trim() === '' ? [{ rule: 'required', field }] : [];
}

/** On update, a required field may be left out but not cleared. */
export function notCleared(field: string, value: unknown): Violation[] {
  return value === null ? [{ rule: 'required', field }] : [];
}

export function maxLength(field: string, value: string | null | undefined, max: number): Violation[] {
  return value != null && Array.from(value).length > max ? [{ rule: 'tooLong', field, params: { max } }] : [];
}

export function oneOf(field: string, value: string | null | undefined, allowed: readonly string[]): Violation[] {
  return value != null && !allowed.includes(value) ? [{ rule: 'invalidChoice', field }] : [];
}

const PHONE_CHARS = /^\+?[0-9(（][0-9\- ()（）]*$/;

/** Mainland mobiles (11 digits from 1), landlines with area code, and extensions: 5 to 20 digits. */
export function phoneNumber(field: string, value: string | null | undefined): Violation[] {
  if (value == null || value === '') return [];
  const digits = value.replace(/\D/g, '');
  const valid = PHONE_CHARS.test(value) && digits.length >= 5 && digits.length <= 20;
  return valid ? [] : [{ rule: 'invalidPhone', field }];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailAddress(field: string, value: string | null | undefined): Violation[] {
  if (value == null || value === '') return [];
  return EMAIL.test(value) && value.length <= 254 ? [] : [{ rule: 'invalidEmail', field }];
}

export function notInFuture(field: string, value: Date | null | undefined, now: Date): Violation[] {
  return value != null && value.getTime() > now.getTime() + 60_000 ? [{ rule: 'inFuture', field }] : [];
}
