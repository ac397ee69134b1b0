import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../shared/db-errors';
import { AppError } from '../shared/errors';

const RETRY_AFTER_SECONDS = '5';

/**
 * SERVICE_UNAVAILABLE is answered with HTTP 503 and Retry-After, so proxies, load balancers and
 * clients see at once that the server, not the request, is at fault, and that trying again later may work.
 */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
      },
    };
  },
};

/**
 * The context (the session read) is built before Apollo's request hooks run, so its failure carries
 * its own status: Apollo answers it with the `http` of the error's extensions (500 otherwise).
 */
export async function withDatabaseUnavailableStatus<T>(build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`[graphql] database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    throw new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly', {
      http: { status: 503, headers: new Map([['retry-after', RETRY_AFTER_SECONDS]]) },
    });
  }
}
