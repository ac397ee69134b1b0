import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Settings1795611960924 implements MigrationInterface {
  name = 'Settings1795611960924';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `setting` (`key` varchar(64) NOT NULL, `value` int NOT NULL, `version` int NOT NULL DEFAULT '1', `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `setting`");
  }
}
