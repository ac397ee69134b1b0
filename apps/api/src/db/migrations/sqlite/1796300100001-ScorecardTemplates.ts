import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertDefaultScorecard } from '../insert-default-scorecard';

export class ScorecardTemplates1796300100001 implements MigrationInterface {
  name = 'ScorecardTemplates1796300100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"scorecard_template\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"name\" varchar(100) NOT NULL, \"current_version\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"idx_scorecard_template_updated\" ON \"scorecard_template\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_scorecard_template_name\" ON \"scorecard_template\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"scorecard_template_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"template_id\" varchar(36) NOT NULL, \"template_version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"dimensions\" text NOT NULL, \"critical_items\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"author_id\" varchar(36))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_scorecard_template_version\" ON \"scorecard_template_version\" (\"template_id\", \"template_version\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_subject\" ON \"quality_evaluation\" (\"subject_kind\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_created\" ON \"quality_evaluation\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_quality_evaluation_agent_month\" ON \"quality_evaluation\" (\"agent_id\", \"month\") ");
    await insertDefaultScorecard(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_agent_month\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_created\"");
    await queryRunner.query("DROP INDEX \"idx_quality_evaluation_subject\"");
    await queryRunner.query("DROP INDEX \"uq_scorecard_template_version\"");
    await queryRunner.query("DROP TABLE \"scorecard_template_version\"");
    await queryRunner.query("DROP INDEX \"idx_scorecard_template_name\"");
    await queryRunner.query("DROP INDEX \"idx_scorecard_template_updated\"");
    await queryRunner.query("DROP TABLE \"scorecard_template\"");
  }
}
