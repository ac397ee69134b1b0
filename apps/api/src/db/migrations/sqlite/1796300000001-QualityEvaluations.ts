import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualityEvaluations1796300000001 implements MigrationInterface {
  name = 'QualityEvaluations1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"quality_evaluation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"template_id\" varchar(36) NOT NULL, \"template_version\" integer NOT NULL, \"agent_id\" varchar(36) NOT NULL, \"team_id\" varchar(36), \"inspector_id\" varchar(36) NOT NULL, \"subject_kind\" varchar(20) NOT NULL, \"subject_id\" varchar(36) NOT NULL, \"channel\" varchar(20), \"month\" varchar(7) NOT NULL, \"status\" varchar(20) NOT NULL, \"total\" decimal(5,1), \"weighted_total\" decimal(5,1), \"critical_failed\" boolean NOT NULL DEFAULT (0), \"critical_failures\" varchar(500), \"comment\" varchar(1000), \"submitted_at\" datetime(3), \"acknowledged_at\" datetime(3), \"dispute_reason\" varchar(500), \"disputed_at\" datetime(3), \"decided_by_id\" varchar(36), \"decided_at\" datetime(3), \"decision_reason\" varchar(500), \"over_quota_reason\" varchar(500))");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_status_month\" ON \"quality_evaluation\" (\"status\", \"month\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_team_month\" ON \"quality_evaluation\" (\"team_id\", \"month\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_agent_submitted\" ON \"quality_evaluation\" (\"agent_id\", \"submitted_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_month_agent\" ON \"quality_evaluation\" (\"month\", \"agent_id\") ");
    await queryRunner.query("CREATE TABLE \"quality_evaluation_score\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"evaluation_id\" varchar(36) NOT NULL, \"dimension\" varchar(40) NOT NULL, \"score\" decimal(5,1) NOT NULL, \"max_score\" decimal(5,1) NOT NULL, \"weight\" decimal(5,1) NOT NULL, \"comment\" varchar(500))");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_score_dimension\" ON \"quality_evaluation_score\" (\"dimension\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_score_evaluation\" ON \"quality_evaluation_score\" (\"evaluation_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_score_evaluation\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_score_dimension\"");
    await queryRunner.query("DROP TABLE \"quality_evaluation_score\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_month_agent\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_agent_submitted\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_team_month\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_status_month\"");
    await queryRunner.query("DROP TABLE \"quality_evaluation\"");
  }
}
