import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795613361899 implements MigrationInterface {
  name = 'Scheduling1795613361899';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"handover_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"shift_id\" varchar(36) NOT NULL, \"team_id\" varchar(36) NOT NULL, \"outgoing_leader_id\" varchar(36) NOT NULL, \"equipment_status\" text NOT NULL, \"open_case_ids\" text NOT NULL, \"staffing_changes\" text, \"notes\" text, \"incoming_leader_id\" varchar(36), \"acknowledged_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_handover_created\" ON \"handover_log\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_handover_shift\" ON \"handover_log\" (\"shift_id\") ");
    await queryRunner.query("CREATE TABLE \"leave_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"type\" varchar(20) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"reason\" varchar(500) NOT NULL, \"emergency\" boolean NOT NULL DEFAULT (0), \"exceptional\" boolean NOT NULL DEFAULT (0), \"certificate_ref\" varchar(100), \"status\" varchar(20) NOT NULL, \"awaiting_role\" varchar(20), \"manager_approved_by_id\" varchar(36), \"director_approved_by_id\" varchar(36), \"decided_at\" datetime(3), \"vacated_shift_ids\" text, \"decision_note\" varchar(500))");
    await queryRunner.query("CREATE INDEX \"idx_leave_created\" ON \"leave_request\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_status\" ON \"leave_request\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leave_staff\" ON \"leave_request\" (\"staff_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"shift_assignment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"shift_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"is_leader_on_duty\" boolean NOT NULL DEFAULT (0), \"swap_request_id\" varchar(36), \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_shift_assignment_staff\" ON \"shift_assignment\" (\"staff_id\", \"starts_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_shift_assignment\" ON \"shift_assignment\" (\"shift_id\", \"staff_id\") ");
    await queryRunner.query("CREATE TABLE \"shift\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"team_id\" varchar(36) NOT NULL, \"roster_id\" varchar(36) NOT NULL, \"date\" varchar(10) NOT NULL, \"shift_type_id\" varchar(36) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_shift_roster\" ON \"shift\" (\"roster_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_shift_starts\" ON \"shift\" (\"starts_at\", \"ends_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_shift_date\" ON \"shift\" (\"date\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_shift_team_date_type\" ON \"shift\" (\"team_id\", \"date\", \"shift_type_id\") ");
    await queryRunner.query("CREATE TABLE \"shift_type\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"name\" varchar(50) NOT NULL, \"kind\" varchar(20) NOT NULL, \"days\" varchar(20) NOT NULL, \"start_minute\" integer NOT NULL, \"end_minute\" integer NOT NULL, \"min_headcount\" text NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_shift_type_name\" ON \"shift_type\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"shift_swap_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"requester_id\" varchar(36) NOT NULL, \"requester_shift_id\" varchar(36) NOT NULL, \"counterpart_id\" varchar(36) NOT NULL, \"counterpart_shift_id\" varchar(36) NOT NULL, \"reason\" varchar(500) NOT NULL, \"status\" varchar(20) NOT NULL, \"requester_leader_id\" varchar(36), \"counterpart_leader_id\" varchar(36), \"decided_by_id\" varchar(36), \"decided_at\" datetime(3), \"decision_note\" varchar(500))");
    await queryRunner.query("CREATE INDEX \"idx_swap_created\" ON \"shift_swap_request\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_counterpart\" ON \"shift_swap_request\" (\"counterpart_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_requester\" ON \"shift_swap_request\" (\"requester_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_status\" ON \"shift_swap_request\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"roster\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"team_id\" varchar(36) NOT NULL, \"month\" varchar(7) NOT NULL, \"status\" varchar(20) NOT NULL, \"published_at\" datetime(3), \"published_by_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_roster_month\" ON \"roster\" (\"month\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_roster_team_month\" ON \"roster\" (\"team_id\", \"month\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_roster_team_month\"");
    await queryRunner.query("DROP INDEX \"idx_roster_month\"");
    await queryRunner.query("DROP TABLE \"roster\"");
    await queryRunner.query("DROP INDEX \"idx_swap_status\"");
    await queryRunner.query("DROP INDEX \"idx_swap_requester\"");
    await queryRunner.query("DROP INDEX \"idx_swap_counterpart\"");
    await queryRunner.query("DROP INDEX \"idx_swap_created\"");
    await queryRunner.query("DROP TABLE \"shift_swap_request\"");
    await queryRunner.query("DROP INDEX \"idx_shift_type_name\"");
    await queryRunner.query("DROP TABLE \"shift_type\"");
    await queryRunner.query("DROP INDEX \"uq_shift_team_date_type\"");
    await queryRunner.query("DROP INDEX \"idx_shift_date\"");
    await queryRunner.query("DROP INDEX \"idx_shift_starts\"");
    await queryRunner.query("DROP INDEX \"idx_shift_roster\"");
    await queryRunner.query("DROP TABLE \"shift\"");
    await queryRunner.query("DROP INDEX \"uq_shift_assignment\"");
    await queryRunner.query("DROP INDEX \"idx_shift_assignment_staff\"");
    await queryRunner.query("DROP TABLE \"shift_assignment\"");
    await queryRunner.query("DROP INDEX \"idx_leave_staff\"");
    await queryRunner.query("DROP INDEX \"idx_leave_status\"");
    await queryRunner.query("DROP INDEX \"idx_leave_created\"");
    await queryRunner.query("DROP TABLE \"leave_request\"");
    await queryRunner.query("DROP INDEX \"idx_handover_shift\"");
    await queryRunner.query("DROP INDEX \"idx_handover_created\"");
    await queryRunner.query("DROP TABLE \"handover_log\"");
  }
}
