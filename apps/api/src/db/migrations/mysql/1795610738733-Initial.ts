import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795610738733 implements MigrationInterface {
  name = 'Initial1795610738733';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `team` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `name` varchar(50) NOT NULL, UNIQUE INDEX `uq_team_name` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `staff` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `username` varchar(32) NOT NULL, `password_hash` varchar(255) NOT NULL, `name` varchar(50) NOT NULL, `role` varchar(20) NOT NULL, `job_type` varchar(20) NULL, `skill_level` int NOT NULL DEFAULT '1', `active` tinyint NOT NULL DEFAULT 1, `phone` varchar(30) NULL, `team_id` varchar(36) NULL, UNIQUE INDEX `uq_staff_username` (`username`), INDEX `idx_staff_team` (`team_id`), INDEX `idx_staff_role` (`role`, `name`), INDEX `idx_staff_name` (`name`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `audit_log` (`id` varchar(36) NOT NULL, `entity` varchar(30) NOT NULL, `entity_id` varchar(36) NOT NULL, `action` varchar(10) NOT NULL, `field` varchar(50) NULL, `old_value` text NULL, `new_value` text NULL, `actor_id` varchar(36) NULL, `at` datetime(3) NOT NULL, INDEX `idx_audit_actor` (`actor_id`, `at`), INDEX `idx_audit_entity` (`entity`, `entity_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `login_throttle` (`key` varchar(64) NOT NULL, `failures` int NOT NULL DEFAULT '0', `locked_until` datetime(3) NULL, `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `session` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `staff_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, `last_seen_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `revoked_at` datetime(3) NULL, UNIQUE INDEX `uq_session_token_hash` (`token_hash`), INDEX `idx_session_staff` (`staff_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `customer` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `kind` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `company` varchar(200) NULL, `phone` varchar(30) NULL, `email` varchar(254) NULL, `address` varchar(300) NULL, `source` varchar(20) NULL, `industry` varchar(50) NULL, `tier` varchar(1) NOT NULL, `lifecycle` varchar(20) NOT NULL, `tags` text NOT NULL, `notes` text NULL, `owner_id` varchar(36) NULL, `archived_at` datetime(3) NULL, `search_text` varchar(1000) NOT NULL DEFAULT '', INDEX `idx_customer_lifecycle_updated` (`lifecycle`, `updated_at`, `id`), INDEX `idx_customer_tier_updated` (`tier`, `updated_at`, `id`), INDEX `idx_customer_owner_updated` (`owner_id`, `updated_at`, `id`), INDEX `idx_customer_name` (`name`, `id`), INDEX `idx_customer_created` (`created_at`, `id`), INDEX `idx_customer_updated` (`updated_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `contact` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `name` varchar(50) NOT NULL, `position` varchar(50) NULL, `phone` varchar(30) NULL, `email` varchar(254) NULL, `is_primary` tinyint NOT NULL DEFAULT 0, `archived_at` datetime(3) NULL, INDEX `idx_contact_name` (`name`, `id`), INDEX `idx_contact_customer` (`customer_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `customer_tag` (`customer_id` varchar(36) NOT NULL, `tag` varchar(20) NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `idx_customer_tag_tag` (`tag`, `customer_id`), PRIMARY KEY (`customer_id`, `tag`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `interaction` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `contact_id` varchar(36) NULL, `staff_id` varchar(36) NOT NULL, `channel` varchar(20) NOT NULL, `direction` varchar(20) NOT NULL, `summary` text NOT NULL, `outcome` varchar(30) NULL, `occurred_at` datetime(3) NOT NULL, `archived_at` datetime(3) NULL, INDEX `idx_interaction_staff_occurred` (`staff_id`, `occurred_at`, `id`), INDEX `idx_interaction_customer_occurred` (`customer_id`, `occurred_at`, `id`), INDEX `idx_interaction_occurred` (`occurred_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_interaction_occurred` ON `interaction`");
    await queryRunner.query("DROP INDEX `idx_interaction_customer_occurred` ON `interaction`");
    await queryRunner.query("DROP INDEX `idx_interaction_staff_occurred` ON `interaction`");
    await queryRunner.query("DROP TABLE `interaction`");
    await queryRunner.query("DROP INDEX `idx_customer_tag_tag` ON `customer_tag`");
    await queryRunner.query("DROP TABLE `customer_tag`");
    await queryRunner.query("DROP INDEX `idx_contact_customer` ON `contact`");
    await queryRunner.query("DROP INDEX `idx_contact_name` ON `contact`");
    await queryRunner.query("DROP TABLE `contact`");
    await queryRunner.query("DROP INDEX `idx_customer_updated` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_created` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_name` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_owner_updated` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_tier_updated` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_lifecycle_updated` ON `customer`");
    await queryRunner.query("DROP TABLE `customer`");
    await queryRunner.query("DROP INDEX `idx_session_staff` ON `session`");
    await queryRunner.query("DROP INDEX `uq_session_token_hash` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP TABLE `login_throttle`");
    await queryRunner.query("DROP INDEX `idx_audit_entity` ON `audit_log`");
    await queryRunner.query("DROP INDEX `idx_audit_actor` ON `audit_log`");
    await queryRunner.query("DROP TABLE `audit_log`");
    await queryRunner.query("DROP INDEX `idx_staff_name` ON `staff`");
    await queryRunner.query("DROP INDEX `idx_staff_role` ON `staff`");
    await queryRunner.query("DROP INDEX `idx_staff_team` ON `staff`");
    await queryRunner.query("DROP INDEX `uq_staff_username` ON `staff`");
    await queryRunner.query("DROP TABLE `staff`");
    await queryRunner.query("DROP INDEX `uq_team_name` ON `team`");
    await queryRunner.query("DROP TABLE `team`");
  }
}
