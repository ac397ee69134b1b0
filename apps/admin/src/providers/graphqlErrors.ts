import { HttpError } from 'react-admin';

/** One entry of `extensions.fields` (BAD_USER_INPUT and RULE_VIOLATION alike): `path` is the input field's name, null for the record as a whole. */
export interface FieldError {
  path: string | null;
  code: string;
  params?: Record<string, string | number> | null;
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: {
    code?: string;
    fields?: FieldError[];
    currentVersion?: number;
    [key: string]: unknown;
  };
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  PASSWORD_CHANGE_REQUIRED: 403,
};

/** Codes whose message the domain's error catalog translates; workflow errors (INVALID_TRANSITION, RULE_VIOLATION) keep the server's own, more precise message. */
const TRANSLATED_CODES = new Set([...Object.keys(STATUS_OF_CODE), 'INTERNAL_SERVER_ERROR', 'INVALID_CREDENTIALS']);

/** Apollo puts GraphQL errors in `graphQLErrors`, or in `networkError.result` when the HTTP status is not 2xx. */
export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  const candidate = error as {
    graphQLErrors?: GraphQLErrorLike[];
    networkError?: { result?: { errors?: GraphQLErrorLike[] } };
    body?: unknown;
  };
  if (candidate.graphQLErrors?.length) return candidate.graphQLErrors;
  if (candidate.networkError?.result?.errors?.length) return candidate.networkError.result.errors;
  return candidate.body && candidate.body !== error ? graphQLErrorsOf(candidate.body) : [];
}

export const errorCodeOf = (error: unknown): string | undefined => graphQLErrorsOf(error)[0]?.extensions?.code;

/** The field errors of an Apollo error, or of the HttpError toReactAdminError made of it (its body keeps the extensions). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const fields = graphQLErrorsOf(error)[0]?.extensions?.fields ?? (error as { body?: { fields?: unknown } })?.body?.fields;
  return Array.isArray(fields) ? fields : [];
}

const FIELD_ERROR_CODES = new Set(['BAD_USER_INPUT', 'RULE_VIOLATION']);

/**
 * Turns an Apollo / ra-data-graphql error into the HttpError react-admin understands:
 * `body.errors` puts the messages of BAD_USER_INPUT and RULE_VIOLATION next to the fields their
 * `path` names, `status` drives checkError (401 signs out) and the CONFLICT handling of edit forms.
 */
export function toReactAdminError(error: unknown, translate: Translate): HttpError {
  if (error instanceof HttpError && error.status !== 200) return error;
  const nested = (error as { body?: unknown })?.body;
  if (nested instanceof HttpError) return nested;

  const [first] = graphQLErrorsOf(error);
  if (!first) {
    const networkStatus = (error as { networkError?: { statusCode?: number } })?.networkError?.statusCode;
    return new HttpError('sanxin.errors.INTERNAL_SERVER_ERROR', networkStatus ?? 500, { cause: error });
  }
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const message = TRANSLATED_CODES.has(code) ? `sanxin.errors.${code}` : first.message;
  const status = STATUS_OF_CODE[code] ?? 500;
  const errors: Record<string, string> = {};
  if (FIELD_ERROR_CODES.has(code)) {
    for (const { path, code: rule, params } of first.extensions?.fields ?? []) {
      if (path) errors[path] ??= translate(`sanxin.validation.${rule}`, { _: rule, ...params });
    }
  }
  return new HttpError(message, status, { code, ...first.extensions, ...(Object.keys(errors).length ? { errors } : {}) });
}

export const isConflict = (error: unknown) => (error as { status?: number })?.status === 409;
