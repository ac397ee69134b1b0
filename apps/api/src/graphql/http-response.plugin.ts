import type { ApolloServerPlugin } from '@apollo/server';

/** Seconds a client should wait before trying again when the database is unavailable. */
export const SERVICE_UNAVAILABLE_RETRY_AFTER = '5';

/**
 * The HTTP side of a GraphQL answer, for clients, proxies and load balancers that act without reading the body:
 * - SERVICE_UNAVAILABLE answers 503 with `Retry-After`: the server, not the request, is at fault;
 * - RATE_LIMITED answers 429 with `Retry-After` (the longest wait any of its errors asks for);
 * - a query sent with GET may be kept by the browser but must be revalidated (`private, no-cache`):
 *   Express adds an ETag, and a repeated GET with `If-None-Match` gets 304 without the body;
 *   everything else (POST, mutations) is `no-store`.
 * Apollo's cache-control plugin is off (app.ts), so these are the only cache headers.
 */
export function httpResponsePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, operation }) {
          const revalidate = request.http?.method === 'GET' && operation?.operation === 'query';
          response.http.headers.set('cache-control', revalidate ? 'private, no-cache' : 'no-store');
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', SERVICE_UNAVAILABLE_RETRY_AFTER);
            return;
          }
          const limited = errors.filter((e) => e.extensions?.code === 'RATE_LIMITED');
          if (!limited.length) return;
          const retryAfter = Math.max(1, ...limited.map((e) => Number(e.extensions?.retryAfterSeconds) || 1));
          response.http.status = 429;
          response.http.headers.set('retry-after', String(retryAfter));
        },
      };
    },
  };
}
