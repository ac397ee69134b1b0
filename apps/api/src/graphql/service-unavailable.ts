import { SERVICE_UNAVAILABLE_RETRY_AFTER } from './http-response.plugin';
import { isDatabaseUnavailable } from '../shared/db-errors';
import { AppError } from '../shared/errors';

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
      http: { status: 503, headers: new Map([['retry-after', SERVICE_UNAVAILABLE_RETRY_AFTER]]) },
    });
  }
}
