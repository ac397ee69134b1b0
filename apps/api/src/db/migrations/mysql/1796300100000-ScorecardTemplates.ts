import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertDefaultScorecard } from '../insert-default-scorecard';

export class ScorecardTemplates1796300100000 implements MigrationInterface {
  name = 'ScorecardTemplates1796300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `scorecard_template` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `name` varchar(100) NOT NULL, `current_version` int NOT NULL, `active` tinyint NOT NULL DEFAULT 0, INDEX `idx_scorecard_template_updated` (`updated_at`, `id`), INDEX `idx_scorecard_template_name` (`name`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `scorecard_template_version` (`id` varchar(36) NOT NULL, `template_id` varchar(36) NOT NULL, `template_version` int NOT NULL, `name` varchar(100) NOT NULL, `dimensions` text NOT NULL, `critical_items` text NOT NULL, `created_at` datetime(3) NOT NULL, `author_id` varchar(36) NULL, UNIQUE INDEX `uq_scorecard_template_version` (`template_id`, `template_version`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE INDEX `idx_quality_evaluation_subject` ON `quality_evaluation` (`subject_kind`, `subject_id`)");
    await queryRunner.query("CREATE INDEX `idx_quality_evaluation_created` ON `quality_evaluation` (`created_at`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_quality_evaluation_agent_month` ON `quality_evaluation` (`agent_id`, `month`)");
    await insertDefaultScorecard(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_agent_month` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_created` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `idx_quality_evaluation_subject` ON `quality_evaluation`");
    await queryRunner.query("DROP INDEX `uq_scorecard_template_version` ON `scorecard_template_version`");
    await queryRunner.query("DROP TABLE `scorecard_template_version`");
    await queryRunner.query("DROP INDEX `idx_scorecard_template_name` ON `scorecard_template`");
    await queryRunner.query("DROP INDEX `idx_scorecard_template_updated` ON `scorecard_template`");
    await queryRunner.query("DROP TABLE `scorecard_template`");
  }
}
