import { DEFAULT_SCORECARD } from '@sanxin/domain';
import { DateUtils, type QueryRunner } from 'typeorm';
import { newId } from '../../shared/ids';

/** Every installation starts with the department's scorecard (the five dimensions, 20 each, 0–10), active. */
export async function insertDefaultScorecard(queryRunner: QueryRunner): Promise<void> {
  const now = DateUtils.mixedDateToUtcDatetimeString(new Date());
  const id = newId();
  const name = '标准质检评分表';
  await queryRunner.query('INSERT INTO scorecard_template (id, version, created_at, updated_at, name, current_version, active) VALUES (?, 1, ?, ?, ?, 1, ?)', [
    id,
    now,
    now,
    name,
    1,
  ]);
  await queryRunner.query(
    'INSERT INTO scorecard_template_version (id, template_id, template_version, name, dimensions, critical_items, created_at, author_id) VALUES (?, ?, 1, ?, ?, ?, ?, NULL)',
    [newId(), id, name, JSON.stringify(DEFAULT_SCORECARD.dimensions), JSON.stringify(DEFAULT_SCORECARD.criticalItems.map((c) => c.code)), now],
  );
}
