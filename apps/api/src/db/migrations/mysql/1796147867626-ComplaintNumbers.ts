import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillComplaintNumbers } from '../backfill-complaint-numbers';

export class ComplaintNumbers1796147867626 implements MigrationInterface {
  name = 'ComplaintNumbers1796147867626';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `complaint_number_counter` (`day` varchar(10) NOT NULL, `last_sequence` int NOT NULL, PRIMARY KEY (`day`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `complaint` ADD `number` varchar(20) NULL");
    await backfillComplaintNumbers(queryRunner);
    await queryRunner.query("ALTER TABLE `complaint` MODIFY `number` varchar(20) NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_complaint_number` ON `complaint` (`number`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_complaint_number` ON `complaint`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `number`");
    await queryRunner.query("DROP TABLE `complaint_number_counter`");
  }
}
