import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795613361108 implements MigrationInterface {
  name = 'Scheduling1795613361108';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `handover_log` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `shift_id` varchar(36) NOT NULL, `team_id` varchar(36) NOT NULL, `outgoing_leader_id` varchar(36) NOT NULL, `equipment_status` text NOT NULL, `open_case_ids` text NOT NULL, `staffing_changes` text NULL, `notes` text NULL, `incoming_leader_id` varchar(36) NULL, `acknowledged_at` datetime(3) NULL, INDEX `idx_handover_created` (`created_at`, `id`), INDEX `idx_handover_shift` (`shift_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `leave_request` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `staff_id` varchar(36) NOT NULL, `type` varchar(20) NOT NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, `reason` varchar(500) NOT NULL, `emergency` tinyint NOT NULL DEFAULT 0, `exceptional` tinyint NOT NULL DEFAULT 0, `certificate_ref` varchar(100) NULL, `status` varchar(20) NOT NULL, `awaiting_role` varchar(20) NULL, `manager_approved_by_id` varchar(36) NULL, `director_approved_by_id` varchar(36) NULL, `decided_at` datetime(3) NULL, `vacated_shift_ids` text NULL, `decision_note` varchar(500) NULL, INDEX `idx_leave_created` (`created_at`, `id`), INDEX `idx_leave_status` (`status`, `created_at`, `id`), INDEX `idx_leave_staff` (`staff_id`, `starts_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `shift_assignment` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `shift_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `is_leader_on_duty` tinyint NOT NULL DEFAULT 0, `swap_request_id` varchar(36) NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, INDEX `idx_shift_assignment_staff` (`staff_id`, `starts_at`), UNIQUE INDEX `uq_shift_assignment` (`shift_id`, `staff_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `shift` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `team_id` varchar(36) NOT NULL, `roster_id` varchar(36) NOT NULL, `date` varchar(10) NOT NULL, `shift_type_id` varchar(36) NOT NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, INDEX `idx_shift_roster` (`roster_id`), INDEX `idx_shift_starts` (`starts_at`, `ends_at`), INDEX `idx_shift_date` (`date`, `id`), UNIQUE INDEX `uq_shift_team_date_type` (`team_id`, `date`, `shift_type_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `shift_type` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `name` varchar(50) NOT NULL, `kind` varchar(20) NOT NULL, `days` varchar(20) NOT NULL, `start_minute` int NOT NULL, `end_minute` int NOT NULL, `min_headcount` text NOT NULL, `archived_at` datetime(3) NULL, INDEX `idx_shift_type_name` (`name`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `shift_swap_request` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `requester_id` varchar(36) NOT NULL, `requester_shift_id` varchar(36) NOT NULL, `counterpart_id` varchar(36) NOT NULL, `counterpart_shift_id` varchar(36) NOT NULL, `reason` varchar(500) NOT NULL, `status` varchar(20) NOT NULL, `requester_leader_id` varchar(36) NULL, `counterpart_leader_id` varchar(36) NULL, `decided_by_id` varchar(36) NULL, `decided_at` datetime(3) NULL, `decision_note` varchar(500) NULL, INDEX `idx_swap_created` (`created_at`, `id`), INDEX `idx_swap_counterpart` (`counterpart_id`, `created_at`), INDEX `idx_swap_requester` (`requester_id`, `created_at`), INDEX `idx_swap_status` (`status`, `created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `roster` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `team_id` varchar(36) NOT NULL, `month` varchar(7) NOT NULL, `status` varchar(20) NOT NULL, `published_at` datetime(3) NULL, `published_by_id` varchar(36) NULL, INDEX `idx_roster_month` (`month`, `id`), UNIQUE INDEX `uq_roster_team_month` (`team_id`, `month`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_roster_team_month` ON `roster`");
    await queryRunner.query("DROP INDEX `idx_roster_month` ON `roster`");
    await queryRunner.query("DROP TABLE `roster`");
    await queryRunner.query("DROP INDEX `idx_swap_status` ON `shift_swap_request`");
    await queryRunner.query("DROP INDEX `idx_swap_requester` ON `shift_swap_request`");
    await queryRunner.query("DROP INDEX `idx_swap_counterpart` ON `shift_swap_request`");
    await queryRunner.query("DROP INDEX `idx_swap_created` ON `shift_swap_request`");
    await queryRunner.query("DROP TABLE `shift_swap_request`");
    await queryRunner.query("DROP INDEX `idx_shift_type_name` ON `shift_type`");
    await queryRunner.query("DROP TABLE `shift_type`");
    await queryRunner.query("DROP INDEX `uq_shift_team_date_type` ON `shift`");
    await queryRunner.query("DROP INDEX `idx_shift_date` ON `shift`");
    await queryRunner.query("DROP INDEX `idx_shift_starts` ON `shift`");
    await queryRunner.query("DROP INDEX `idx_shift_roster` ON `shift`");
    await queryRunner.query("DROP TABLE `shift`");
    await queryRunner.query("DROP INDEX `uq_shift_assignment` ON `shift_assignment`");
    await queryRunner.query("DROP INDEX `idx_shift_assignment_staff` ON `shift_assignment`");
    await queryRunner.query("DROP TABLE `shift_assignment`");
    await queryRunner.query("DROP INDEX `idx_leave_staff` ON `leave_request`");
    await queryRunner.query("DROP INDEX `idx_leave_status` ON `leave_request`");
    await queryRunner.query("DROP INDEX `idx_leave_created` ON `leave_request`");
    await queryRunner.query("DROP TABLE `leave_request`");
    await queryRunner.query("DROP INDEX `idx_handover_shift` ON `handover_log`");
    await queryRunner.query("DROP INDEX `idx_handover_created` ON `handover_log`");
    await queryRunner.query("DROP TABLE `handover_log`");
  }
}
