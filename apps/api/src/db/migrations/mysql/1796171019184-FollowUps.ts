import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1796171019184 implements MigrationInterface {
  name = 'FollowUps1796171019184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `follow_up` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `contact_id` varchar(36) NULL, `trigger` varchar(20) NOT NULL, `source_id` varchar(36) NULL, `trigger_key` varchar(120) NULL, `assignee_id` varchar(36) NOT NULL, `team_id` varchar(36) NULL, `due_at` datetime(3) NOT NULL, `status` varchar(20) NOT NULL, `next_attempt_at` datetime(3) NULL, `appointment_at` datetime(3) NULL, `attempt_count` int NOT NULL DEFAULT '0', `attempts_counted_from` datetime(3) NULL, `reached_at` datetime(3) NULL, `completed_at` datetime(3) NULL, `satisfaction` varchar(20) NULL, `score` int NULL, `suggestions` text NULL, `improvement` text NULL, `unsatisfied_action` varchar(20) NULL, `serious` tinyint NOT NULL DEFAULT 0, `note` varchar(1000) NULL, `created_by_id` varchar(36) NULL, `archived_at` datetime(3) NULL, UNIQUE INDEX `uq_follow_up_trigger_key` (`trigger_key`), INDEX `idx_follow_up_created` (`created_at`, `id`), INDEX `idx_follow_up_updated` (`updated_at`, `id`), INDEX `idx_follow_up_customer` (`customer_id`, `completed_at`), INDEX `idx_follow_up_status_due` (`status`, `due_at`, `id`), INDEX `idx_follow_up_team` (`team_id`, `status`, `due_at`, `id`), INDEX `idx_follow_up_queue` (`assignee_id`, `status`, `due_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `follow_up_attempt` (`id` varchar(36) NOT NULL, `follow_up_id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `outcome` varchar(20) NOT NULL, `appointment_at` datetime(3) NULL, `identity_verified` tinyint NOT NULL DEFAULT 0, `note` varchar(1000) NULL, `actor_id` varchar(36) NOT NULL, INDEX `idx_follow_up_attempt_follow_up` (`follow_up_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_follow_up_attempt_follow_up` ON `follow_up_attempt`");
    await queryRunner.query("DROP TABLE `follow_up_attempt`");
    await queryRunner.query("DROP INDEX `idx_follow_up_queue` ON `follow_up`");
    await queryRunner.query("DROP INDEX `idx_follow_up_team` ON `follow_up`");
    await queryRunner.query("DROP INDEX `idx_follow_up_status_due` ON `follow_up`");
    await queryRunner.query("DROP INDEX `idx_follow_up_customer` ON `follow_up`");
    await queryRunner.query("DROP INDEX `idx_follow_up_updated` ON `follow_up`");
    await queryRunner.query("DROP INDEX `idx_follow_up_created` ON `follow_up`");
    await queryRunner.query("DROP INDEX `uq_follow_up_trigger_key` ON `follow_up`");
    await queryRunner.query("DROP TABLE `follow_up`");
  }
}
