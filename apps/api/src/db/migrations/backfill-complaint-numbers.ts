import { numberInOrder } from '@sanxin/domain';
import type { QueryRunner } from 'typeorm';
import { parseDbDate } from '../../shared/db-date';

/**
 * Numbers the complaints registered before numbering existed, each business day (TZ_BUSINESS, as the
 * API reads it) from 1 in order of registration, and starts each day's counter where it stopped.
 * Runs before the column becomes NOT NULL and unique.
 */
export async function backfillComplaintNumbers(queryRunner: QueryRunner): Promise<void> {
  const rows: Array<{ id: string; created_at: Date | string }> = await queryRunner.query('SELECT id, created_at FROM complaint');
  if (rows.length === 0) return;
  const { numbers, lastByDay } = numberInOrder(rows.map((r) => ({ id: r.id, registeredAt: parseDbDate(r.created_at) })), process.env.TZ_BUSINESS || 'Asia/Shanghai');
  const pairs = [...numbers];
  for (let start = 0; start < pairs.length; start += 500) {
    const chunk = pairs.slice(start, start + 500);
    await queryRunner.query(`UPDATE complaint SET number = CASE id ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${chunk.map(() => '?').join(', ')})`, [...chunk.flat(), ...chunk.map(([id]) => id)]);
  }
  const counters = [...lastByDay];
  for (let start = 0; start < counters.length; start += 500) {
    const chunk = counters.slice(start, start + 500);
    await queryRunner.query(`INSERT INTO complaint_number_counter (day, last_sequence) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }
}
