import { emailAddress, maxLength, notCleared, oneOf, phoneNumber, requiredText } from '../rules';
import type { Violation } from '../violation';
import { CUSTOMER_KINDS, CUSTOMER_SOURCES, CUSTOMER_TIERS, type CustomerDraft, LIFECYCLE_STAGES } from './customer.types';

export const CUSTOMER_LIMITS = { name: 100, company: 200, address: 300, notes: 2000, tag: 20, tags: 10 } as const;

/** On update only the fields present are checked; on create `name` is required. */
export function validateCustomer(draft: CustomerDraft, mode: 'create' | 'update'): Violation[] {
  const violations: Violation[] = [];
  if (mode === 'create' || draft.name !== undefined) violations.push(...requiredText('name', draft.name));
  violations.push(
    ...maxLength('name', draft.name, CUSTOMER_LIMITS.name),
    ...maxLength('company', draft.company, CUSTOMER_LIMITS.company),
    ...maxLength('address', draft.address, CUSTOMER_LIMITS.address),
    ...maxLength('notes', draft.notes, CUSTOMER_LIMITS.notes),
    ...phoneNumber('phone', draft.phone),
    ...emailAddress('email', draft.email),
    ...oneOf('kind', draft.kind, CUSTOMER_KINDS),
    ...oneOf('tier', draft.tier, CUSTOMER_TIERS),
    ...oneOf('lifecycle', draft.lifecycle, LIFECYCLE_STAGES),
    ...validateTags(draft.tags),
    ...(mode === 'update' ? [...notCleared('kind', draft.kind), ...notCleared('tier', draft.tier), ...notCleared('lifecycle', draft.lifecycle)] : []),
  );
  return violations;
}

function validateTags(tags: string[] | null | undefined): Violation[] {
  if (!tags) return [];
  if (tags.length > CUSTOMER_LIMITS.tags) return [{ rule: 'tooMany', field: 'tags', params: { max: CUSTOMER_LIMITS.tags } }];
  return tags.flatMap((tag) => [...requiredText('tags', tag), ...maxLength('tags', tag, CUSTOMER_LIMITS.tag)]).slice(0, 1);
}

export function isCustomerSource(value: string): boolean {
  return (CUSTOMER_SOURCES as readonly string[]).includes(value);
}
