import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796147607777 implements MigrationInterface {
  name = 'Attachments1796147607777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `attachment` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `owner_type` varchar(20) NOT NULL, `owner_id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `content_type` varchar(100) NOT NULL, `size_bytes` int NOT NULL, `sha256` varchar(64) NOT NULL, `storage_key` varchar(100) NOT NULL, `thumbnail_key` varchar(100) NULL, `uploaded_by_id` varchar(36) NOT NULL, `archived_at` datetime(3) NULL, INDEX `idx_attachment_owner` (`owner_type`, `owner_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_attachment_owner` ON `attachment`");
    await queryRunner.query("DROP TABLE `attachment`");
  }
}
