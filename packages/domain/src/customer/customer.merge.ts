import { localDate } from '../calendar/local-time';
import type { Violation } from '../violation';

/** Why two customers look like the same one (重复客户). */
export const DUPLICATE_REASONS = ['PHONE', 'NAME_AND_COMPANY'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Only the digits of a phone number: "138-0013 8000" and "13800138000" are the same phone. */
export function phoneDigits(phone: string | null | undefined): string {
  return (phone ?? '').replace(/\D/g, '');
}

/** Whether a draft and an existing customer look like one customer, and why (both reasons may hold). */
export function duplicateReasons(draft: { name?: string | null; company?: string | null; phone?: string | null }, existing: { name: string; company: string | null; phone: string | null }): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const phone = phoneDigits(draft.phone);
  if (phone.length >= 7 && phone === phoneDigits(existing.phone)) reasons.push('PHONE');
  const name = draft.name?.trim();
  const company = draft.company?.trim();
  if (name && company && name === existing.name.trim() && company === (existing.company ?? '').trim()) reasons.push('NAME_AND_COMPANY');
  return reasons;
}

/** Two different customers, neither archived, may be merged. */
export function checkCustomerMerge(source: { id: string; archivedAt: Date | null }, target: { id: string; archivedAt: Date | null }): Violation[] {
  if (source.id === target.id) return [{ rule: 'sameCustomer', field: 'targetId' }];
  return [...(source.archivedAt ? [{ rule: 'notFound', field: 'sourceId' }] : []), ...(target.archivedAt ? [{ rule: 'notFound', field: 'targetId' }] : [])];
}

/** A merge is undone the same business day it was made, once. */
export function checkMergeUndo(merge: { mergedAt: Date; undoneAt: Date | null }, now: Date, timeZone: string): Violation[] {
  if (merge.undoneAt) return [{ rule: 'mergeAlreadyUndone' }];
  if (localDate(merge.mergedAt, timeZone) !== localDate(now, timeZone)) return [{ rule: 'mergeUndoExpired', params: { day: localDate(merge.mergedAt, timeZone) } }];
  return [];
}
