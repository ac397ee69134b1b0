import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportDailyRollup1796305000001 implements MigrationInterface {
  name = 'ReportDailyRollup1796305000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"report_daily_rollup\" (\"day\" varchar(10) NOT NULL, \"team_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"metric\" varchar(80) NOT NULL, \"count\" integer NOT NULL, PRIMARY KEY (\"day\", \"team_id\", \"staff_id\", \"metric\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_rollup_staff_day\" ON \"report_daily_rollup\" (\"staff_id\", \"day\") ");
    await queryRunner.query("CREATE INDEX \"idx_report_rollup_team_day\" ON \"report_daily_rollup\" (\"team_id\", \"day\") ");
    await queryRunner.query("CREATE TABLE \"report_rollup_state\" (\"name\" varchar(50) PRIMARY KEY NOT NULL, \"watermark\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_at\" ON \"complaint_escalation\" (\"escalated_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_timeline_step_at\" ON \"complaint_timeline_entry\" (\"step\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_interaction_updated\" ON \"interaction\" (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_attempt_at\" ON \"follow_up_attempt\" (\"at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_follow_up_attempt_at\"");
    await queryRunner.query("DROP INDEX \"idx_interaction_updated\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_timeline_step_at\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_at\"");
    await queryRunner.query("DROP TABLE \"report_rollup_state\"");
    await queryRunner.query("DROP INDEX \"idx_report_rollup_team_day\"");
    await queryRunner.query("DROP INDEX \"idx_report_rollup_staff_day\"");
    await queryRunner.query("DROP TABLE \"report_daily_rollup\"");
  }
}
