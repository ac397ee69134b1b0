import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 批量导入: the import jobs and their rows (what each row of the file became). */
export class ImportJobs1796310000000 implements MigrationInterface {
  name = 'ImportJobs1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `import_job` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `kind` varchar(20) NOT NULL, `status` varchar(20) NOT NULL, `file_name` varchar(255) NOT NULL, `total_rows` int NOT NULL, `valid_count` int NOT NULL, `invalid_count` int NOT NULL, `duplicate_count` int NOT NULL, `imported_count` int NOT NULL, `created_by_id` varchar(36) NOT NULL, `finished_at` datetime(3) NULL, INDEX `idx_import_job_kind_created` (`kind`, `created_at`, `id`), INDEX `idx_import_job_status_created` (`status`, `created_at`, `id`), INDEX `idx_import_job_created` (`created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `import_job_row` (`job_id` varchar(36) NOT NULL, `row_number` int NOT NULL, `status` varchar(20) NOT NULL, `errors` text NOT NULL, `values` text NOT NULL, `match_id` varchar(36) NULL, `match_row` int NULL, `created_id` varchar(36) NULL, INDEX `idx_import_job_row_status` (`job_id`, `status`, `row_number`), PRIMARY KEY (`job_id`, `row_number`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_import_job_row_status` ON `import_job_row`");
    await queryRunner.query("DROP TABLE `import_job_row`");
    await queryRunner.query("DROP INDEX `idx_import_job_created` ON `import_job`");
    await queryRunner.query("DROP INDEX `idx_import_job_status_created` ON `import_job`");
    await queryRunner.query("DROP INDEX `idx_import_job_kind_created` ON `import_job`");
    await queryRunner.query("DROP TABLE `import_job`");
  }
}
