import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertComplaintCategories } from '../insert-complaint-categories';

export class Complaints1795613342453 implements MigrationInterface {
  name = 'Complaints1795613342453';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `complaint_category` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `code` varchar(40) NOT NULL, `name_zh` varchar(50) NOT NULL, `name_en` varchar(80) NOT NULL, `due_hours` int NULL, `sort_order` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `uq_complaint_category_code` (`code`), INDEX `idx_complaint_category_order` (`sort_order`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `complaint_escalation` (`id` varchar(36) NOT NULL, `complaint_id` varchar(36) NOT NULL, `cycle` int NOT NULL, `level` int NOT NULL, `escalated_to_id` varchar(36) NULL, `escalated_at` datetime(3) NOT NULL, `sweep_id` varchar(36) NOT NULL, `opinion` text NULL, `opinion_at` datetime(3) NULL, INDEX `idx_complaint_escalation_sweep` (`sweep_id`), INDEX `idx_complaint_escalation_inbox` (`escalated_to_id`, `opinion_at`, `escalated_at`), UNIQUE INDEX `uq_complaint_escalation_level` (`complaint_id`, `cycle`, `level`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `complaint_timeline_entry` (`id` varchar(36) NOT NULL, `complaint_id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `actor_id` varchar(36) NULL, `step` varchar(30) NOT NULL, `note` text NULL, `recipient_id` varchar(36) NULL, INDEX `idx_complaint_timeline_complaint` (`complaint_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `complaint` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `contact_id` varchar(36) NULL, `contract_id` varchar(36) NULL, `channel` varchar(20) NOT NULL, `received_at` datetime(3) NOT NULL, `recorded_by_id` varchar(36) NOT NULL, `owner_id` varchar(36) NOT NULL, `category_id` varchar(36) NOT NULL, `severity` varchar(20) NOT NULL, `emotion` varchar(20) NOT NULL, `description` text NOT NULL, `customer_request` text NOT NULL, `product_name` varchar(100) NULL, `product_spec` varchar(100) NULL, `production_date` varchar(10) NULL, `batch_number` varchar(100) NULL, `used_at` varchar(10) NULL, `status` varchar(20) NOT NULL, `priority` varchar(10) NOT NULL DEFAULT 'NORMAL', `urge_count` int NOT NULL DEFAULT '0', `last_urged_at` datetime(3) NULL, `departments` text NOT NULL, `assessment_note` text NULL, `current_proposal_id` varchar(36) NULL, `sla_start_at` datetime(3) NOT NULL, `sla_cycle` int NOT NULL DEFAULT '0', `due_at` datetime(3) NOT NULL, `escalation_level` int NOT NULL DEFAULT '0', `escalated_at` datetime(3) NULL, `closed_at` datetime(3) NULL, INDEX `idx_complaint_escalation` (`closed_at`, `escalation_level`, `sla_start_at`), INDEX `idx_complaint_customer_received` (`customer_id`, `received_at`, `id`), INDEX `idx_complaint_owner_open_due` (`owner_id`, `closed_at`, `due_at`, `id`), INDEX `idx_complaint_open_due` (`closed_at`, `due_at`, `id`), INDEX `idx_complaint_category_open_due` (`category_id`, `closed_at`, `due_at`, `id`), INDEX `idx_complaint_category_received` (`category_id`, `received_at`, `id`), INDEX `idx_complaint_status_received` (`status`, `received_at`, `id`), INDEX `idx_complaint_received` (`received_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `complaint_proposal` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `complaint_id` varchar(36) NOT NULL, `type` varchar(30) NOT NULL, `amount` decimal(14,2) NOT NULL, `description` text NOT NULL, `relationship` text NOT NULL, `word_of_mouth` text NOT NULL, `reasonableness` text NOT NULL, `company_fault_percent` int NOT NULL, `proposed_by_id` varchar(36) NOT NULL, `decision` varchar(10) NOT NULL, `decided_by_id` varchar(36) NULL, `decided_at` datetime(3) NULL, `decision_note` text NULL, `customer_accepted` tinyint NULL, INDEX `idx_complaint_proposal_complaint` (`complaint_id`, `created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `complaint_task` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `complaint_id` varchar(36) NOT NULL, `department` varchar(20) NOT NULL, `status` varchar(10) NOT NULL, `done_at` datetime(3) NULL, `done_by_id` varchar(36) NULL, `note` text NULL, INDEX `idx_complaint_task_complaint` (`complaint_id`, `department`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await insertComplaintCategories(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_complaint_task_complaint` ON `complaint_task`");
    await queryRunner.query("DROP TABLE `complaint_task`");
    await queryRunner.query("DROP INDEX `idx_complaint_proposal_complaint` ON `complaint_proposal`");
    await queryRunner.query("DROP TABLE `complaint_proposal`");
    await queryRunner.query("DROP INDEX `idx_complaint_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_status_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_category_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_category_open_due` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_open_due` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_owner_open_due` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_customer_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_escalation` ON `complaint`");
    await queryRunner.query("DROP TABLE `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_timeline_complaint` ON `complaint_timeline_entry`");
    await queryRunner.query("DROP TABLE `complaint_timeline_entry`");
    await queryRunner.query("DROP INDEX `uq_complaint_escalation_level` ON `complaint_escalation`");
    await queryRunner.query("DROP INDEX `idx_complaint_escalation_inbox` ON `complaint_escalation`");
    await queryRunner.query("DROP INDEX `idx_complaint_escalation_sweep` ON `complaint_escalation`");
    await queryRunner.query("DROP TABLE `complaint_escalation`");
    await queryRunner.query("DROP INDEX `idx_complaint_category_order` ON `complaint_category`");
    await queryRunner.query("DROP INDEX `uq_complaint_category_code` ON `complaint_category`");
    await queryRunner.query("DROP TABLE `complaint_category`");
  }
}
