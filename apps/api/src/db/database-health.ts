import type { DataSource } from 'typeorm';

export interface DatabaseHealth {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

/**
 * `/healthz` answers within `withinMs` whatever the database does: a frozen database is `down`, not
 * a health check that hangs with it. One probe at a time: checks that arrive while one is pending share it,
 * so a monitor polling a hung database cannot take every connection of the pool.
 */
export function databaseHealthCheck(dataSource: DataSource, withinMs = 1_500): () => Promise<DatabaseHealth> {
  let pending: Promise<boolean> | null = null;
  return async () => {
    pending ??= dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const probe = pending;
    void probe.finally(() => {
      if (pending === probe) pending = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs);
    });
    const up = await Promise.race([probe, late]);
    clearTimeout(timer);
    return up ? { status: 'ok', database: 'up' } : { status: 'degraded', database: 'down' };
  };
}
