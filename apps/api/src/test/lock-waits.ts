import type { DataSource, QueryRunner } from 'typeorm';

/**
 * MySQL/MariaDB: resolves once some transaction waits for a row lock held by the `blocker`
 * connection's open transaction: the other side has reached the locked row, with no sleep to guess.
 * MariaDB does not always list a wait in INNODB_LOCK_WAITS (seen: a DELETE waiting 50 s unlisted), so a
 * statement of another connection of this database still running after half a second while the
 * blocker is idle counts as waiting too.
 */
export async function untilBlockedBy(blocker: QueryRunner, dataSource: DataSource): Promise<void> {
  const [{ thread }] = await blocker.query('SELECT CONNECTION_ID() AS thread');
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const [{ waiting }] = await dataSource.query(
      `SELECT COUNT(*) AS waiting FROM information_schema.INNODB_LOCK_WAITS w
       JOIN information_schema.INNODB_TRX blocking ON blocking.trx_id = w.blocking_trx_id WHERE blocking.trx_mysql_thread_id = ?`,
      [thread],
    );
    if (Number(waiting) > 0) return;
    const [{ stuck }] = await dataSource.query(
      `SELECT COUNT(*) AS stuck FROM information_schema.PROCESSLIST
       WHERE db = DATABASE() AND id NOT IN (?, CONNECTION_ID()) AND command = 'Query' AND time_ms >= 500`,
      [thread],
    );
    if (Number(stuck) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('nothing ever waited for the lock');
}
