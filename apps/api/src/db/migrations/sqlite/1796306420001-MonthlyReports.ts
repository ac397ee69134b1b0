import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonthlyReports1796306420001 implements MigrationInterface {
  name = 'MonthlyReports1796306420001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"monthly_report\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"month\" varchar(7) NOT NULL, \"team_id\" varchar(36), \"scope_key\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(20) NOT NULL, \"due_date\" varchar(10) NOT NULL, \"generated_at\" datetime(3) NOT NULL, \"generated_by_id\" varchar(36) NOT NULL, \"submitted_at\" datetime(3), \"submitted_by_id\" varchar(36), \"submitted_on\" varchar(10), \"signed_at\" datetime(3), \"signed_by_id\" varchar(36), \"corrects_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_monthly_report_corrects\" ON \"monthly_report\" (\"corrects_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_monthly_report_status_month\" ON \"monthly_report\" (\"status\", \"month\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_monthly_report_month\" ON \"monthly_report\" (\"month\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_monthly_report_revision\" ON \"monthly_report\" (\"scope_key\", \"month\", \"revision\") ");
    await queryRunner.query("CREATE TABLE \"monthly_report_section\" (\"report_id\" varchar(36) NOT NULL, \"section\" varchar(40) NOT NULL, \"position\" integer NOT NULL, \"snapshot\" text NOT NULL, \"commentary\" text, PRIMARY KEY (\"report_id\", \"section\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"monthly_report_section\"");
    await queryRunner.query("DROP INDEX \"uq_monthly_report_revision\"");
    await queryRunner.query("DROP INDEX \"idx_monthly_report_month\"");
    await queryRunner.query("DROP INDEX \"idx_monthly_report_status_month\"");
    await queryRunner.query("DROP INDEX \"idx_monthly_report_corrects\"");
    await queryRunner.query("DROP TABLE \"monthly_report\"");
  }
}
