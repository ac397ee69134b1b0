import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string>();

/** Runs the rest of a request with its id, so error answers and log lines deep inside it can name it. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return current.run(requestId, fn);
}

/** The id of the request being served (X-Request-Id), if any. */
export function currentRequestId(): string | undefined {
  return current.getStore();
}
