import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyReports1796306420000 implements MigrationInterface {
  name = 'MonthlyReports1796306420000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `monthly_report` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `month` varchar(7) NOT NULL, `team_id` varchar(36) NULL, `scope_key` varchar(36) NOT NULL, `revision` int NOT NULL, `status` varchar(20) NOT NULL, `due_date` varchar(10) NOT NULL, `generated_at` datetime(3) NOT NULL, `generated_by_id` varchar(36) NOT NULL, `submitted_at` datetime(3) NULL, `submitted_by_id` varchar(36) NULL, `submitted_on` varchar(10) NULL, `signed_at` datetime(3) NULL, `signed_by_id` varchar(36) NULL, `corrects_id` varchar(36) NULL, INDEX `idx_monthly_report_corrects` (`corrects_id`), INDEX `idx_monthly_report_status_month` (`status`, `month`, `id`), INDEX `idx_monthly_report_month` (`month`, `id`), UNIQUE INDEX `uq_monthly_report_revision` (`scope_key`, `month`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `monthly_report_section` (`report_id` varchar(36) NOT NULL, `section` varchar(40) NOT NULL, `position` int NOT NULL, `snapshot` text NOT NULL, `commentary` text NULL, PRIMARY KEY (`report_id`, `section`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `monthly_report_section`");
    await queryRunner.query("DROP TABLE `monthly_report`");
  }
}
