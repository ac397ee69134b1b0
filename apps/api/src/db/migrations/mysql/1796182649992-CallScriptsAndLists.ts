import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CallScriptsAndLists1796182649992 implements MigrationInterface {
  name = 'CallScriptsAndLists1796182649992';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `call_list` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `name` varchar(100) NOT NULL, `status` varchar(20) NOT NULL, `call_script_id` varchar(36) NOT NULL, `call_script_revision` int NOT NULL, `filter` text NOT NULL, `agent_ids` text NOT NULL, `daily_quota` int NOT NULL, `start_date` date NULL, `launched_at` datetime(3) NULL, `customer_count` int NULL, `created_by_id` varchar(36) NULL, `archived_at` datetime(3) NULL, INDEX `idx_call_list_created` (`created_at`, `id`), INDEX `idx_call_list_updated` (`updated_at`, `id`), INDEX `idx_call_list_name` (`name`, `id`), INDEX `idx_call_list_status` (`status`, `updated_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `call_script` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `call_type` varchar(30) NOT NULL, `name` varchar(100) NOT NULL, `active` tinyint NOT NULL DEFAULT 0, `revision` int NOT NULL, `archived_at` datetime(3) NULL, INDEX `idx_call_script_updated` (`updated_at`, `id`), INDEX `idx_call_script_name` (`name`, `id`), INDEX `idx_call_script_type` (`call_type`, `active`, `updated_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `call_script_line` (`id` varchar(36) NOT NULL, `revision_id` varchar(36) NOT NULL, `position` int NOT NULL, `section` varchar(10) NOT NULL, `kind` varchar(20) NULL, `branch` varchar(20) NULL, `situation` varchar(30) NULL, `text` varchar(1000) NOT NULL, INDEX `idx_call_script_line_revision` (`revision_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `call_script_revision` (`id` varchar(36) NOT NULL, `call_script_id` varchar(36) NOT NULL, `revision` int NOT NULL, `call_type` varchar(30) NOT NULL, `name` varchar(100) NOT NULL, `created_at` datetime(3) NOT NULL, `author_id` varchar(36) NULL, UNIQUE INDEX `uq_call_script_revision` (`call_script_id`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_call_script_revision` ON `call_script_revision`");
    await queryRunner.query("DROP TABLE `call_script_revision`");
    await queryRunner.query("DROP INDEX `idx_call_script_line_revision` ON `call_script_line`");
    await queryRunner.query("DROP TABLE `call_script_line`");
    await queryRunner.query("DROP INDEX `idx_call_script_type` ON `call_script`");
    await queryRunner.query("DROP INDEX `idx_call_script_name` ON `call_script`");
    await queryRunner.query("DROP INDEX `idx_call_script_updated` ON `call_script`");
    await queryRunner.query("DROP TABLE `call_script`");
    await queryRunner.query("DROP INDEX `idx_call_list_status` ON `call_list`");
    await queryRunner.query("DROP INDEX `idx_call_list_name` ON `call_list`");
    await queryRunner.query("DROP INDEX `idx_call_list_updated` ON `call_list`");
    await queryRunner.query("DROP INDEX `idx_call_list_created` ON `call_list`");
    await queryRunner.query("DROP TABLE `call_list`");
  }
}
