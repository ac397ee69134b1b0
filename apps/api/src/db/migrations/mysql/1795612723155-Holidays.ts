import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Holidays1795612723155 implements MigrationInterface {
  name = 'Holidays1795612723155';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `holiday` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `date` varchar(10) NOT NULL, `kind` varchar(20) NOT NULL, `name` varchar(50) NOT NULL, UNIQUE INDEX `uq_holiday_date` (`date`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_holiday_date` ON `holiday`");
    await queryRunner.query("DROP TABLE `holiday`");
  }
}
