import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1796171033862 implements MigrationInterface {
  name = 'FollowUps1796171033862';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"follow_up\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contact_id\" varchar(36), \"trigger\" varchar(20) NOT NULL, \"source_id\" varchar(36), \"trigger_key\" varchar(120), \"assignee_id\" varchar(36) NOT NULL, \"team_id\" varchar(36), \"due_at\" datetime(3) NOT NULL, \"status\" varchar(20) NOT NULL, \"next_attempt_at\" datetime(3), \"appointment_at\" datetime(3), \"attempt_count\" integer NOT NULL DEFAULT (0), \"attempts_counted_from\" datetime(3), \"reached_at\" datetime(3), \"completed_at\" datetime(3), \"satisfaction\" varchar(20), \"score\" integer, \"suggestions\" text, \"improvement\" text, \"unsatisfied_action\" varchar(20), \"serious\" boolean NOT NULL DEFAULT (0), \"note\" varchar(1000), \"created_by_id\" varchar(36), \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_follow_up_trigger_key\" ON \"follow_up\" (\"trigger_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_created\" ON \"follow_up\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_updated\" ON \"follow_up\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_customer\" ON \"follow_up\" (\"customer_id\", \"completed_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_status_due\" ON \"follow_up\" (\"status\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_team\" ON \"follow_up\" (\"team_id\", \"status\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_queue\" ON \"follow_up\" (\"assignee_id\", \"status\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"follow_up_attempt\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"follow_up_id\" varchar(36) NOT NULL, \"at\" datetime(3) NOT NULL, \"outcome\" varchar(20) NOT NULL, \"appointment_at\" datetime(3), \"identity_verified\" boolean NOT NULL DEFAULT (0), \"note\" varchar(1000), \"actor_id\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_attempt_follow_up\" ON \"follow_up_attempt\" (\"follow_up_id\", \"at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_follow_up_attempt_follow_up\"");
    await queryRunner.query("DROP TABLE \"follow_up_attempt\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_queue\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_team\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_status_due\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_customer\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_updated\"");
    await queryRunner.query("DROP INDEX \"idx_follow_up_created\"");
    await queryRunner.query("DROP INDEX \"uq_follow_up_trigger_key\"");
    await queryRunner.query("DROP TABLE \"follow_up\"");
  }
}
