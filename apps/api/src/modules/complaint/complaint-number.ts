import { complaintNumber, complaintNumberDay } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isSqlite } from '../../shared/sql-date';

/**
 * The next number of the business day `at` falls on, taken inside the caller's transaction: one
 * upsert that locks the day's counter row until the transaction ends (no AUTO_INCREMENT, no gaps
 * from rollbacks, safe with several API processes and on Galera, where a conflict retries the transaction).
 * The upsert answers the sequence itself (SQLite's RETURNING; MariaDB's insert id, set by
 * LAST_INSERT_ID(expr) on an update and 0 on a day's first insert): no second statement reads it.
 */
export async function takeComplaintNumber(manager: EntityManager, at: Date, timeZone: string): Promise<string> {
  const day = complaintNumberDay(at, timeZone);
  if (isSqlite(manager)) {
    const [row] = (await manager.query(
      'INSERT INTO complaint_number_counter (day, last_sequence) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence AS lastSequence',
      [day],
    )) as Array<{ lastSequence: number }>;
    return complaintNumber(day, Number(row.lastSequence));
  }
  const result = (await manager.query(
    'INSERT INTO complaint_number_counter (day, last_sequence) VALUES (?, 1) ON DUPLICATE KEY UPDATE last_sequence = LAST_INSERT_ID(last_sequence + 1)',
    [day],
  )) as { insertId: number };
  return complaintNumber(day, Number(result.insertId) || 1);
}
