/**
 * `leaveRequest` → `LEAVE_REQUEST`, `complaint.escalationClock` → `COMPLAINT_ESCALATION_CLOCK`: how the
 * GraphQL schema spells a domain value that is not SCREAMING_CASE (enum values are names, no dots).
 */
export const screamingCase = (value: string): string => value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/\./g, '_').toUpperCase();
