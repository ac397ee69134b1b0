import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualitySummaryAndAssessment1796301000001 implements MigrationInterface {
  name = 'QualitySummaryAndAssessment1796301000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"training_plan\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"topic\" varchar(200) NOT NULL, \"dimension\" varchar(40), \"planned_on\" varchar(10) NOT NULL, \"note\" varchar(1000), \"status\" varchar(20) NOT NULL, \"source_period_kind\" varchar(10), \"source_period_start\" varchar(10), \"created_by_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3), \"archived_by_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_training_plan_created\" ON \"training_plan\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_training_plan_date\" ON \"training_plan\" (\"planned_on\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_training_plan_status_date\" ON \"training_plan\" (\"status\", \"planned_on\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"training_plan_agent\" (\"plan_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, PRIMARY KEY (\"plan_id\", \"staff_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_training_plan_agent_staff\" ON \"training_plan_agent\" (\"staff_id\", \"plan_id\") ");
    await queryRunner.query("CREATE TABLE \"training_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"plan_id\" varchar(36) NOT NULL, \"held_on\" varchar(10) NOT NULL, \"note\" varchar(1000), \"recorded_by_id\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_training_session_plan\" ON \"training_session\" (\"plan_id\", \"held_on\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"training_result\" (\"session_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"attended\" boolean NOT NULL, \"exam_score\" decimal(5,1), PRIMARY KEY (\"session_id\", \"staff_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_training_result_staff\" ON \"training_result\" (\"staff_id\", \"session_id\") ");
    await queryRunner.query("CREATE TABLE \"monthly_assessment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"team_id\" varchar(36), \"month\" varchar(7) NOT NULL, \"status\" varchar(20) NOT NULL, \"computed_score\" decimal(5,1) NOT NULL, \"adjusted_score\" decimal(5,1), \"adjustment_reason\" varchar(500), \"adjusted_by_id\" varchar(36), \"qa_average\" decimal(5,1), \"qa_evaluations\" integer NOT NULL, \"follow_ups_due\" integer NOT NULL, \"follow_ups_on_time\" integer NOT NULL, \"complaints_closed\" integer NOT NULL, \"complaints_within_deadline\" integer NOT NULL, \"satisfaction_answers\" integer NOT NULL, \"satisfied\" integer NOT NULL, \"violations\" integer NOT NULL, \"parts\" text NOT NULL, \"weights\" text NOT NULL, \"points_per_violation\" integer NOT NULL, \"computed_at\" datetime(3) NOT NULL, \"confirmed_by_id\" varchar(36), \"confirmed_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_monthly_assessment_month_status\" ON \"monthly_assessment\" (\"month\", \"status\", \"staff_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_monthly_assessment_month_team\" ON \"monthly_assessment\" (\"month\", \"team_id\", \"staff_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_monthly_assessment_staff_month\" ON \"monthly_assessment\" (\"staff_id\", \"month\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_monthly_assessment_staff_month\"");
    await queryRunner.query("DROP INDEX \"idx_monthly_assessment_month_team\"");
    await queryRunner.query("DROP INDEX \"idx_monthly_assessment_month_status\"");
    await queryRunner.query("DROP TABLE \"monthly_assessment\"");
    await queryRunner.query("DROP INDEX \"idx_training_result_staff\"");
    await queryRunner.query("DROP TABLE \"training_result\"");
    await queryRunner.query("DROP INDEX \"idx_training_session_plan\"");
    await queryRunner.query("DROP TABLE \"training_session\"");
    await queryRunner.query("DROP INDEX \"idx_training_plan_agent_staff\"");
    await queryRunner.query("DROP TABLE \"training_plan_agent\"");
    await queryRunner.query("DROP INDEX \"idx_training_plan_status_date\"");
    await queryRunner.query("DROP INDEX \"idx_training_plan_date\"");
    await queryRunner.query("DROP INDEX \"idx_training_plan_created\"");
    await queryRunner.query("DROP TABLE \"training_plan\"");
  }
}
