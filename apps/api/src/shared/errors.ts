import { type Action, type ErrorCode, InvalidTransitionError, type Resource, type Violation } from '@sanxin/domain';
import { GraphQLError } from 'graphql';

/** The documented error codes (DESIGN §2; the list and its messages live in @sanxin/domain, published as `errorCatalog`). */
export type { ErrorCode };

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** `reason` EXPIRED: the session ran out (sign in again); MISSING: no session; REVOKED: signed out or revoked. */
export const unauthenticated = (reason: 'MISSING' | 'EXPIRED' | 'REVOKED' = 'MISSING') =>
  new AppError('UNAUTHENTICATED', reason === 'EXPIRED' ? 'Your session has expired; sign in again' : 'Sign in first', { reason });
/**
 * FORBIDDEN names the resource and the action of the permission matrix (`params: { resource, action }`)
 * (or a workflow step) so a client can say what was refused; `why` narrows it when the rule is about this record.
 */
export const forbidden = (resource: Resource, action: Action | (string & {}), why?: string) =>
  new AppError('FORBIDDEN', why ? `You are not allowed to do this: ${why}` : `You are not allowed to ${action} ${resource}`, { params: { resource, action } });
export const notFound = (entity: string, id: string) => new AppError('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id });
export const conflict = (entity: string, id: string, currentVersion: number) =>
  new AppError('CONFLICT', `${entity} ${id} was changed by someone else (now version ${currentVersion})`, { currentVersion });
/** The rows were being changed by other requests at the same moment, past the automatic retries: try again. */
export const contended = () => new AppError('CONFLICT', 'Someone else was changing the same records at the same moment; try again');
export const serviceUnavailable = () => new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly');
/** The session's person signed in with a password given to them: only changePassword, me and logout answer until they choose their own. */
export const passwordChangeRequired = () =>
  new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first (changePassword); nothing else is allowed until then');
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });

/**
 * One entry of `extensions.fields` (BAD_USER_INPUT and RULE_VIOLATION alike): `path` is the name of
 * the input field as the client sent it (`startsAt`; `page.limit` for a field of another argument),
 * null when the rule is about the record as a whole.
 */
export interface FieldError {
  path: string | null;
  code: string;
  params: Record<string, string | number> | null;
}

/** The deprecated names (`field` in each entry, RULE_VIOLATION's `violations`) stay until 2027-03-01; see docs/api/CHANGELOG.md. */
const fieldErrors = (violations: readonly Violation[]) =>
  violations.map(({ field, rule, params }) => ({ path: field ?? null, code: rule, params: params ?? null, field: field ?? null }));

export function badUserInput(violations: readonly Violation[]): AppError {
  const fields = fieldErrors(violations);
  const names = [...new Set(fields.map((f) => f.path).filter(Boolean))].join(', ');
  return new AppError('BAD_USER_INPUT', `Invalid input${names ? `: ${names}` : ''}`, { fields });
}

export function assertValid(violations: readonly Violation[]): void {
  if (violations.length > 0) throw badUserInput(violations);
}

/** RULE_VIOLATION with every violated rule (DESIGN §2), so a form can show them all. */
export function ruleViolation(message: string, violations: readonly Violation[]): AppError {
  return new AppError('RULE_VIOLATION', message, {
    fields: fieldErrors(violations),
    violations: violations.map(({ rule, field, params }) => ({ rule, field: field ?? null, params: params ?? null })),
  });
}

export function assertNoRuleViolations(message: string, violations: readonly Violation[]): void {
  if (violations.length) throw ruleViolation(message, violations);
}

/** INVALID_TRANSITION: `action` is not a legal step from `from`; `allowed` lists the steps that are. */
export function invalidTransition(from: string | null, action: string, allowed: readonly string[] = [], message = `Cannot ${action} from ${from}`): AppError {
  return new AppError('INVALID_TRANSITION', message, { from, action, allowed });
}

/** Runs a domain transition check, answering an illegal step with INVALID_TRANSITION (from, action, allowed). */
export function checkTransition<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidTransitionError) throw invalidTransition(error.from, error.action, error.allowed);
    throw error;
  }
}
