import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualitySummaryAndAssessment1796301000000 implements MigrationInterface {
  name = 'QualitySummaryAndAssessment1796301000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `training_plan` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `topic` varchar(200) NOT NULL, `dimension` varchar(40) NULL, `planned_on` varchar(10) NOT NULL, `note` varchar(1000) NULL, `status` varchar(20) NOT NULL, `source_period_kind` varchar(10) NULL, `source_period_start` varchar(10) NULL, `created_by_id` varchar(36) NOT NULL, `archived_at` datetime(3) NULL, `archived_by_id` varchar(36) NULL, INDEX `idx_training_plan_created` (`created_at`, `id`), INDEX `idx_training_plan_date` (`planned_on`, `id`), INDEX `idx_training_plan_status_date` (`status`, `planned_on`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `training_plan_agent` (`plan_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, INDEX `idx_training_plan_agent_staff` (`staff_id`, `plan_id`), PRIMARY KEY (`plan_id`, `staff_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `training_session` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `plan_id` varchar(36) NOT NULL, `held_on` varchar(10) NOT NULL, `note` varchar(1000) NULL, `recorded_by_id` varchar(36) NOT NULL, INDEX `idx_training_session_plan` (`plan_id`, `held_on`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `training_result` (`session_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `attended` tinyint NOT NULL, `exam_score` decimal(5,1) NULL, INDEX `idx_training_result_staff` (`staff_id`, `session_id`), PRIMARY KEY (`session_id`, `staff_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `monthly_assessment` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `staff_id` varchar(36) NOT NULL, `team_id` varchar(36) NULL, `month` varchar(7) NOT NULL, `status` varchar(20) NOT NULL, `computed_score` decimal(5,1) NOT NULL, `adjusted_score` decimal(5,1) NULL, `adjustment_reason` varchar(500) NULL, `adjusted_by_id` varchar(36) NULL, `qa_average` decimal(5,1) NULL, `qa_evaluations` int NOT NULL, `follow_ups_due` int NOT NULL, `follow_ups_on_time` int NOT NULL, `complaints_closed` int NOT NULL, `complaints_within_deadline` int NOT NULL, `satisfaction_answers` int NOT NULL, `satisfied` int NOT NULL, `violations` int NOT NULL, `parts` text NOT NULL, `weights` text NOT NULL, `points_per_violation` int NOT NULL, `computed_at` datetime(3) NOT NULL, `confirmed_by_id` varchar(36) NULL, `confirmed_at` datetime(3) NULL, INDEX `idx_monthly_assessment_month_status` (`month`, `status`, `staff_id`), INDEX `idx_monthly_assessment_month_team` (`month`, `team_id`, `staff_id`), UNIQUE INDEX `uq_monthly_assessment_staff_month` (`staff_id`, `month`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_monthly_assessment_staff_month` ON `monthly_assessment`");
    await queryRunner.query("DROP INDEX `idx_monthly_assessment_month_team` ON `monthly_assessment`");
    await queryRunner.query("DROP INDEX `idx_monthly_assessment_month_status` ON `monthly_assessment`");
    await queryRunner.query("DROP TABLE `monthly_assessment`");
    await queryRunner.query("DROP INDEX `idx_training_result_staff` ON `training_result`");
    await queryRunner.query("DROP TABLE `training_result`");
    await queryRunner.query("DROP INDEX `idx_training_session_plan` ON `training_session`");
    await queryRunner.query("DROP TABLE `training_session`");
    await queryRunner.query("DROP INDEX `idx_training_plan_agent_staff` ON `training_plan_agent`");
    await queryRunner.query("DROP TABLE `training_plan_agent`");
    await queryRunner.query("DROP INDEX `idx_training_plan_status_date` ON `training_plan`");
    await queryRunner.query("DROP INDEX `idx_training_plan_date` ON `training_plan`");
    await queryRunner.query("DROP INDEX `idx_training_plan_created` ON `training_plan`");
    await queryRunner.query("DROP TABLE `training_plan`");
  }
}
