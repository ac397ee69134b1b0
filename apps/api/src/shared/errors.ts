import type { Violation } from '@sanxin/domain';
import { GraphQLError } from 'graphql';

/** The documented error codes (DESIGN §2); every error a client sees carries one of them. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RULE_VIOLATION'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in first');
export const forbidden = (what = 'this action') => new AppError('FORBIDDEN', `You are not allowed to do ${what}`);
export const notFound = (entity: string, id: string) => new AppError('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id });
export const conflict = (entity: string, id: string, currentVersion: number) =>
  new AppError('CONFLICT', `${entity} ${id} was changed by someone else (now version ${currentVersion})`, { currentVersion });
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });

export function badUserInput(violations: readonly Violation[]): AppError {
  const fields = violations.map(({ field, rule, params }) => ({ field: field ?? null, code: rule, params: params ?? null }));
  const names = [...new Set(fields.map((f) => f.field).filter(Boolean))].join(', ');
  return new AppError('BAD_USER_INPUT', `Invalid input${names ? `: ${names}` : ''}`, { fields });
}

export function assertValid(violations: readonly Violation[]): void {
  if (violations.length > 0) throw badUserInput(violations);
}
