import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PushEvents1796160000000 implements MigrationInterface {
  name = 'PushEvents1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `push_event` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime(3) NOT NULL, `kind` varchar(30) NOT NULL, `recipient_id` varchar(36) NULL, `recipient_role` varchar(20) NULL, `complaint_id` varchar(36) NULL, INDEX `idx_push_event_at` (`at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_push_event_at` ON `push_event`");
    await queryRunner.query("DROP TABLE `push_event`");
  }
}
