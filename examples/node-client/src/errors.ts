import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export type Locale = 'zh-CN' | 'en';

/** One entry of the `errorCatalog` query: a documented code and its messages. */
export interface CatalogEntry {
  code: string;
  zhCN: string;
  en: string;
}

/** What a client reads of an error: its `extensions`. The server's `message` is for logs, never shown. */
export interface ApiError {
  extensions?: Record<string, unknown> | null;
}

interface FieldError {
  path: string | null;
  code: string;
  params?: Record<string, unknown> | null;
}

/**
 * The GraphQL errors inside whatever Apollo Client 4 threw: `CombinedGraphQLErrors` for an answer with
 * `errors` (HTTP 200), `ServerError` for a 4xx answer (a 429, a query that does not validate), whose
 * body still holds the `errors` list.
 */
export function apiErrorsOf(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return [...error.errors];
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: ApiError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      // not JSON: no GraphQL errors in it
    }
    return [{ extensions: { code: error.statusCode === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST' } }];
  }
  return [];
}

/**
 * One line for a person, from `extensions` alone: the catalog's message for `code` in `locale`, then
 * what the code carries (the fields to mark, the resource refused, when to retry, the request id).
 */
export function renderError(error: ApiError, catalog: readonly CatalogEntry[], locale: Locale): string {
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const entry = catalog.find((e) => e.code === code) ?? catalog.find((e) => e.code === 'INTERNAL_SERVER_ERROR');
  const message = entry ? (locale === 'zh-CN' ? entry.zhCN : entry.en) : code;
  const details: string[] = [];
  if (Array.isArray(extensions.fields)) {
    for (const field of extensions.fields as FieldError[]) details.push(`${field.path ?? '*'}: ${field.code}`);
  }
  const params = extensions.params as { resource?: string; action?: string } | undefined;
  if (code === 'FORBIDDEN' && params?.resource) details.push(`${params.resource}:${params.action}`);
  if (typeof extensions.reason === 'string') details.push(extensions.reason);
  if (typeof extensions.entity === 'string') details.push(`${extensions.entity} ${extensions.id ?? ''}`.trim());
  if (typeof extensions.currentVersion === 'number') details.push(`version ${extensions.currentVersion}`);
  if (typeof extensions.retryAfterSeconds === 'number') details.push(`${extensions.retryAfterSeconds} s`);
  if (typeof extensions.requestId === 'string') details.push(`#${extensions.requestId}`);
  return `${code}: ${message}${details.length ? ` (${details.join('; ')})` : ''}`;
}
