import type { ApolloServerPlugin } from '@apollo/server';

/** Seconds a client should wait before trying again when the database is unavailable. */
export const SERVICE_UNAVAILABLE_RETRY_AFTER = '5';

/**
 * HTTP semantics of GraphQL errors a client, a proxy or a load balancer acts on without reading the
 * body: RATE_LIMITED answers 429 with `Retry-After` (the longest wait any of its errors asks for);
 * SERVICE_UNAVAILABLE answers 503 with `Retry-After`: the server, not the request, is at fault.
 */
export function httpStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
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
