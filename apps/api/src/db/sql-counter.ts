import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/** Per-request statistics; tests assert on `statements` to catch N+1 queries. */
export interface RequestStats {
  statements: number;
  /** The statements' SQL, when whoever reads the statistics asked for it (tests check which columns a request reads). */
  sql?: string[];
}

export const requestStats = new AsyncLocalStorage<RequestStats>();

export function runWithStats<T>(stats: RequestStats, fn: () => T): T {
  return requestStats.run(stats, fn);
}

/** Work started by a request but not part of it (a background touch): its statements are not the request's. */
export function outsideRequestStats<T>(fn: () => T): T {
  return requestStats.exit(fn);
}

/** Counts every statement TypeORM sends; logs failures without their parameters (they may hold PII). */
export class CountingLogger implements Logger {
  logQuery(query: string): void {
    const stats = requestStats.getStore();
    if (!stats) return;
    stats.statements += 1;
    stats.sql?.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.logQuery(query);
    console.error(`[sql] ${error instanceof Error ? error.message : error} in: ${query.slice(0, 500)}`);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql] slow (${time} ms): ${query.slice(0, 500)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    console.log(`[migration] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm] ${String(message)}`);
  }
}
