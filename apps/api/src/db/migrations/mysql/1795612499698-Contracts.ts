import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contracts1795612499698 implements MigrationInterface {
  name = 'Contracts1795612499698';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `part_replacement_step` (`id` varchar(36) NOT NULL, `part_replacement_id` varchar(36) NOT NULL, `action` varchar(20) NOT NULL, `to_status` varchar(20) NOT NULL, `note` varchar(500) NULL, `actor_id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, INDEX `idx_part_replacement_step_replacement` (`part_replacement_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `part_replacement` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `contract_id` varchar(36) NULL, `part_name` varchar(100) NOT NULL, `quantity` int NOT NULL, `unit_price` decimal(14,2) NULL, `inside_contract` tinyint NOT NULL DEFAULT 0, `warranty_covered` tinyint NOT NULL DEFAULT 0, `department` varchar(20) NULL, `description` text NULL, `status` varchar(20) NOT NULL, `requested_by_id` varchar(36) NOT NULL, `archived_at` datetime(3) NULL, INDEX `idx_part_replacement_department` (`department`, `updated_at`, `id`), INDEX `idx_part_replacement_status` (`status`, `updated_at`, `id`), INDEX `idx_part_replacement_contract` (`contract_id`, `updated_at`, `id`), INDEX `idx_part_replacement_customer` (`customer_id`, `updated_at`, `id`), INDEX `idx_part_replacement_created` (`created_at`, `id`), INDEX `idx_part_replacement_updated` (`updated_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `contract_owner_change` (`id` varchar(36) NOT NULL, `contract_id` varchar(36) NOT NULL, `from_owner_id` varchar(36) NULL, `to_owner_id` varchar(36) NOT NULL, `assigned_by_id` varchar(36) NOT NULL, `reason` varchar(500) NULL, `at` datetime(3) NOT NULL, INDEX `idx_contract_owner_change_contract` (`contract_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `contract` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `number` varchar(50) NOT NULL, `title` varchar(200) NOT NULL, `customer_id` varchar(36) NOT NULL, `scope` text NULL, `start_date` date NOT NULL, `end_date` date NOT NULL, `warranty_end_date` date NULL, `amount` decimal(14,2) NOT NULL DEFAULT '0.00', `confidential` tinyint NOT NULL DEFAULT 0, `confidentiality_text` text NULL, `stored_status` varchar(20) NOT NULL, `owner_id` varchar(36) NOT NULL, `termination_reason` varchar(500) NULL, `renewed_from_id` varchar(36) NULL, `renewed_to_id` varchar(36) NULL, `archived_at` datetime(3) NULL, INDEX `idx_contract_owner_end` (`owner_id`, `end_date`, `id`), INDEX `idx_contract_customer_updated` (`customer_id`, `updated_at`, `id`), INDEX `idx_contract_status_end` (`stored_status`, `end_date`, `id`), INDEX `idx_contract_amount` (`amount`, `id`), INDEX `idx_contract_end` (`end_date`, `id`), INDEX `idx_contract_start` (`start_date`, `id`), INDEX `idx_contract_created` (`created_at`, `id`), INDEX `idx_contract_updated` (`updated_at`, `id`), UNIQUE INDEX `uq_contract_number` (`number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_contract_number` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_updated` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_created` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_start` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_end` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_amount` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_status_end` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_customer_updated` ON `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_owner_end` ON `contract`");
    await queryRunner.query("DROP TABLE `contract`");
    await queryRunner.query("DROP INDEX `idx_contract_owner_change_contract` ON `contract_owner_change`");
    await queryRunner.query("DROP TABLE `contract_owner_change`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_updated` ON `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_created` ON `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_customer` ON `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_contract` ON `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_status` ON `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_department` ON `part_replacement`");
    await queryRunner.query("DROP TABLE `part_replacement`");
    await queryRunner.query("DROP INDEX `idx_part_replacement_step_replacement` ON `part_replacement_step`");
    await queryRunner.query("DROP TABLE `part_replacement_step`");
  }
}
