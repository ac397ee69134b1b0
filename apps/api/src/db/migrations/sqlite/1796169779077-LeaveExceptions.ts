import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeaveExceptions1796169779077 implements MigrationInterface {
  name = 'LeaveExceptions1796169779077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_leave_staff\"");
    await queryRunner.query("DROP INDEX \"idx_leave_status\"");
    await queryRunner.query("DROP INDEX \"idx_leave_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_leave_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"type\" varchar(20) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"reason\" varchar(500) NOT NULL, \"emergency\" boolean NOT NULL DEFAULT (0), \"exceptional\" boolean NOT NULL DEFAULT (0), \"certificate_ref\" varchar(100), \"status\" varchar(20) NOT NULL, \"awaiting_role\" varchar(20), \"manager_approved_by_id\" varchar(36), \"director_approved_by_id\" varchar(36), \"decided_at\" datetime(3), \"vacated_shift_ids\" text, \"decision_note\" varchar(500), \"requested_by_id\" varchar(36), \"late\" boolean NOT NULL DEFAULT (0), \"late_rules\" text, \"late_accepted_by_id\" varchar(36), \"late_accepted_at\" datetime(3), \"certificate_due_on\" date)");
    await queryRunner.query("INSERT INTO \"temporary_leave_request\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"staff_id\", \"type\", \"starts_at\", \"ends_at\", \"reason\", \"emergency\", \"exceptional\", \"certificate_ref\", \"status\", \"awaiting_role\", \"manager_approved_by_id\", \"director_approved_by_id\", \"decided_at\", \"vacated_shift_ids\", \"decision_note\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"staff_id\", \"type\", \"starts_at\", \"ends_at\", \"reason\", \"emergency\", \"exceptional\", \"certificate_ref\", \"status\", \"awaiting_role\", \"manager_approved_by_id\", \"director_approved_by_id\", \"decided_at\", \"vacated_shift_ids\", \"decision_note\" FROM \"leave_request\"");
    await queryRunner.query("DROP TABLE \"leave_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_leave_request\" RENAME TO \"leave_request\"");
    await queryRunner.query("CREATE INDEX \"idx_leave_staff\" ON \"leave_request\" (\"staff_id\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_status\" ON \"leave_request\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_created\" ON \"leave_request\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_certificate_due\" ON \"leave_request\" (\"certificate_due_on\", \"status\") ");
    // Requests before this migration were filed by the person themselves.
    await queryRunner.query("UPDATE \"leave_request\" SET \"requested_by_id\" = \"staff_id\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_leave_certificate_due\"");
    await queryRunner.query("DROP INDEX \"idx_leave_created\"");
    await queryRunner.query("DROP INDEX \"idx_leave_status\"");
    await queryRunner.query("DROP INDEX \"idx_leave_staff\"");
    await queryRunner.query("ALTER TABLE \"leave_request\" RENAME TO \"temporary_leave_request\"");
    await queryRunner.query("CREATE TABLE \"leave_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"type\" varchar(20) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"reason\" varchar(500) NOT NULL, \"emergency\" boolean NOT NULL DEFAULT (0), \"exceptional\" boolean NOT NULL DEFAULT (0), \"certificate_ref\" varchar(100), \"status\" varchar(20) NOT NULL, \"awaiting_role\" varchar(20), \"manager_approved_by_id\" varchar(36), \"director_approved_by_id\" varchar(36), \"decided_at\" datetime(3), \"vacated_shift_ids\" text, \"decision_note\" varchar(500))");
    await queryRunner.query("INSERT INTO \"leave_request\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"staff_id\", \"type\", \"starts_at\", \"ends_at\", \"reason\", \"emergency\", \"exceptional\", \"certificate_ref\", \"status\", \"awaiting_role\", \"manager_approved_by_id\", \"director_approved_by_id\", \"decided_at\", \"vacated_shift_ids\", \"decision_note\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"staff_id\", \"type\", \"starts_at\", \"ends_at\", \"reason\", \"emergency\", \"exceptional\", \"certificate_ref\", \"status\", \"awaiting_role\", \"manager_approved_by_id\", \"director_approved_by_id\", \"decided_at\", \"vacated_shift_ids\", \"decision_note\" FROM \"temporary_leave_request\"");
    await queryRunner.query("DROP TABLE \"temporary_leave_request\"");
    await queryRunner.query("CREATE INDEX \"idx_leave_created\" ON \"leave_request\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_status\" ON \"leave_request\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_staff\" ON \"leave_request\" (\"staff_id\", \"starts_at\") ");
  }
}
