import type { DataSource } from 'typeorm';
import { isSqlite } from '../shared/sql-date';

const causal = new WeakSet<DataSource>();

/**
 * On a Galera cluster a node applies the others' commits a moment after they return, so a read
 * there may miss them. Session reads must not: a token created or revoked through one node is
 * accepted or refused by every node at once. With causal reads on, those reads carry
 * `wsrep_sync_wait = 1` (the node first applies everything committed in the cluster before it),
 * one statement as before (MariaDB's SET STATEMENT … FOR). `auto` turns it on when the server is
 * a Galera node (wsrep_on); `on` and `off` force it. Decided once, when the app starts.
 */
export async function configureCausalReads(dataSource: DataSource, setting: 'auto' | 'on' | 'off'): Promise<boolean> {
  causal.delete(dataSource);
  if (setting === 'off' || isSqlite(dataSource)) return false;
  const rows: Array<{ Variable_name: string; Value: string }> = await dataSource.query(
    "SHOW VARIABLES WHERE Variable_name IN ('version', 'wsrep_on', 'wsrep_sync_wait')",
  );
  const variables = new Map(rows.map((row) => [row.Variable_name, row.Value]));
  const supported = variables.has('wsrep_sync_wait') && /mariadb/i.test(variables.get('version') ?? '');
  if (setting === 'on' && !supported) throw new Error('DB_CAUSAL_READS=on needs MariaDB (wsrep_sync_wait); this server has none');
  const enabled = supported && (setting === 'on' || variables.get('wsrep_on') === 'ON');
  if (enabled) causal.add(dataSource);
  return enabled;
}

/** The statement, made to wait for the cluster's latest commits when causal reads are on. */
export function causalRead(dataSource: DataSource, sql: string): string {
  return causal.has(dataSource) ? `SET STATEMENT wsrep_sync_wait = 1 FOR ${sql}` : sql;
}
