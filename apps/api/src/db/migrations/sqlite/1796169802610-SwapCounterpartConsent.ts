import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SwapCounterpartConsent1796169802610 implements MigrationInterface {
  name = 'SwapCounterpartConsent1796169802610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_swap_status\"");
    await queryRunner.query("DROP INDEX \"idx_swap_requester\"");
    await queryRunner.query("DROP INDEX \"idx_swap_counterpart\"");
    await queryRunner.query("DROP INDEX \"idx_swap_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_shift_swap_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"requester_id\" varchar(36) NOT NULL, \"requester_shift_id\" varchar(36) NOT NULL, \"counterpart_id\" varchar(36) NOT NULL, \"counterpart_shift_id\" varchar(36) NOT NULL, \"reason\" varchar(500) NOT NULL, \"status\" varchar(20) NOT NULL, \"requester_leader_id\" varchar(36), \"counterpart_leader_id\" varchar(36), \"decided_by_id\" varchar(36), \"decided_at\" datetime(3), \"decision_note\" varchar(500), \"counterpart_answered_at\" datetime(3), \"counterpart_note\" varchar(500))");
    await queryRunner.query("INSERT INTO \"temporary_shift_swap_request\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"requester_id\", \"requester_shift_id\", \"counterpart_id\", \"counterpart_shift_id\", \"reason\", \"status\", \"requester_leader_id\", \"counterpart_leader_id\", \"decided_by_id\", \"decided_at\", \"decision_note\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"requester_id\", \"requester_shift_id\", \"counterpart_id\", \"counterpart_shift_id\", \"reason\", \"status\", \"requester_leader_id\", \"counterpart_leader_id\", \"decided_by_id\", \"decided_at\", \"decision_note\" FROM \"shift_swap_request\"");
    await queryRunner.query("DROP TABLE \"shift_swap_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_shift_swap_request\" RENAME TO \"shift_swap_request\"");
    await queryRunner.query("CREATE INDEX \"idx_swap_status\" ON \"shift_swap_request\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_requester\" ON \"shift_swap_request\" (\"requester_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_counterpart\" ON \"shift_swap_request\" (\"counterpart_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_created\" ON \"shift_swap_request\" (\"created_at\", \"id\") ");
    // A swap pending before the colleague's consent existed was waiting for the leaders.
    await queryRunner.query("UPDATE shift_swap_request SET status = 'PENDING_LEADERS' WHERE status = 'PENDING'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE shift_swap_request SET status = 'PENDING' WHERE status IN ('PENDING_COUNTERPART', 'PENDING_LEADERS')");
    await queryRunner.query("UPDATE shift_swap_request SET status = 'REJECTED' WHERE status = 'DECLINED'");
    await queryRunner.query("DROP INDEX \"idx_swap_created\"");
    await queryRunner.query("DROP INDEX \"idx_swap_counterpart\"");
    await queryRunner.query("DROP INDEX \"idx_swap_requester\"");
    await queryRunner.query("DROP INDEX \"idx_swap_status\"");
    await queryRunner.query("ALTER TABLE \"shift_swap_request\" RENAME TO \"temporary_shift_swap_request\"");
    await queryRunner.query("CREATE TABLE \"shift_swap_request\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"requester_id\" varchar(36) NOT NULL, \"requester_shift_id\" varchar(36) NOT NULL, \"counterpart_id\" varchar(36) NOT NULL, \"counterpart_shift_id\" varchar(36) NOT NULL, \"reason\" varchar(500) NOT NULL, \"status\" varchar(20) NOT NULL, \"requester_leader_id\" varchar(36), \"counterpart_leader_id\" varchar(36), \"decided_by_id\" varchar(36), \"decided_at\" datetime(3), \"decision_note\" varchar(500))");
    await queryRunner.query("INSERT INTO \"shift_swap_request\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"requester_id\", \"requester_shift_id\", \"counterpart_id\", \"counterpart_shift_id\", \"reason\", \"status\", \"requester_leader_id\", \"counterpart_leader_id\", \"decided_by_id\", \"decided_at\", \"decision_note\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"requester_id\", \"requester_shift_id\", \"counterpart_id\", \"counterpart_shift_id\", \"reason\", \"status\", \"requester_leader_id\", \"counterpart_leader_id\", \"decided_by_id\", \"decided_at\", \"decision_note\" FROM \"temporary_shift_swap_request\"");
    await queryRunner.query("DROP TABLE \"temporary_shift_swap_request\"");
    await queryRunner.query("CREATE INDEX \"idx_swap_created\" ON \"shift_swap_request\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_counterpart\" ON \"shift_swap_request\" (\"counterpart_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_requester\" ON \"shift_swap_request\" (\"requester_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_swap_status\" ON \"shift_swap_request\" (\"status\", \"created_at\", \"id\") ");
  }
}
