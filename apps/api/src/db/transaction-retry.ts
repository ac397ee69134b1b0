import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientConflict } from '../shared/db-errors';
import { contended } from '../shared/errors';

type AnyFunction = (...args: unknown[]) => Promise<unknown>;

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** The n-th retry waits a random time between 0 and min(maxDelayMs, baseDelayMs × 2^n). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 15, maxDelayMs: 400 };

/** What a CONFLICT says once the retries are spent: set by the versioned write of the attempt, if it made one. */
interface Attempt {
  conflictAfterRetries?: () => Promise<Error>;
}

const currentAttempt = new AsyncLocalStorage<Attempt>();

/**
 * Lets the versioned write of a transaction tell the retry loop how to describe a lost race on
 * its record: CONFLICT with the record's current version, as every stale save answers.
 */
export function describeConflictWith(conflict: () => Promise<Error>): void {
  const attempt = currentAttempt.getStore();
  if (attempt) attempt.conflictAfterRetries = conflict;
}

/**
 * Every `dataSource.transaction(…)` on MySQL/MariaDB runs again, whole, when the database
 * aborted it for a conflict with another transaction (isTransientConflict: a deadlock, a lock
 * wait timeout, a Galera certification failure at UPDATE, INSERT or COMMIT). Nothing of an
 * aborted attempt was written, and each attempt re-reads what it checks (versions, uniqueness), so
 * a retry either succeeds or meets the other writer's commit and answers CONFLICT or
 * BAD_USER_INPUT as it would have sequentially. Waits grow with random jitter, so the
 * transactions that collided do not collide again in step. When the attempts are spent the
 * client gets CONFLICT (with the record's current version when the transaction made a versioned
 * write), never INTERNAL_SERVER_ERROR. Installed once, where the data source is made, so every
 * service gets it without knowing.
 */
export function retryTransactionsOnConflict(dataSource: DataSource, policy: RetryPolicy = DEFAULT_RETRY_POLICY): void {
  const manager = dataSource.manager as EntityManager & { transaction: AnyFunction };
  const transaction = manager.transaction.bind(manager);
  manager.transaction = async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt += 1) {
      const state: Attempt = {};
      try {
        return await currentAttempt.run(state, () => transaction(...args));
      } catch (error) {
        if (!isTransientConflict(error)) throw error;
        if (attempt >= policy.attempts) {
          console.warn(`[db] transaction aborted by concurrent writers ${attempt} times; answering CONFLICT`);
          throw state.conflictAfterRetries ? await state.conflictAfterRetries() : contended();
        }
        await sleep(Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
      }
    }
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
