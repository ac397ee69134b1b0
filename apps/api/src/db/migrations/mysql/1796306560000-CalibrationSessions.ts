import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalibrationSessions1796306560000 implements MigrationInterface {
  name = 'CalibrationSessions1796306560000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `calibration_participant` (`session_id` varchar(36) NOT NULL, `inspector_id` varchar(36) NOT NULL, `submitted_at` datetime(3) NULL, INDEX `idx_calibration_participant_inspector` (`inspector_id`, `session_id`), PRIMARY KEY (`session_id`, `inspector_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `calibration_score` (`session_id` varchar(36) NOT NULL, `inspector_id` varchar(36) NOT NULL, `dimension` varchar(40) NOT NULL, `score` int NOT NULL, PRIMARY KEY (`session_id`, `inspector_id`, `dimension`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `calibration_session` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `subject_kind` varchar(20) NOT NULL, `subject_id` varchar(36) NOT NULL, `agent_id` varchar(36) NOT NULL, `template_id` varchar(36) NOT NULL, `template_version` int NOT NULL, `topic` varchar(500) NULL, `status` varchar(20) NOT NULL, `tolerance_percent` int NOT NULL, `opened_by_id` varchar(36) NOT NULL, `revealed_at` datetime(3) NULL, `agreed_at` datetime(3) NULL, `agreed_by_id` varchar(36) NULL, `agreed_scores` varchar(2000) NULL, `agreed_total` decimal(5,1) NULL, `agreement_note` varchar(1000) NULL, `cancelled_at` datetime(3) NULL, `cancel_reason` varchar(500) NULL, INDEX `idx_calibration_session_agent` (`agent_id`, `created_at`), INDEX `idx_calibration_session_subject` (`subject_kind`, `subject_id`), INDEX `idx_calibration_session_status` (`status`, `created_at`, `id`), INDEX `idx_calibration_session_updated` (`updated_at`, `id`), INDEX `idx_calibration_session_created` (`created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_calibration_session_created` ON `calibration_session`");
    await queryRunner.query("DROP INDEX `idx_calibration_session_updated` ON `calibration_session`");
    await queryRunner.query("DROP INDEX `idx_calibration_session_status` ON `calibration_session`");
    await queryRunner.query("DROP INDEX `idx_calibration_session_subject` ON `calibration_session`");
    await queryRunner.query("DROP INDEX `idx_calibration_session_agent` ON `calibration_session`");
    await queryRunner.query("DROP TABLE `calibration_session`");
    await queryRunner.query("DROP TABLE `calibration_score`");
    await queryRunner.query("DROP INDEX `idx_calibration_participant_inspector` ON `calibration_participant`");
    await queryRunner.query("DROP TABLE `calibration_participant`");
  }
}
