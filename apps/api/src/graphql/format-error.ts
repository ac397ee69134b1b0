import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable, isTransientConflict } from '../shared/db-errors';
import { AppError, contended, serviceUnavailable } from '../shared/errors';
import { currentRequestId } from '../shared/request-id';

/**
 * GraphQL's and Apollo's own codes about the request itself, passed through as they are (DESIGN §2):
 * their messages describe the query, never stored data.
 */
const GRAPHQL_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);
/** Apollo's rarer request codes: a BAD_REQUEST, the exact one in `reason`. */
const OTHER_REQUEST_CODES = new Set(['OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * Every error leaves with a documented code. Anything unexpected (SQL, a bug) is logged with an id
 * and answered as INTERNAL_SERVER_ERROR without its message, stack or values. Each carries the
 * request's id (`extensions.requestId`, the `X-Request-Id` header).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = formatErrorWithoutRequestId(formatted, error);
  const requestId = currentRequestId();
  return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
}

function formatErrorWithoutRequestId(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = asAppError(unwrapResolverError(error));
  const path = formatted.path;
  if (original instanceof AppError) {
    // `http` (a status for Apollo, see service-unavailable.ts) is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return { message: original.message, path, extensions };
  }
  if (original instanceof ArgumentValidationError) {
    return { message: 'Invalid input', path, extensions: { code: 'BAD_USER_INPUT', fields: constraintFields(original.extensions.validationErrors) } };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'BAD_USER_INPUT') {
    // graphql-js's own: a variable whose value does not coerce to its type.
    const fields = [{ path: variablePath(formatted.message), code: variableRule(formatted.message), params: null }];
    return { message: formatted.message, locations: formatted.locations, path, extensions: { code, fields } };
  }
  if (GRAPHQL_REQUEST_CODES.has(code)) return { message: formatted.message, locations: formatted.locations, path, extensions: { code } };
  if (OTHER_REQUEST_CODES.has(code)) return { message: formatted.message, locations: formatted.locations, path, extensions: { code: 'BAD_REQUEST', reason: code } };
  if (isArmorRejection(formatted)) {
    return { message: formatted.message, locations: formatted.locations, path, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (isAnsweredAsClientError(error)) {
    return { message: formatted.message, locations: formatted.locations, path, extensions: { code: 'BAD_REQUEST' } };
  }
  const errorId = randomUUID();
  console.error(`[graphql] ${currentRequestId() ?? '-'} unexpected error ${errorId}`, original);
  return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
}

interface ConstraintError {
  property: string;
  constraints?: Record<string, string>;
  children?: ConstraintError[];
}

/** class-validator's failures as `fields` entries, nested inputs as dotted paths (`lines.0.amount`). */
function constraintFields(errors: readonly ConstraintError[], prefix = ''): { path: string; code: string; params: null; field: string }[] {
  return errors.flatMap((v) => {
    const at = `${prefix}${v.property}`;
    return [
      ...Object.keys(v.constraints ?? {}).map((constraint) => ({ path: at, code: constraint, params: null, field: at })),
      ...constraintFields(v.children ?? [], `${at}.`),
    ];
  });
}

/**
 * The input field a variable-coercion message names, without the variable itself: graphql-js says
 * `... at "input.startsAt"; ...` or `...; Field "startsAt" of required type ...` / `Field "x" is not defined`.
 */
export function variablePath(message: string): string | null {
  const at = /got invalid value .* at "([^"]+)"/.exec(message)?.[1];
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1] ?? null;
  const field = /Field "([^"]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  const inside = at ? at.split('.').slice(1) : [];
  if (field) inside.push(field);
  return inside.length ? inside.join('.').replace(/\[(\d+)\]/g, '.$1') : variable;
}

/**
 * graphql-js's words as a validation rule: a required field missing or null, a field the type does not
 * have, an impossible LocalDate (the domain's `invalidDate`, as before dates had their scalar), or a
 * value of the wrong type.
 */
function variableRule(message: string): string {
  if (/of required type .* was not provided|Expected non-nullable type .* not to be null/.test(message)) return 'required';
  if (/LocalDate must be a calendar date/.test(message)) return 'invalidDate';
  if (/is not defined by type/.test(message)) return 'unknownField';
  return 'invalidValue';
}

/**
 * Database failures a client can act on: a conflict that escaped the transaction retries (a single
 * statement outside any transaction) is CONFLICT, a database that is down or unreachable is
 * SERVICE_UNAVAILABLE. They may come from a resolver or from building the context (the session
 * read), which Apollo wraps without a path.
 */
function asAppError(error: unknown): unknown {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isTransientConflict(cause)) return contended();
  if (isDatabaseUnavailable(cause)) {
    console.warn(`[graphql] database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    return serviceUnavailable();
  }
  return error;
}

/** Apollo's own refusals that carry a 4xx status but no code (a persisted query whose hash does not match it). */
function isAnsweredAsClientError(error: unknown): boolean {
  const status = (error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined) ?? 0;
  return status >= 400 && status < 500;
}

function isArmorRejection(formatted: GraphQLFormattedError): boolean {
  return /^Syntax Error|Query depth limit|Aliases limit|Token limit|Query Cost limit|Directives limit/i.test(formatted.message);
}
