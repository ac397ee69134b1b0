import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportDailyRollup1796305000000 implements MigrationInterface {
  name = 'ReportDailyRollup1796305000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `report_daily_rollup` (`day` varchar(10) NOT NULL, `team_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `metric` varchar(80) NOT NULL, `count` int NOT NULL, INDEX `idx_report_rollup_staff_day` (`staff_id`, `day`), INDEX `idx_report_rollup_team_day` (`team_id`, `day`), PRIMARY KEY (`day`, `team_id`, `staff_id`, `metric`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `report_rollup_state` (`name` varchar(50) NOT NULL, `watermark` datetime(3) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE INDEX `idx_complaint_escalation_at` ON `complaint_escalation` (`escalated_at`)");
    await queryRunner.query("CREATE INDEX `idx_complaint_timeline_step_at` ON `complaint_timeline_entry` (`step`, `at`)");
    await queryRunner.query("CREATE INDEX `idx_interaction_updated` ON `interaction` (`updated_at`)");
    await queryRunner.query("CREATE INDEX `idx_follow_up_attempt_at` ON `follow_up_attempt` (`at`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_follow_up_attempt_at` ON `follow_up_attempt`");
    await queryRunner.query("DROP INDEX `idx_interaction_updated` ON `interaction`");
    await queryRunner.query("DROP INDEX `idx_complaint_timeline_step_at` ON `complaint_timeline_entry`");
    await queryRunner.query("DROP INDEX `idx_complaint_escalation_at` ON `complaint_escalation`");
    await queryRunner.query("DROP TABLE `report_rollup_state`");
    await queryRunner.query("DROP INDEX `idx_report_rollup_team_day` ON `report_daily_rollup`");
    await queryRunner.query("DROP INDEX `idx_report_rollup_staff_day` ON `report_daily_rollup`");
    await queryRunner.query("DROP TABLE `report_daily_rollup`");
  }
}
