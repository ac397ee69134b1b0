import { DateUtils, type QueryRunner } from 'typeorm';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../../modules/complaint/national-categories';
import { newId } from '../../shared/ids';

/** Every installation starts with the national taxonomy; administrators add and retire from there. */
export async function insertComplaintCategories(queryRunner: QueryRunner): Promise<void> {
  const now = DateUtils.mixedDateToUtcDatetimeString(new Date());
  const rows = NATIONAL_COMPLAINT_CATEGORIES.map((c, index) => [newId(), 1, now, now, c.code, c.nameZh, c.nameEn, c.dueHours, (index + 1) * 10, 1]);
  await queryRunner.query(
    `INSERT INTO complaint_category (id, version, created_at, updated_at, code, name_zh, name_en, due_hours, sort_order, active) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    rows.flat(),
  );
}
