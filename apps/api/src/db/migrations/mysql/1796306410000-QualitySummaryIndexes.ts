import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for 质检汇总 and 月考核 (issue 13, decision 0041): the grouped totals read only the
 * month (or submitted_at) index, the per-dimension sums only the score index; the score index replaces
 * the one on evaluation_id alone (its prefix).
 */
export class QualitySummaryIndexes1796306410000 implements MigrationInterface {
  name = 'QualitySummaryIndexes1796306410000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `idx_quality_evaluation_month_totals` ON `quality_evaluation` (`month`, `status`, `agent_id`, `team_id`, `total`)');
    await queryRunner.query('CREATE INDEX `idx_quality_evaluation_submitted_totals` ON `quality_evaluation` (`submitted_at`, `status`, `agent_id`, `team_id`, `total`)');
    await queryRunner.query('CREATE INDEX `idx_quality_evaluation_score_items` ON `quality_evaluation_score` (`evaluation_id`, `dimension`, `score`, `max_score`)');
    await queryRunner.query('DROP INDEX `idx_quality_evaluation_score_evaluation` ON `quality_evaluation_score`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `idx_quality_evaluation_score_evaluation` ON `quality_evaluation_score` (`evaluation_id`)');
    await queryRunner.query('DROP INDEX `idx_quality_evaluation_score_items` ON `quality_evaluation_score`');
    await queryRunner.query('DROP INDEX `idx_quality_evaluation_submitted_totals` ON `quality_evaluation`');
    await queryRunner.query('DROP INDEX `idx_quality_evaluation_month_totals` ON `quality_evaluation`');
  }
}
