import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendanceTables1796302000000 implements MigrationInterface {
  name = 'AttendanceTables1796302000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `attendance_record` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `shift_assignment_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `team_id` varchar(36) NULL, `shift_date` date NOT NULL, `shift_start` datetime(3) NOT NULL, `shift_end` datetime(3) NOT NULL, `check_in_at` datetime(3) NULL, `check_out_at` datetime(3) NULL, `late_minutes` int NULL, `missed_roll_call` tinyint NOT NULL DEFAULT 0, `check_out_override_reason` varchar(500) NULL, `check_out_override_by_id` varchar(36) NULL, INDEX `idx_attendance_record_team_date` (`team_id`, `shift_date`), INDEX `idx_attendance_record_staff_date` (`staff_id`, `shift_date`), UNIQUE INDEX `uq_attendance_record_assignment` (`shift_assignment_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `attendance_violation` (`id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `team_id` varchar(36) NULL, `kind` varchar(20) NOT NULL, `occurred_at` datetime(3) NOT NULL, `month` varchar(7) NOT NULL, `minutes` int NOT NULL, `note` varchar(500) NULL, `attendance_record_id` varchar(36) NULL, `recorded_by_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, INDEX `idx_attendance_violation_month` (`month`, `occurred_at`, `id`), INDEX `idx_attendance_violation_staff_month` (`staff_id`, `month`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_attendance_violation_staff_month` ON `attendance_violation`");
    await queryRunner.query("DROP INDEX `idx_attendance_violation_month` ON `attendance_violation`");
    await queryRunner.query("DROP TABLE `attendance_violation`");
    await queryRunner.query("DROP INDEX `uq_attendance_record_assignment` ON `attendance_record`");
    await queryRunner.query("DROP INDEX `idx_attendance_record_staff_date` ON `attendance_record`");
    await queryRunner.query("DROP INDEX `idx_attendance_record_team_date` ON `attendance_record`");
    await queryRunner.query("DROP TABLE `attendance_record`");
  }
}
