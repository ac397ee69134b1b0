import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 批量导入: the import jobs and their rows (what each row of the file became). */
export class ImportJobs1796310000000 implements MigrationInterface {
  name = 'ImportJobs1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import_job\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"kind\" varchar(20) NOT NULL, \"status\" varchar(20) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"total_rows\" integer NOT NULL, \"valid_count\" integer NOT NULL, \"invalid_count\" integer NOT NULL, \"duplicate_count\" integer NOT NULL, \"imported_count\" integer NOT NULL, \"created_by_id\" varchar(36) NOT NULL, \"finished_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_import_job_kind_created\" ON \"import_job\" (\"kind\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_import_job_status_created\" ON \"import_job\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_import_job_created\" ON \"import_job\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"import_job_row\" (\"job_id\" varchar(36) NOT NULL, \"row_number\" integer NOT NULL, \"status\" varchar(20) NOT NULL, \"errors\" text NOT NULL, \"values\" text NOT NULL, \"match_id\" varchar(36), \"match_row\" integer, \"created_id\" varchar(36), PRIMARY KEY (\"job_id\", \"row_number\"))");
    await queryRunner.query("CREATE INDEX \"idx_import_job_row_status\" ON \"import_job_row\" (\"job_id\", \"status\", \"row_number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_import_job_row_status\"");
    await queryRunner.query("DROP TABLE \"import_job_row\"");
    await queryRunner.query("DROP INDEX \"idx_import_job_created\"");
    await queryRunner.query("DROP INDEX \"idx_import_job_status_created\"");
    await queryRunner.query("DROP INDEX \"idx_import_job_kind_created\"");
    await queryRunner.query("DROP TABLE \"import_job\"");
  }
}
