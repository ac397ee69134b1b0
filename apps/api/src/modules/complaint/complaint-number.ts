import { complaintNumber, complaintNumberDay } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isSqlite } from '../../shared/sql-date';

/**
 * The next number of the business day `at` falls on, taken inside the caller's transaction: one
 * upsert that locks the day's counter row until the transaction ends (no AUTO_INCREMENT, no gaps
 * from rollbacks, safe with several API processes and on Galera, where a conflict retries the transaction).
 */
export async function takeComplaintNumber(manager: EntityManager, at: Date, timeZone: string): Promise<string> {
  const day = complaintNumberDay(at, timeZone);
  const upsert = isSqlite(manager)
    ? 'INSERT INTO complaint_number_counter (day, last_sequence) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last_sequence = last_sequence + 1'
    : 'INSERT INTO complaint_number_counter (day, last_sequence) VALUES (?, 1) ON DUPLICATE KEY UPDATE last_sequence = last_sequence + 1';
  await manager.query(upsert, [day]);
  const [row] = (await manager.query('SELECT last_sequence AS lastSequence FROM complaint_number_counter WHERE day = ?', [day])) as Array<{ lastSequence: number | string }>;
  return complaintNumber(day, Number(row.lastSequence));
}
