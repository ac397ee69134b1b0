import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualityEvaluations1796300000000 implements MigrationInterface {
  name = 'QualityEvaluations1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `quality_evaluation` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `template_id` varchar(36) NOT NULL, `template_version` int NOT NULL, `agent_id` varchar(36) NOT NULL, `team_id` varchar(36) NULL, `inspector_id` varchar(36) NOT NULL, `subject_kind` varchar(20) NOT NULL, `subject_id` varchar(36) NOT NULL, `channel` varchar(20) NULL, `month` varchar(7) NOT NULL, `status` varchar(20) NOT NULL, `total` decimal(5,1) NULL, `weighted_total` decimal(5,1) NULL, `critical_failed` tinyint NOT NULL DEFAULT 0, `critical_failures` varchar(500) NULL, `comment` varchar(1000) NULL, `submitted_at` datetime(3) NULL, `acknowledged_at` datetime(3) NULL, `dispute_reason` varchar(500) NULL, `disputed_at` datetime(3) NULL, `decided_by_id` varchar(36) NULL, `decided_at` datetime(3) NULL, `decision_reason` varchar(500) NULL, `over_quota_reason` varchar(500) NULL, INDEX `idx_quality_evaluation_status_month` (`status`, `month`), INDEX `idx_quality_evaluation_team_month` (`team_id`, `month`), INDEX `idx_quality_evaluation_agent_submitted` (`agent_id`, `submitted_at`), INDEX `idx_quality_evaluation_month_agent` (`month`, `agent_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `quality_evaluation_score` (`id` varchar(36) NOT NULL, `evaluation_id` varchar(36) NOT NULL, `dimension` varchar(40) NOT NULL, `score` decimal(5,1) NOT NULL, `max_score` decimal(5,1) NOT NULL, `weight` decimal(5,1) NOT NULL, `comment` varchar(500) NULL, INDEX `idx_quality_evaluation_score_dimension` (`dimension`), INDEX `idx_quality_evaluation_score_evaluation` (`evaluation_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_score_evaluation` ON `quality_evaluation_score`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_score_dimension` ON `quality_evaluation_score`");
    await queryRunner.query("DROP TABLE `quality_evaluation_score`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_month_agent` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_agent_submitted` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_team_month` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_status_month` ON `quality_evaluation`");
    await queryRunner.query("DROP TABLE `quality_evaluation`");
  }
}
