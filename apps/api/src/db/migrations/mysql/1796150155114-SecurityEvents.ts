import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SecurityEvents1796150155114 implements MigrationInterface {
  name = 'SecurityEvents1796150155114';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `security_event` (`id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `kind` varchar(30) NOT NULL, `outcome` varchar(10) NOT NULL, `staff_id` varchar(36) NULL, `username` varchar(64) NULL, `subject_id` varchar(36) NULL, `ip` varchar(64) NOT NULL, `detail` varchar(200) NULL, INDEX `idx_security_event_staff` (`staff_id`, `at`), INDEX `idx_security_event_kind` (`kind`, `at`), INDEX `idx_security_event_at` (`at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_security_event_at` ON `security_event`");
    await queryRunner.query("DROP INDEX `idx_security_event_kind` ON `security_event`");
    await queryRunner.query("DROP INDEX `idx_security_event_staff` ON `security_event`");
    await queryRunner.query("DROP TABLE `security_event`");
  }
}
