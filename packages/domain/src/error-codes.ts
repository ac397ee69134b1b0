import { domainMessages } from './i18n';

/**
 * The documented error codes (DESIGN §2): every error the API answers carries one of them in
 * `extensions.code`. Their zh-CN and en messages are the domain's `errors` labels, which the
 * console shows and the API publishes as the `errorCatalog` query: one list for both.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  // GraphQL's and Apollo's own, passed through as they are (HTTP 400; PERSISTED_QUERY_NOT_FOUND asks for the full query)
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorCatalogEntry {
  code: ErrorCode;
  zhCN: string;
  en: string;
}

/** Each code with what a person should read for it, in Chinese and in English. */
export function errorCatalog(): ErrorCatalogEntry[] {
  return ERROR_CODES.map((code) => ({ code, zhCN: domainMessages['zh-CN'].errors[code], en: domainMessages.en.errors[code] }));
}
