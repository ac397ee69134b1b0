import { type ComplaintRegistrationDraft, validateComplaintRegistration } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

type FormValues = Omit<ComplaintRegistrationDraft, 'receivedAt'> & { receivedAt?: Date | string | null };

/** A datetime-local value ("2026-05-06T09:30", the agent's wall clock) or a Date, as a Date. */
export function toDate(value: Date | string | null | undefined): Date | null {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** What the form sends: receivedAt as an instant (ISO-8601 UTC), blank text left out by buildQuery. */
export function registrationPayload<T extends FormValues>(values: T): T & { receivedAt?: string } {
  const receivedAt = toDate(values.receivedAt);
  return { ...values, receivedAt: receivedAt ? receivedAt.toISOString() : undefined };
}

/** The registration rule the API runs (required fields, lengths, received-at not in the future, product dates). */
export const validateRegistration = domainValidator((values: FormValues) =>
  // A minute of slack: the default "now" was taken when the form opened.
  validateComplaintRegistration({ ...values, receivedAt: toDate(values.receivedAt) }, new Date(Date.now() + 60_000)),
);

/** "138" or "1381234" looks like a phone fragment; anything else is a name. */
export function looksLikePhone(text: string): boolean {
  return /^[\d\s+-]{3,}$/.test(text.trim());
}
