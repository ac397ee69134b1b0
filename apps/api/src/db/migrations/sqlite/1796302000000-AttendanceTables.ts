import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendanceTables1796302000000 implements MigrationInterface {
  name = 'AttendanceTables1796302000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attendance_record\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"shift_assignment_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"team_id\" varchar(36), \"shift_date\" date NOT NULL, \"shift_start\" datetime(3) NOT NULL, \"shift_end\" datetime(3) NOT NULL, \"check_in_at\" datetime(3), \"check_out_at\" datetime(3), \"late_minutes\" integer, \"missed_roll_call\" boolean NOT NULL DEFAULT (0), \"check_out_override_reason\" varchar(500), \"check_out_override_by_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_attendance_record_team_date\" ON \"attendance_record\" (\"team_id\", \"shift_date\") ");
    await queryRunner.query("CREATE INDEX \"idx_attendance_record_staff_date\" ON \"attendance_record\" (\"staff_id\", \"shift_date\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_attendance_record_assignment\" ON \"attendance_record\" (\"shift_assignment_id\") ");
    await queryRunner.query("CREATE TABLE \"attendance_violation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"team_id\" varchar(36), \"kind\" varchar(20) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"month\" varchar(7) NOT NULL, \"minutes\" integer NOT NULL, \"note\" varchar(500), \"attendance_record_id\" varchar(36), \"recorded_by_id\" varchar(36), \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_attendance_violation_month\" ON \"attendance_violation\" (\"month\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_attendance_violation_staff_month\" ON \"attendance_violation\" (\"staff_id\", \"month\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_attendance_violation_staff_month\"");
    await queryRunner.query("DROP INDEX \"idx_attendance_violation_month\"");
    await queryRunner.query("DROP TABLE \"attendance_violation\"");
    await queryRunner.query("DROP INDEX \"uq_attendance_record_assignment\"");
    await queryRunner.query("DROP INDEX \"idx_attendance_record_staff_date\"");
    await queryRunner.query("DROP INDEX \"idx_attendance_record_team_date\"");
    await queryRunner.query("DROP TABLE \"attendance_record\"");
  }
}
