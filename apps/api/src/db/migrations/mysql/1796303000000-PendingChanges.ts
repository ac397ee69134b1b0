import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PendingChanges1796303000000 implements MigrationInterface {
  name = 'PendingChanges1796303000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `pending_change` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `entity` varchar(20) NOT NULL, `record_id` varchar(36) NOT NULL, `field_changes` text NOT NULL, `status` varchar(20) NOT NULL, `open_key` varchar(60) NULL, `submitted_by_id` varchar(36) NOT NULL, `submitted_at` datetime(3) NOT NULL, `decided_by_id` varchar(36) NULL, `decided_at` datetime(3) NULL, `error_reason` varchar(30) NULL, `decision_note` varchar(500) NULL, INDEX `idx_pending_change_submitted` (`submitted_at`, `id`), INDEX `idx_pending_change_submitter` (`submitted_by_id`, `submitted_at`, `id`), INDEX `idx_pending_change_status` (`status`, `submitted_at`, `id`), INDEX `idx_pending_change_record` (`entity`, `record_id`, `submitted_at`), UNIQUE INDEX `uq_pending_change_open` (`open_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `pending_change`');
  }
}
